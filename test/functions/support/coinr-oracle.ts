// COINr 1.1.14's reference results (test/fixtures/coinr/) as checks any implementation of the VEIKART
// functions can be put through: the TypeScript functions, the built bundle, or HyperFormula formulas.
import { readCoinrFixture, relativeDifference, type CsvRecord } from "../../support/coinr-csv";

/** A custom function as Excel calls it. */
export type CellFunction = (...argumentsGiven: unknown[]) => unknown;

export interface VeikartFunctions {
  readonly SCORE: CellFunction;
  readonly NORMALISE: CellFunction;
  readonly COMPOSITE: CellFunction;
  readonly RANK: CellFunction;
}

export interface OracleCheck {
  readonly name: string;
  /** Cells where COINr has a number and so did the function. */
  readonly compared: number;
  /** Cells where COINr's result is missing and the function gave no number. */
  readonly missingAgreed: number;
  readonly mismatches: readonly string[];
}

const tolerance = 1e-9;

interface Meta {
  readonly id: string;
  readonly direction: number;
  readonly weight: number;
  readonly parent: string;
  readonly type: string;
}

const meta: readonly Meta[] = readCoinrFixture("ASEM_iMeta.csv")
  .filter((row) => row.Type === "Indicator" || row.Type === "Aggregate")
  .map((row) => ({
    id: row.iCode ?? "",
    direction: Number(row.Direction),
    weight: Number(row.Weight),
    parent: row.Parent ?? "",
    type: row.Type ?? "",
  }));
export const asemIndicators = meta.filter((entry) => entry.type === "Indicator");
export const asemAggregates = meta.filter((entry) => entry.type === "Aggregate");
const childrenOf = (id: string) => meta.filter((entry) => entry.parent === id);

const cellOf = (text: string | undefined): unknown =>
  text === undefined || text === "" ? "" : Number(text);
const columnOf = (rows: readonly CsvRecord[], id: string): unknown[][] =>
  rows.map((row) => [cellOf(row[id])]);

function isErrorValue(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    String((value as { code: unknown }).code).startsWith("#")
  );
}

/** Compares a spilled column of results with COINr's column, unit by unit (same row order). */
function compareColumn(
  name: string,
  actual: unknown,
  expectedRows: readonly CsvRecord[],
  id: string,
  scale = 1
): OracleCheck {
  const mismatches: string[] = [];
  let compared = 0;
  let missingAgreed = 0;
  const results = Array.isArray(actual) ? (actual as unknown[][]) : [];
  if (results.length !== expectedRows.length)
    mismatches.push(`${name}: ${results.length} rows, expected ${expectedRows.length}`);
  expectedRows.forEach((row, index) => {
    const expected = row[id] ?? "";
    const result = results[index]?.[0];
    if (expected === "") {
      if (typeof result === "number")
        mismatches.push(`${name} ${row.uCode}: ${result}, expected missing`);
      else missingAgreed++;
      return;
    }
    if (typeof result !== "number" || isErrorValue(result)) {
      mismatches.push(`${name} ${row.uCode}: ${JSON.stringify(result)}, expected ${expected}`);
      return;
    }
    if (relativeDifference(result / scale, Number(expected)) > tolerance)
      mismatches.push(`${name} ${row.uCode}: ${result / scale}, expected ${expected}`);
    compared++;
  });
  return { name, compared, missingAgreed, mismatches };
}

/** COINr's input rows joined to its output rows on uCode (COINr sorts its outputs by uCode). */
function inOrderOf(rows: readonly CsvRecord[], order: readonly CsvRecord[]): CsvRecord[] {
  const byCode = new Map(rows.map((row) => [row.uCode, row]));
  return order.map((row) => byCode.get(row.uCode) ?? {});
}

const normalised = readCoinrFixture("S1_minimal_Normalised.csv");
const raw = inOrderOf(readCoinrFixture("ASEM_iData.csv"), normalised);
const treated = readCoinrFixture("S2_example_Treated.csv");

/** S1: SCORE of each raw column among itself with its direction equals COINr's min-max 0..100. */
export function scoreChecks(functions: VeikartFunctions): OracleCheck[] {
  return asemIndicators.map(({ id, direction }) => {
    const column = columnOf(raw, id);
    return compareColumn(
      `SCORE S1 ${id}`,
      functions.SCORE(column, column, direction),
      normalised,
      id
    );
  });
}

interface NormaliseVariant {
  readonly file: string;
  readonly method: string;
  readonly parameters: readonly number[];
  /** COINr's scale relative to ours (percentile ranks: ours in percent). */
  readonly scale: number;
}

