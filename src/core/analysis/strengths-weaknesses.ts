// Strengths and weaknesses of a unit: its best- and worst-ranked indicators, as COINr's get_str_weak.
import type { PipelineResult } from "../model/pipeline-result";
import { scoredIndicators } from "../steps/scored-indicators";
import { analysedYear, columnById, rowOfUnit, rowsOfYear, startStageOf, treeOf } from "./run-rows";
import { reportAnalysisIssue as report } from "./analysis-issues";
import type { Issue } from "../model/issue";

export interface StrengthWeaknessOptions {
  /** Default the run's latest year. */
  readonly year?: number;
  /** The units ranked among (unit codes); default every unit of the run. The unit itself is always in. */
  readonly peers?: readonly string[];
  /** COINr's topN and bottomN: 5 each. */
  readonly strengths?: number;
  readonly weaknesses?: number;
  /** COINr's min_discard: leave out indicators where the unit has the worst rank (default true). */
  readonly discardLastRank?: boolean;
  /**
   * COINr's unq_discard: keep only indicators whose share of distinct values (a missing value counting
   * as one value, among all the ranked units) is above this; default none (COINr's NULL).
   */
  readonly uniqueShareAbove?: number;
}

export interface RankedIndicator {
  readonly indicatorId: string;
  /** The aggregate it belongs to (COINr's report_level 2: the indicator's parent). */
  readonly dimensionId: string;
  /** Rank of the direction-adjusted raw value among the peers: 1 = best, ties share the minimum. */
  readonly rank: number;
  /** The raw value as typed. */
  readonly value: number;
}

export interface StrengthsAndWeaknesses {
  readonly unitCode: string;
  readonly year: number | null;
  /** How many units were ranked. */
  readonly rankedAmong: number;
  /** Best ranks first; ties by dimension code, then in framework order (COINr's order). */
  readonly strengths: readonly RankedIndicator[];
  /** The last ones of the same ordering (the worst last), as COINr lists them. */
  readonly weaknesses: readonly RankedIndicator[];
}

export type StrengthWeaknessOutcome =
  | ({ readonly ok: true } & StrengthsAndWeaknesses)
  | { readonly ok: false; readonly reason: Issue };

/**
 * COINr's `get_str_weak(coin, dset = "Raw", usel)` with its defaults, in a year: each scored
 * indicator's raw value times its direction is ranked among the units (`rank(-x, ties.method = "min")`,
 * missing values not ranked); indicators where the unit has no value are dropped, and (min_discard)
 * those where its rank equals the column's largest rank (it is last, or all units tie); the rest are
 * ordered by rank (ties in framework order); the first `strengths` are the strengths, the last
 * `weaknesses` the weaknesses (they may overlap when few indicators remain, as in COINr).
 */
export function strengthsAndWeaknesses(
  result: PipelineResult,
  unitCode: string,
  options: StrengthWeaknessOptions = {}
): StrengthWeaknessOutcome {
  const year = analysedYear(result, options.year);
  const raw = startStageOf(result);
  const row = raw === undefined ? undefined : rowOfUnit(raw, unitCode, year);
  if (raw === undefined || row === undefined)
    return {
      ok: false,
      reason: report("unit_not_in_run", { unitCode, year }, { unit: unitCode }),
    };
  const peerCodes = options.peers === undefined ? undefined : new Set([...options.peers, unitCode]);
  const rows = [...rowsOfYear(raw, year)].filter((candidate) => {
    if (peerCodes === undefined) return true;
    return peerCodes.has(raw.units[raw.rowUnit[candidate] as number]?.code ?? "");
  });
  const parentOf = new Map<string, string>();
  for (const node of treeOf(result.framework).aggregates)
    for (const child of node.children) parentOf.set(child.id, node.id);

  const ranked: RankedIndicator[] = [];
  for (const indicator of scoredIndicators(result.framework)) {
    const column = columnById(raw, indicator.id);
    if (column === undefined) continue;
    const own = column[row] as number;
    const directed = rows.map((candidate) => indicator.direction * (column[candidate] as number));
    if (options.uniqueShareAbove !== undefined) {
      const distinct = new Set(directed.map((value) => (Number.isNaN(value) ? "NA" : value)));
      if (!(distinct.size / directed.length > options.uniqueShareAbove)) continue;
    }
    if (Number.isNaN(own)) continue;
    const ownDirected = indicator.direction * own;
    // With ties at the minimum, the largest rank is 1 + the number of values above the lowest.
    let rank = 1;
    let lowest = Number.POSITIVE_INFINITY;
    for (const value of directed) if (value < lowest) lowest = value;
    let largestRank = 1;
    for (const value of directed) {
      if (value > ownDirected) rank++;
      if (value > lowest) largestRank++;
    }
    if ((options.discardLastRank ?? true) && rank === largestRank) continue;
    ranked.push({
      indicatorId: indicator.id,
      dimensionId: parentOf.get(indicator.id) ?? indicator.parentId,
      rank,
      value: own,
    });
  }
  // COINr orders its indicator table by parent code (new_coin) and R's order() is stable: ties are
  // listed by dimension code, then in framework order.
  ranked.sort((a, b) => a.rank - b.rank || a.dimensionId.localeCompare(b.dimensionId, "en"));
  const strengths = ranked.slice(0, Math.min(options.strengths ?? 5, ranked.length));
  const weaknesses = ranked.slice(Math.max(0, ranked.length - (options.weaknesses ?? 5)));
  return {
    ok: true,
    unitCode,
    year: raw.hasTime ? year : null,
    rankedAmong: rows.length,
    strengths,
    weaknesses,
  };
}
