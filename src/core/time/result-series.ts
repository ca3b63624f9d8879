import type { UnitYearResult } from "../pipeline/results";
import type { TimeSeries } from "./series";

/** Which number of a unit's results to follow over the years. */
export type ResultMeasure =
  | { readonly kind: "raw"; readonly indicatorId: string }
  | { readonly kind: "normalised"; readonly indicatorId: string }
  | { readonly kind: "aggregate"; readonly aggregateId: string };

/** The value of one measure in one unit-year result; null when missing. */
function measureIn(result: UnitYearResult, measure: ResultMeasure): number | null {
  switch (measure.kind) {
    case "raw":
      return result.raw[measure.indicatorId] ?? null;
    case "normalised":
      return result.normalised[measure.indicatorId] ?? null;
    case "aggregate":
      return result.aggregates[measure.aggregateId]?.score ?? null;
  }
}

/** The results grouped by unit code, each unit's rows in year order (rows without a year are left out). */
export function resultsByUnit(results: readonly UnitYearResult[]): Map<string, UnitYearResult[]> {
  const byUnit = new Map<string, UnitYearResult[]>();
  for (const result of results) {
    if (result.year === null) continue;
    const rows = byUnit.get(result.unitCode);
    if (rows === undefined) byUnit.set(result.unitCode, [result]);
    else rows.push(result);
  }
  for (const rows of byUnit.values()) rows.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return byUnit;
}

/** One unit's series of a measure from its results (rows of one unit, any order). */
export function seriesOfMeasure(
  unitResults: readonly UnitYearResult[],
  measure: ResultMeasure
): TimeSeries {
  const rows = unitResults.filter((result) => result.year !== null);
  return {
    years: rows.map((result) => result.year as number),
    values: rows.map((result) => measureIn(result, measure)),
  };
}