const normaliseVariants: readonly NormaliseVariant[] = [
  { file: "S3_zscore_amean_Aggregated.csv", method: "zscore", parameters: [10, 2], scale: 1 },
  { file: "S3_minmax_gmean_Aggregated.csv", method: "minmax", parameters: [1, 100], scale: 1 },
  { file: "S3_rank_amean_Aggregated.csv", method: "rank", parameters: [], scale: 1 },
  { file: "S3_prank_amean_Aggregated.csv", method: "prank", parameters: [], scale: 100 },
];

/** S3: NORMALISE of each treated column (S2) with COINr's method and parameters. */
export function normaliseChecks(functions: VeikartFunctions): OracleCheck[] {
  return normaliseVariants.flatMap((variant) => {
    const expected = readCoinrFixture(variant.file);
    const input = inOrderOf(treated, expected);
    return asemIndicators.map(({ id, direction }) =>
      compareColumn(
        `NORMALISE ${variant.method} ${id}`,
        functions.NORMALISE(columnOf(input, id), variant.method, direction, ...variant.parameters),
        expected,
        id,
        variant.scale
      )
    );
  });
}

interface CompositeVariant {
  readonly file: string;
  readonly method: string;
  readonly minimumCoverage?: number;
}

const compositeVariants: readonly CompositeVariant[] = [
  { file: "S1_minimal_Aggregated.csv", method: "arithmetic" },
  { file: "S3_minimal_datthresh066_Aggregated.csv", method: "arithmetic", minimumCoverage: 0.66 },
  { file: "S3_minmax_gmean_Aggregated.csv", method: "geometric" },
  { file: "S3_zscore_amean_Aggregated.csv", method: "arithmetic" },
  { file: "S3_rank_amean_Aggregated.csv", method: "arithmetic" },
  { file: "S3_prank_amean_Aggregated.csv", method: "arithmetic" },
];

/** Every aggregate: COMPOSITE of the units' block of children with the iMeta weights. */
export function compositeChecks(functions: VeikartFunctions): OracleCheck[] {
  return compositeVariants.flatMap((variant) => {
    const rows = readCoinrFixture(variant.file);
    return asemAggregates.map(({ id }) => {
      const children = childrenOf(id);
      const block = rows.map((row) => children.map((child) => cellOf(row[child.id])));
      const weights = [children.map((child) => child.weight)];
      return compareColumn(
        `COMPOSITE ${variant.file} ${id}`,
        functions.COMPOSITE(block, weights, variant.method, variant.minimumCoverage ?? null),
        rows,
        id
      );
    });
  });
}

/** S1: RANK of each aggregate's scores among themselves equals COINr's ranks. */
export function rankChecks(functions: VeikartFunctions): OracleCheck[] {
  const scores = readCoinrFixture("S1_minimal_Aggregated.csv");
  const ranks = inOrderOf(readCoinrFixture("S1_minimal_ranks_Aggs.csv"), scores);
  return asemAggregates.map(({ id }) => {
    const column = columnOf(scores, id);
    return compareColumn(`RANK S1 ${id}`, functions.RANK(column, column), ranks, id);
  });
}

export function allOracleChecks(functions: VeikartFunctions): OracleCheck[] {
  return [
    ...scoreChecks(functions),
    ...normaliseChecks(functions),
    ...compositeChecks(functions),
    ...rankChecks(functions),
  ];
}

/**
 * Every aggregate of each variant whose mean has a decomposition (arithmetic, geometric): the points
 * CONTRIBUTION spills for a unit's children sum to COINr's aggregate score, and a unit COINr leaves
 * without a score gets no points.
 */
export function contributionChecks(contribution: CellFunction): OracleCheck[] {
  return compositeVariants.flatMap((variant) => {
    const rows = readCoinrFixture(variant.file);
    return asemAggregates.map(({ id }) => {
      const children = childrenOf(id);
      const block = rows.map((row) => children.map((child) => cellOf(row[child.id])));
      const weights = [children.map((child) => child.weight)];
      const spilled = contribution(block, weights, variant.method, variant.minimumCoverage ?? null);
      const sums = (Array.isArray(spilled) ? (spilled as unknown[][]) : []).map((points) =>
        points.some((cell) => typeof cell === "number")
          ? [points.reduce<number>((sum, cell) => sum + (typeof cell === "number" ? cell : 0), 0)]
          : [points[0]]
      );
      return compareColumn(`CONTRIBUTION ${variant.file} ${id}`, sums, rows, id);
    });
  });
}
