// The gap to a higher rank: the smallest change in one raw value that lifts a unit's index past a target.
import type { Dataset } from "../model/dataset";
import type { Indicator } from "../model/framework";
import type { Issue } from "../model/issue";
import type { PipelineResult } from "../model/pipeline-result";
import type { AggregationTree } from "../steps/aggregate/tree";
import { scoredIndicators } from "../steps/scored-indicators";
import { plausibleRangeOf, valueKindOfMeasure } from "../template/value-kinds";
import { reportAnalysisIssue as report } from "./analysis-issues";
import { columnRescorer } from "./column-rescoring";
import { ancestorChainOf, rootScoreWith } from "./row-aggregation";
import {
  analysedYear,
  columnById,
  rowOfUnit,
  rowsOfYear,
  startStageOf,
  treeOf,
  unitCodeOfRow,
} from "./run-rows";

/** What the unit is to pass: the unit(s) ranked just above it, its peers' median index, or a rank. */
export type GapTarget =
  | { readonly kind: "next-rank" }
  /** The median index of these units (the unit itself left out). */
  | { readonly kind: "peer-median"; readonly peers: readonly string[] }
  | { readonly kind: "rank"; readonly rank: number };

export interface GapOptions {
  /** Default the run's latest year. */
  readonly year?: number;
}

/** Where a gap was searched for, in the indicator's raw values. */
export interface SearchedRange {
  readonly lower: number;
  readonly upper: number;
}

export interface Gap {
  readonly indicatorId: string;
  /** True when some value in the searched range lifts the unit past the target (or it is already past). */
  readonly reachable: boolean;
  /** Why there is no gap to report, or that the target is already reached. */
  readonly reason?: Issue;
  readonly currentValue: number | null;
  /** The raw value needed (all else unchanged). */
  readonly newValue: number | null;
  /** newValue − currentValue, in the indicator's unit. */
  readonly rawChange: number | null;
  /** The change in per cent of the current value; null when that is 0. */
  readonly percentChange: number | null;
  /** The unit's index and overall rank with the new value. */
  readonly newIndex: number | null;
  readonly newRank: number | null;
  readonly searched: SearchedRange | null;
}

/** Everything a unit's gaps share, whatever the indicator: its year's rows, index and target. */
interface GapSetting {
  readonly result: PipelineResult;
  readonly tree: AggregationTree;
  readonly indexId: string;
  readonly unitCode: string;
  readonly year: number;
  /** The year's rows of the aggregated stage with an index, and the unit's row among them. */
  readonly yearRows: Int32Array;
  readonly unitRow: number;
  readonly baseIndex: Float64Array;
  /** Rows whose index the condition reads (the unit's own row included). */
  readonly watchedRows: Int32Array;
  /** Given the watched rows' indices (in watchedRows' order), whether the unit is past the target. */
  readonly passes: (indices: Float64Array) => boolean;
  /** How far past the target it is (negative: short of it): only a guide for the search's steps. */
  readonly margin: (indices: Float64Array) => number;
}

