// Tapio's eight degrees and their boundaries, each row worked by hand from e = (ΔP/P₀)/(ΔD/D₀): the
// driver grows 10 % (100 -> 110) in the first block and shrinks 10 % (100 -> 90) in the second. One
// table for core, the custom function (source and built bundle) and the Analyse sheet.

export interface DecouplingTableRow {
  readonly pressure: readonly [number, number];
  readonly driver: readonly [number, number];
  readonly elasticity: number;
  readonly code: string;
  readonly english: string;
}

const row = (
  pressure: readonly [number, number],
  driver: readonly [number, number],
  elasticity: number,
  code: string
): DecouplingTableRow => ({
  pressure,
  driver,
  elasticity,
  code,
  english: code.replace(/_/g, " "),
});

export const decouplingTable: readonly DecouplingTableRow[] = [
  row([100, 95], [100, 110], -0.5, "strong_decoupling"),
  row([100, 100], [100, 110], 0, "strong_decoupling"),
  row([1000, 1001], [100, 110], 0.01, "weak_decoupling"),
  row([100, 104], [100, 110], 0.4, "weak_decoupling"),
  row([1000, 1079], [100, 110], 0.79, "weak_decoupling"),
  row([100, 108], [100, 110], 0.8, "expansive_coupling"),
  row([100, 110], [100, 110], 1, "expansive_coupling"),
  row([100, 112], [100, 110], 1.2, "expansive_coupling"),
  row([1000, 1121], [100, 110], 1.21, "expansive_negative_decoupling"),
  row([100, 130], [100, 110], 3, "expansive_negative_decoupling"),
  row([100, 105], [100, 90], -0.5, "strong_negative_decoupling"),
  row([100, 100], [100, 90], 0, "strong_negative_decoupling"),
  row([100, 96], [100, 90], 0.4, "weak_negative_decoupling"),
  row([1000, 921], [100, 90], 0.79, "weak_negative_decoupling"),
  row([100, 92], [100, 90], 0.8, "recessive_coupling"),
  row([100, 88], [100, 90], 1.2, "recessive_coupling"),
  row([1000, 879], [100, 90], 1.21, "recessive_decoupling"),
  row([100, 85], [100, 90], 1.5, "recessive_decoupling"),
];
