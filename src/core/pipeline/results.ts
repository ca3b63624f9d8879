import type { Dataset } from "../model/dataset";
import { missingReasons, type MissingReason, type PipelineResult } from "../model/pipeline-result";

/** One aggregate's outcome for one unit and year. `score` and ranks are null when missing, with the reason. */
export interface AggregateResult {
  readonly score: number | null;
  /** Share (0..1) of the children present; always given, also beside a score. */
  readonly coverage: number;
  readonly rank: number | null;
  readonly rankInPeerGroup: number | null;
  readonly missing: MissingReason | null;
}

/** Everything the faces show for one unit and year; no NaN or Infinity anywhere. */
export interface UnitYearResult {
  readonly unitCode: string;
  readonly unitName: string;
  readonly peerGroup: string | null;
  /** null for a single cross-section without a year. */
  readonly year: number | null;
  /** Values as loaded (the start stage), per indicator id. */
  readonly raw: Readonly<Record<string, number | null>>;
  readonly normalised: Readonly<Record<string, number | null>>;
  readonly aggregates: Readonly<Record<string, AggregateResult>>;
}

const publicNumber = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

/** Each row by unit and year (the last row, should a unit-year repeat). */
function rowsByUnitAndYear(dataset: Dataset): (unit: number, year: number) => number | undefined {
  const byUnit = new Map<number, Map<number, number>>();
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const unit = dataset.rowUnit[row] as number;
    let byYear = byUnit.get(unit);
    if (byYear === undefined) byUnit.set(unit, (byYear = new Map()));
    byYear.set(dataset.rowYear[row] as number, row);
  }
  return (unit, year) => byUnit.get(unit)?.get(year);
}

/** The columns of `ids` in a dataset (the last, should an id repeat), resolved once for every row. */
function columnsOf(dataset: Dataset, ids: readonly string[]): (Float64Array | undefined)[] {
  const columns = new Map(dataset.columnIds.map((id, index) => [id, dataset.columns[index]]));
  return ids.map((id) => columns.get(id));
}

/** The public values of `columns` in a row, by id; null for every id without the row. */
function valuesInRow(
  ids: readonly string[],
  columns: readonly (Float64Array | undefined)[],
  row: number | undefined
): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (let position = 0; position < ids.length; position++)
    values[ids[position] as string] =
      row === undefined ? null : publicNumber(columns[position]?.[row]);
  return values;
}

/**
 * The public reading of a run: one entry per unit and year of the aggregated stage (screened-out units are
 * absent), with raw values, normalised scores, and each aggregate's score, coverage, ranks and missing reason.
 */
export function resultsOf(result: PipelineResult): UnitYearResult[] {
  const final = result.stages.aggregated;
  if (final === undefined) return [];
  const start = Object.values(result.stages)[0] ?? final;
  const normalised = result.stages.normalised ?? final;
  const startRowOf = rowsByUnitAndYear(start);
  const normalisedRowOf = rowsByUnitAndYear(normalised);
  const aggregateIds = Object.keys(result.aggregation.coverage);
  const indicatorIds = result.framework.indicators.map((indicator) => indicator.id);
  const normalisedColumns = new Set(normalised.columnIds);
  const scoredIndicatorIds = indicatorIds.filter((id) => normalisedColumns.has(id));
  const rawColumns = columnsOf(start, indicatorIds);
  const scoreColumns = columnsOf(normalised, scoredIndicatorIds);
  const finalColumns = columnsOf(final, aggregateIds);
  const aggregateColumns = aggregateIds.map((id, position) => ({
    id,
    scores: finalColumns[position],
    coverage: result.aggregation.coverage[id],
    missingReason: result.aggregation.missingReason[id],
    rank: result.ranks.overall[id],
    rankInPeerGroup: result.ranks.withinPeerGroup[id],
  }));

  const results: UnitYearResult[] = [];
  for (let row = 0; row < final.rowUnit.length; row++) {
    const unitIndex = final.rowUnit[row] as number;
    const year = final.rowYear[row] as number;
    const unit = final.units[unitIndex];
    const aggregates: Record<string, AggregateResult> = {};
    for (const column of aggregateColumns) {
      const reason = missingReasons[column.missingReason?.[row] ?? 0] ?? "present";
      aggregates[column.id] = {
        score: publicNumber(column.scores?.[row]),
        coverage: publicNumber(column.coverage?.[row]) ?? 0,
        rank: publicNumber(column.rank?.[row]),
        rankInPeerGroup: publicNumber(column.rankInPeerGroup?.[row]),
        missing: reason === "present" ? null : reason,
      };
    }
    results.push({
      unitCode: unit?.code ?? "",
      unitName: unit?.name ?? "",
      peerGroup: unit?.peerGroup ?? null,
      year: final.hasTime ? year : null,
      raw: valuesInRow(indicatorIds, rawColumns, startRowOf(unitIndex, year)),
      normalised: valuesInRow(scoredIndicatorIds, scoreColumns, normalisedRowOf(unitIndex, year)),
      aggregates,
    });
  }
  return results;
}