const noGap = (indicatorId: string, reason: Issue, currentValue: number | null = null): Gap => ({
  indicatorId,
  reachable: false,
  reason,
  currentValue,
  newValue: null,
  rawChange: null,
  percentChange: null,
  newIndex: null,
  newRank: null,
  searched: null,
});

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The setting of a unit's gaps, or the reason there are none (no row, no index, nothing to pass). */
function gapSetting(
  result: PipelineResult,
  unitCode: string,
  target: GapTarget,
  year: number
): GapSetting | Issue {
  const final = result.stages.aggregated;
  const tree = treeOf(result.framework);
  const indexId = tree.roots[0] ?? "";
  const indexColumn = final === undefined ? undefined : columnById(final, indexId);
  const unitRow = final === undefined ? undefined : rowOfUnit(final, unitCode, year);
  if (final === undefined || indexColumn === undefined || unitRow === undefined)
    return report("unit_not_in_run", { unitCode, year }, { unit: unitCode });
  const ownIndex = indexColumn[unitRow] as number;
  if (Number.isNaN(ownIndex))
    return report("index_missing", { unitCode, indexId }, { unit: unitCode });
  const yearRows = rowsOfYear(final, year).filter(
    (row) => !Number.isNaN(indexColumn[row] as number)
  );
  const others = [...yearRows].filter((row) => row !== unitRow);
  const base = { result, tree, indexId, unitCode, year, yearRows, unitRow, baseIndex: indexColumn };
  const rankOf = (indices: Float64Array, own: number) =>
    1 +
    indices.reduce((count, value, position) => count + (position > 0 && value > own ? 1 : 0), 0);
  switch (target.kind) {
    case "next-rank": {
      let next = Number.POSITIVE_INFINITY;
      for (const row of others) {
        const value = indexColumn[row] as number;
        if (value > ownIndex && value < next) next = value;
      }
      if (next === Number.POSITIVE_INFINITY) return report("no_target_unit", { unitCode });
      const targets = others.filter((row) => indexColumn[row] === next);
      return {
        ...base,
        watchedRows: Int32Array.from([unitRow, ...targets]),
        passes: (indices) => {
          const own = indices[0] as number;
          for (let position = 1; position < indices.length; position++)
            if (!(own > (indices[position] as number))) return false;
          return !Number.isNaN(own);
        },
        margin: (indices) => (indices[0] as number) - Math.max(...indices.subarray(1)),
      };
    }
    case "rank": {
      if (!Number.isInteger(target.rank) || target.rank < 1 || target.rank > yearRows.length)
        return report("target_rank_invalid", { rank: target.rank, count: yearRows.length });
      return {
        ...base,
        watchedRows: Int32Array.from([unitRow, ...others]),
        passes: (indices) =>
          !Number.isNaN(indices[0] as number) &&
          rankOf(indices, indices[0] as number) <= target.rank,
        // The unit's index against the k-th highest of the others.
        margin: (indices) =>
          (indices[0] as number) -
          ([...indices.subarray(1)].sort((a, b) => b - a)[target.rank - 1] ??
            Number.NEGATIVE_INFINITY),
      };
    }
    case "peer-median": {
      const peers = new Set(target.peers);
      const peerRows = others.filter((row) => peers.has(unitCodeOfRow(final, row)));
      if (peerRows.length === 0) return report("no_target_unit", { unitCode });
      return {
        ...base,
        watchedRows: Int32Array.from([unitRow, ...peerRows]),
        passes: (indices) => {
          const own = indices[0] as number;
          const peerIndices = [...indices.subarray(1)].filter((value) => !Number.isNaN(value));
          return !Number.isNaN(own) && (peerIndices.length === 0 || own > medianOf(peerIndices));
        },
        margin: (indices) =>
          (indices[0] as number) -
          medianOf([...indices.subarray(1)].filter((value) => !Number.isNaN(value))),
      };
    }
  }
}

/** Multiples of the year's spread searched beyond its lowest and highest value. */
const searchSpreads = 10;
/** Probes from the current value towards the end of the range: at 2^-10, 2^-9, ..., 1 of the way. */
const probeSteps = 10;
/** The search stops when the bracket is this small a part of the change. */
const relativeTolerance = 1e-9;

/** The raw values searched: the indicator's plausible range, within 10 spreads of the year's values. */
function searchedRange(setting: GapSetting, indicator: Indicator, current: number): SearchedRange {
  const start = startStageOf(setting.result);
  const column = start === undefined ? undefined : columnById(start, indicator.id);
  let lowest = current;
  let highest = current;
  if (start !== undefined && column !== undefined)
    for (const row of rowsOfYear(start, setting.year)) {
      const value = column[row] as number;
      if (value < lowest) lowest = value;
      if (value > highest) highest = value;
    }
  const spread = highest > lowest ? highest - lowest : Math.max(Math.abs(current), 1);
  const plausible = plausibleRangeOf(valueKindOfMeasure(indicator.measure));
  return {
    lower: Math.max(lowest - searchSpreads * spread, plausible.minimum ?? Number.NEGATIVE_INFINITY),
    upper: Math.min(
      highest + searchSpreads * spread,
      plausible.maximum ?? Number.POSITIVE_INFINITY
    ),
  };
}

