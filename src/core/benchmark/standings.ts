// The peer units of a run in ranking order, with their results: what every unit table lists.
import type { AggregateResult, UnitYearResult } from "../pipeline";
import type { BenchmarkRun } from "./benchmark-workbook";

/** A unit's result in a year; undefined when it has no row (or the year is null). */
export type ResultLookup = (unitCode: string, year: number | null) => UnitYearResult | undefined;

export function resultLookup(results: readonly UnitYearResult[]): ResultLookup {
  const byKey = new Map(
    results.map((result) => [`${result.unitCode}\u0000${result.year}`, result])
  );
  return (unitCode, year) => (year === null ? undefined : byKey.get(`${unitCode}\u0000${year}`));
}

export interface UnitStanding {
  readonly unitCode: string;
  readonly unitName: string;
  readonly peerGroup: string | null;
  readonly index: AggregateResult | undefined;
  readonly result: UnitYearResult | undefined;
}

/** The peer units in ranking order: by rank, units without a score last in register order. */
export function standings(run: BenchmarkRun, lookup: ResultLookup): UnitStanding[] {
  const rows = run.units.map((unit) => {
    const result = lookup(unit.code, run.year);
    return {
      unitCode: unit.code,
      unitName: unit.name,
      peerGroup: unit.peerGroup ?? null,
      index: result?.aggregates[run.index.id],
      result,
    };
  });
  const rankOf = (row: UnitStanding) => row.index?.rank ?? Number.POSITIVE_INFINITY;
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rankOf(a.row) - rankOf(b.row) || a.order - b.order)
    .map(({ row }) => row);
}
