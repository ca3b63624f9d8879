import type { Dataset } from "../model/dataset";
import type { PipelineResult } from "../model/pipeline-result";
import { aggregate } from "../steps/aggregate/aggregate";
import { aggregationTree } from "../steps/aggregate/tree";
import {
  boundsOf,
  minMaxScore,
  scoreRangeOf,
  type Bounds,
  type ScoreRange,
} from "../steps/normalise/min-max";
import { defaultNormalisation } from "../steps/normalise/normalise";
import { gather, scopesOf } from "../steps/scopes";
import { indicatorsById } from "../steps/scored-indicators";
import { rankChange } from "./rank-change";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import type { TimeResult } from "./time-result";

/**
 * A change in score between two years split in two: `total = ownChange + boundsMoved`, where
 * `ownChange = score(x1; bounds0) - score(x0; bounds0)` (the unit's own values, the peers held at the first
 * year) and `boundsMoved = score(x1; bounds1) - score(x1; bounds0)` (the peers moving the bounds).
 */
export interface ScoreChangeParts {
  readonly total: number;
  readonly ownChange: number;
  readonly boundsMoved: number;
}

export interface IndicatorScoreChange {
  readonly indicatorId: string;
  readonly fromScore: number | null;
  readonly toScore: number | null;
  readonly parts: TimeResult<ScoreChangeParts>;
}

export interface AggregateScoreChange {
  readonly aggregateId: string;
  readonly fromScore: number | null;
  readonly toScore: number | null;
  readonly parts: TimeResult<ScoreChangeParts>;
  readonly fromRank: number | null;
  readonly toRank: number | null;
  /** Places gained, `rank_from - rank_to`. */
  readonly rankChange: TimeResult<number>;
}

export interface ScoreChangeDecomposition {
  readonly unitCode: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly indicators: readonly IndicatorScoreChange[];
  readonly aggregates: readonly AggregateScoreChange[];
}

const present = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

/** Each unit's (first) row in a year, by unit index: one pass, so that every unit's lookup is O(1). */
function rowsInYear(dataset: Dataset, year: number): Map<number, number> {
  const rows = new Map<number, number>();
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const unitIndex = dataset.rowUnit[row] as number;
    if (dataset.rowYear[row] === year && !rows.has(unitIndex)) rows.set(unitIndex, row);
  }
  return rows;
}

/** A dataset's columns by id (the first, should an id repeat, as indexOf would find). */
function columnsById(dataset: Dataset): Map<string, Float64Array> {
  const columns = new Map<string, Float64Array>();
  dataset.columnIds.forEach((id, index) => {
    const column = dataset.columns[index];
    if (column !== undefined && !columns.has(id)) columns.set(id, column);
  });
  return columns;
}

/** The value of a column in a row; NaN when the column or the value is missing. */
const scoreIn = (columns: Map<string, Float64Array>, id: string, row: number): number =>
  columns.get(id)?.[row] ?? Number.NaN;

function partsOf(
  id: string,
  years: { from: number; to: number },
  scores: { from: number; atFirstBounds: number; to: number }
): TimeResult<ScoreChangeParts> {
  if (Number.isNaN(scores.from))
    return failure(
      reportTimeIssue("score_missing", { id, year: years.from }, { year: years.from })
    );
  if (Number.isNaN(scores.to))
    return failure(reportTimeIssue("score_missing", { id, year: years.to }, { year: years.to }));
  if (Number.isNaN(scores.atFirstBounds))
    return failure(
      reportTimeIssue("own_change_undefined", { id, year: years.from }, { year: years.from })
    );
  return ok({
    total: scores.to - scores.from,
    ownChange: scores.atFirstBounds - scores.from,
    boundsMoved: scores.to - scores.atFirstBounds,
  });
}

/**
 * Prepares the decomposition of every unit's change in score from `fromYear` to `toYear` in a run, and
 * returns it per unit code. Per indicator, with min-max normalisation: `score(x1; bounds0)` is the engine's
 * own min-max kernel on the unit's directed value of `toYear` within the peers (scope) of `fromYear`. When
 * normalising pooled, the bounds do not move: all change is own change. The aggregates' parts come from the
 * engine's own aggregation of three sets of indicator scores (`fromYear`, `toYear` values at `fromYear`
 * bounds, `toYear`), so they carry the run's weights, means and coverage rules and sum to the total change.
 */