/** The gap of one indicator in a prepared setting. */
function gapIn(setting: GapSetting, indicatorId: string): Gap {
  const { result, unitCode } = setting;
  const indicator = scoredIndicators(result.framework).find(
    (candidate) => candidate.id === indicatorId
  );
  const chain =
    indicator === undefined
      ? undefined
      : ancestorChainOf(setting.tree, result.settings.aggregate ?? {}, indicatorId, (id) =>
          result.stages.aggregated === undefined
            ? undefined
            : columnById(result.stages.aggregated, id)
        );
  if (indicator === undefined || chain === undefined || chain.rootId !== setting.indexId)
    return noGap(
      indicatorId,
      report("indicator_not_scored", { indicatorId }, { indicator: indicatorId })
    );
  const start = startStageOf(result);
  const startRow = start === undefined ? undefined : rowOfUnit(start, unitCode, setting.year);
  const current =
    start === undefined || startRow === undefined
      ? Number.NaN
      : (columnById(start, indicatorId)?.[startRow] ?? Number.NaN);
  if (Number.isNaN(current))
    return noGap(
      indicatorId,
      report(
        "unit_value_missing",
        { indicatorId, unitCode },
        { unit: unitCode, indicator: indicatorId }
      )
    );
  const rescorer = columnRescorer(result, indicator, unitCode, setting.year);
  if (rescorer === undefined)
    return noGap(
      indicatorId,
      report("indicator_not_scored", { indicatorId }, { indicator: indicatorId }),
      current
    );
  const positionOf = new Map<number, number>();
  rescorer.rows.forEach((row, position) => positionOf.set(row, position));
  const normalised = columnById(result.stages.aggregated as Dataset, indicatorId) as Float64Array;
  const indicesWith = (rawValue: number, rows: Int32Array): Float64Array => {
    const scores = rescorer.scoresWith(rawValue);
    const indices = new Float64Array(rows.length);
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as number;
      const position = positionOf.get(row);
      const score = position === undefined ? Number.NaN : (scores[position] as number);
      indices[index] =
        position === undefined || score === normalised[row]
          ? (setting.baseIndex[row] as number)
          : rootScoreWith(chain, row, score);
    }
    return indices;
  };
  const passesAt = (rawValue: number) => setting.passes(indicesWith(rawValue, setting.watchedRows));
  const range = searchedRange(setting, indicator, current);
  const outcome = (rawValue: number, reason?: Issue): Gap => {
    const indices = indicesWith(rawValue, Int32Array.from([setting.unitRow, ...setting.yearRows]));
    const own = indices[0] as number;
    let rank = 1;
    for (let position = 1; position < indices.length; position++)
      if (setting.yearRows[position - 1] !== setting.unitRow && (indices[position] as number) > own)
        rank++;
    const rawChange = rawValue - current;
    return {
      indicatorId,
      reachable: true,
      ...(reason === undefined ? {} : { reason }),
      currentValue: current,
      newValue: rawValue,
      rawChange,
      percentChange: current === 0 ? null : (100 * rawChange) / Math.abs(current),
      newIndex: Number.isNaN(own) ? null : own,
      newRank: Number.isNaN(own) ? null : rank,
      searched: range,
    };
  };
  if (passesAt(current))
    return outcome(current, report("target_already_reached", { unitCode, rank: rankNow(setting) }));

  // Search along the direction that improves the indicator: z = direction · value rises.
  const direction = indicator.direction === -1 ? -1 : 1;
  const fromDirected = (directed: number) => direction * directed;
  const z0 = direction * current;
  const zEnd = direction === 1 ? range.upper : -range.lower;
  const unreachable = noGap(
    indicatorId,
    report("out_of_reach", { indicatorId, ...range }, { unit: unitCode, indicator: indicatorId }),
    current
  );
  if (!(zEnd > z0)) return { ...unreachable, searched: range };
  const isFlag = valueKindOfMeasure(indicator.measure) === "flag";
  const watched = (directed: number) => indicesWith(fromDirected(directed), setting.watchedRows);
  let low = z0;
  let lowMargin = setting.margin(watched(z0));
  let high = Number.NaN;
  let highMargin = Number.NaN;
  for (let step = isFlag ? probeSteps : 0; step <= probeSteps; step++) {
    const probe = z0 + (zEnd - z0) * Math.pow(2, step - probeSteps);
    const indices = watched(probe);
    if (setting.passes(indices)) {
      high = probe;
      highMargin = setting.margin(indices);
      break;
    }
    low = probe;
    lowMargin = setting.margin(indices);
  }
  if (Number.isNaN(high)) return { ...unreachable, searched: range };
  if (isFlag) return outcome(fromDirected(high));
  // Below this the change is finer than the data can tell apart: a billionth of the searched range.
  const resolution = relativeTolerance * (range.upper - range.lower);
  // Regula falsi on the margin with the Illinois correction, a bisection step whenever the bracket did
  // not halve; the bracket [fails, passes] holds throughout, so it ends at the first passing value.
  let lastSide = 0;
  let bisectNext = false;
  for (;;) {
    const width = high - low;
    const tolerance = Math.max(relativeTolerance * (high - z0), resolution);
    if (width <= tolerance) break;
    let next = bisectNext
      ? low + width / 2
      : high - (highMargin * width) / (highMargin - lowMargin);
    if (!(next > low && next < high)) next = low + width / 2;
    next = Math.min(Math.max(next, low + tolerance / 2), high - tolerance / 2);
    if (next <= low || next >= high) break;
    const indices = watched(next);
    const margin = setting.margin(indices);
    if (setting.passes(indices)) {
      high = next;
      highMargin = Number.isFinite(margin) ? margin : highMargin;
      if (lastSide === 1) lowMargin /= 2;
      lastSide = 1;
    } else {
      low = next;
      lowMargin = Number.isFinite(margin) ? margin : lowMargin;
      if (lastSide === -1) highMargin /= 2;
      lastSide = -1;
    }
    bisectNext = !bisectNext && high - low > width / 2;
  }
  // No value above the current one failed: any improvement is enough (it breaks a tie), however small.
  if (low === z0)
    return outcome(
      fromDirected(Math.min(z0 + resolution, zEnd)),
      report(
        "any_improvement",
        { indicatorId, unitCode },
        { unit: unitCode, indicator: indicatorId }
      )
    );
  // One bracket's width of margin, so that rounding in a full re-run cannot undo the step.
  const withMargin = Math.min(high + (high - low), zEnd);
  return outcome(fromDirected(passesAt(fromDirected(withMargin)) ? withMargin : high));
}

