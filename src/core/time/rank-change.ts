import type { UnitYearResult } from "../pipeline/results";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import type { TimeResult } from "./time-result";

/** Places gained from one year to another, `rank_from - rank_to`: positive = moved up (1 is best). */
export function rankChange(
  fromRank: number | null | undefined,
  toRank: number | null | undefined
): TimeResult<number> {
  if (
    typeof fromRank !== "number" ||
    typeof toRank !== "number" ||
    !Number.isFinite(fromRank) ||
    !Number.isFinite(toRank)
  )
    return failure(reportTimeIssue("rank_missing", {}));
  return ok(fromRank - toRank);
}

export interface UnitRankChange {
  readonly unitCode: string;
  readonly unitName: string;
  readonly fromRank: number | null;
  readonly toRank: number | null;
  readonly change: TimeResult<number>;
}

/**
 * Every unit's rank change on an aggregate between two years of a run's results (overall ranks, or ranks
 * within the peer group), units in the order they first appear.
 */
export function rankChangesOf(
  results: readonly UnitYearResult[],
  aggregateId: string,
  fromYear: number,
  toYear: number,
  withinPeerGroup = false
): UnitRankChange[] {
  const rankIn = (result: UnitYearResult | undefined): number | null => {
    const outcome = result?.aggregates[aggregateId];
    return (withinPeerGroup ? outcome?.rankInPeerGroup : outcome?.rank) ?? null;
  };
  const units = new Map<string, { name: string; from?: UnitYearResult; to?: UnitYearResult }>();
  for (const result of results) {
    if (result.year !== fromYear && result.year !== toYear) continue;
    let unit = units.get(result.unitCode);
    if (unit === undefined) units.set(result.unitCode, (unit = { name: result.unitName }));
    if (result.year === fromYear) unit.from = result;
    if (result.year === toYear) unit.to = result;
  }
  return [...units].map(([unitCode, unit]) => {
    const fromRank = rankIn(unit.from);
    const toRank = rankIn(unit.to);
    return {
      unitCode,
      unitName: unit.name,
      fromRank,
      toRank,
      change: rankChange(fromRank, toRank),
    };
  });
}