export function scoreChangeDecomposer(
  result: PipelineResult,
  fromYear: number,
  toYear: number
): (unitCode: string) => TimeResult<ScoreChangeDecomposition> {
  const input = result.stages.treated;
  const normalised = result.stages.normalised;
  const aggregated = result.stages.aggregated;
  if (input === undefined || normalised === undefined || aggregated === undefined)
    return () => failure(reportTimeIssue("decomposition_needs_values", {}));
  const settings = result.settings.normalise ?? defaultNormalisation;
  const pooled = settings.scope?.pooled === true || !input.hasTime;
  const indicators = indicatorsById(result.framework);
  const scoredIds = normalised.columnIds;
  /** Each indicator's min-max as the run applied it, resolved once for every unit; none when pooled. */
  const minMaxOf = new Map<string, { direction: 1 | -1; range: ScoreRange }>();
  for (const id of pooled ? [] : scoredIds) {
    const method = settings.byIndicator?.[id] ?? settings.method;
    if (method.method !== "minmax")
      return () =>
        failure(
          reportTimeIssue(
            "decomposition_needs_min_max",
            { indicatorId: id, method: method.method },
            { indicator: id }
          )
        );
    minMaxOf.set(id, {
      direction: indicators.get(id)?.direction === -1 ? -1 : 1,
      range: scoreRangeOf(method),
    });
  }
  const scopes = scopesOf(input, settings.scope);
  const inputColumns = columnsById(input);
  const scopeOfRow = new Int32Array(input.rowUnit.length);
  scopes.forEach((scope, index) => scope.rows.forEach((row) => (scopeOfRow[row] = index)));
  const boundsCache = new Map<string, Bounds>();
  const directedBounds = (id: string, direction: number, scopeIndex: number): Bounds => {
    const key = `${id}\u0000${scopeIndex}`;
    let bounds = boundsCache.get(key);
    if (bounds === undefined) {
      const values = gather(
        inputColumns.get(id) ?? new Float64Array(input.rowUnit.length),
        (scopes[scopeIndex] as (typeof scopes)[number]).rows
      );
      if (direction === -1)
        for (let index = 0; index < values.length; index++)
          values[index] = -(values[index] as number);
      bounds = boundsOf(values);
      boundsCache.set(key, bounds);
    }
    return bounds;
  };
  const tree = aggregationTree(result.framework).tree;
  const years = { from: fromYear, to: toYear };
  const unitIndexOf = new Map<string, number>();
  aggregated.units.forEach((unit, index) => {
    if (!unitIndexOf.has(unit.code)) unitIndexOf.set(unit.code, index);
  });
  const fromRows = rowsInYear(aggregated, fromYear);
  const toRows = rowsInYear(aggregated, toYear);
  const normalisedColumns = columnsById(normalised);
  const aggregatedColumns = columnsById(aggregated);

  return (unitCode) => {
    const unitIndex = unitIndexOf.get(unitCode) ?? -1;
    const fromRow = fromRows.get(unitIndex);
    const toRow = toRows.get(unitIndex);
    if (fromRow === undefined || toRow === undefined) {
      const year = fromRow === undefined ? fromYear : toYear;
      return failure(
        reportTimeIssue("unit_year_not_in_results", { unitCode, year }, { unit: unitCode, year })
      );
    }

    const threeRows = scoredIds.map(() => new Float64Array(3));
    const indicatorChanges = scoredIds.map((id, column): IndicatorScoreChange => {
      const from = scoreIn(normalisedColumns, id, fromRow);
      const to = scoreIn(normalisedColumns, id, toRow);
      const minMax = minMaxOf.get(id);
      const atFirstBounds =
        minMax === undefined
          ? to
          : minMaxScore(
              minMax.direction * scoreIn(inputColumns, id, toRow),
              directedBounds(id, minMax.direction, scopeOfRow[fromRow] as number),
              minMax.range
            );
      (threeRows[column] as Float64Array).set([from, atFirstBounds, to]);
      return {
        indicatorId: id,
        fromScore: present(from),
        toScore: present(to),
        parts: partsOf(id, years, { from, atFirstBounds, to }),
      };
    });

    const reaggregated = columnsById(
      aggregate(
        {
          units: [aggregated.units[unitIndex] ?? { code: unitCode, name: unitCode }],
          rowUnit: new Int32Array(3),
          rowYear: Int32Array.from([fromYear, fromYear, toYear]),
          hasTime: true,
          columnIds: scoredIds,
          columns: threeRows,
          denominators: {},
        },
        tree,
        result.settings.aggregate
      ).dataset
    );
    const aggregateChanges = tree.aggregates.map((node): AggregateScoreChange => {
      const from = scoreIn(aggregatedColumns, node.id, fromRow);
      const to = scoreIn(aggregatedColumns, node.id, toRow);
      const fromRank = present(result.ranks.overall[node.id]?.[fromRow]);
      const toRank = present(result.ranks.overall[node.id]?.[toRow]);
      return {
        aggregateId: node.id,
        fromScore: present(from),
        toScore: present(to),
        parts: partsOf(node.id, years, {
          from,
          atFirstBounds: scoreIn(reaggregated, node.id, 1),
          to,
        }),
        fromRank,
        toRank,
        rankChange: rankChange(fromRank, toRank),
      };
    });
    return ok({
      unitCode,
      fromYear,
      toYear,
      indicators: indicatorChanges,
      aggregates: aggregateChanges,
    });
  };
}

/** The decomposition of one unit's change in score between two years (see scoreChangeDecomposer). */
export function decomposeScoreChange(
  result: PipelineResult,
  unitCode: string,
  fromYear: number,
  toYear: number
): TimeResult<ScoreChangeDecomposition> {
  return scoreChangeDecomposer(result, fromYear, toYear)(unitCode);
}