function rankNow(setting: GapSetting): number {
  const own = setting.baseIndex[setting.unitRow] as number;
  let rank = 1;
  for (const row of setting.yearRows) if ((setting.baseIndex[row] as number) > own) rank++;
  return rank;
}

/**
 * The smallest change in the unit's raw value of one indicator that, all else unchanged, lifts its
 * index strictly above the target's (see GapTarget) in a year (default the run's latest). Every step the
 * run used is followed, so a value that moves the normalisation's bounds (or the z-score's mean and
 * deviation, the imputation or the outlier treatment) moves them: the search probes the indicator's
 * improving direction at 2^-10 ... 1 of the way to the end of the searched range (the plausible range
 * of the indicator's kind, within 10 spreads of the year's values) and narrows the first bracket that
 * passes (regula falsi with the Illinois correction, bisecting when it stalls) to a relative 1e-9 of the
 * change, then adds one bracket's width. Unreachable when no probed value passes.
 */
export function gapToRank(
  result: PipelineResult,
  unitCode: string,
  indicatorId: string,
  target: GapTarget,
  options: GapOptions = {}
): Gap {
  const setting = gapSetting(result, unitCode, target, analysedYear(result, options.year));
  return "code" in setting ? noGap(indicatorId, setting) : gapIn(setting, indicatorId);
}

/** The gap of every scored indicator of the framework (see gapToRank), sharing the setting. */
export function gapsOf(
  result: PipelineResult,
  unitCode: string,
  target: GapTarget,
  options: GapOptions = {}
): Gap[] {
  const indicators = scoredIndicators(result.framework);
  const setting = gapSetting(result, unitCode, target, analysedYear(result, options.year));
  return indicators.map((indicator) =>
    "code" in setting ? noGap(indicator.id, setting) : gapIn(setting, indicator.id)
  );
}
