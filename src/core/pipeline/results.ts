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

function rowKeys(dataset: Dataset): Map<string, number> {
  const keys = new Map<string, number>();
  for (let row = 0; row < dataset.rowUnit.length; row++)
    keys.set(`${dataset.rowUnit[row]}\u0000${dataset.rowYear[row]}`, row);
  return keys;
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
  const startRows = rowKeys(start);
  const normalisedRows = rowKeys(normalised);
  const aggregateIds = Object.keys(result.aggregation.coverage);
  const indicatorIds = result.framework.indicators.map((indicator) => indicator.id);
  const normalisedColumns = new Set(normalised.columnIds);
  const scoredIndicatorIds = indicatorIds.filter((id) => normalisedColumns.has(id));
  const columnReader = (dataset: Dataset) => {
    const columns = new Map(dataset.columnIds.map((id, index) => [id, dataset.columns[index]]));
    return (id: string, row: number | undefined) =>
      row === undefined ? null : publicNumber(columns.get(id)?.[row]);
  };
  const rawValue = columnReader(start);
  const normalisedValue = columnReader(normalised);
  const finalValue = columnReader(final);

  const results: UnitYearResult[] = [];
  for (let row = 0; row < final.rowUnit.length; row++) {
    const unit = final.units[final.rowUnit[row] as number];
    const key = `${final.rowUnit[row]}\u0000${final.rowYear[row]}`;
    const raw: Record<string, number | null> = {};
    const scores: Record<string, number | null> = {};
    const startRow = startRows.get(key);
    const normalisedRow = normalisedRows.get(key);
    for (const id of indicatorIds) raw[id] = rawValue(id, startRow);
    for (const id of scoredIndicatorIds) scores[id] = normalisedValue(id, normalisedRow);
    const aggregates: Record<string, AggregateResult> = {};
    for (const id of aggregateIds) {
      const reason = missingReasons[result.aggregation.missingReason[id]?.[row] ?? 0] ?? "present";
      aggregates[id] = {
        score: finalValue(id, row),
        coverage: publicNumber(result.aggregation.coverage[id]?.[row]) ?? 0,
        rank: publicNumber(result.ranks.overall[id]?.[row]),
        rankInPeerGroup: publicNumber(result.ranks.withinPeerGroup[id]?.[row]),
        missing: reason === "present" ? null : reason,
      };
    }
    results.push({
      unitCode: unit?.code ?? "",
      unitName: unit?.name ?? "",
      peerGroup: unit?.peerGroup ?? null,
      year: final.hasTime ? (final.rowYear[row] as number) : null,
      raw,
      normalised: scores,
      aggregates,
    });
  }
  return results;
}
