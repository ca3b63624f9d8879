// What the Profil sheet says about one unit of a benchmark run: its index and ranks, the points each
// dimension adds against its peer group's average, its strengths and weaknesses, each dimension's
// trend, the cheapest gaps to the next rank and the on-track ratings of its indicators with targets.
// The analysis is core's (src/core/analysis) and the time layer's (src/core/time); this only gathers it.
import {
  contributionsOf,
  gapsOf,
  reportAnalysisIssue,
  strengthsAndWeaknesses,
  type Gap,
  type RankedIndicator,
} from "../analysis";
import type { BenchmarkRun } from "../benchmark";
import type { Issue } from "../model/issue";
import type { UnitYearResult } from "../pipeline";
import { changeSinceBaseYear, linearTrend, resultsByUnit, seriesOfMeasure } from "../time";

/** How many indicators the profile lists as the cheapest gaps (the issue's five). */
export const cheapestGapCount = 5;

export interface ProfileDimension {
  readonly id: string;
  readonly name: string;
  /** Points the dimension adds to the unit's index; null when the index is not split. */
  readonly points: number | null;
  /** The mean of those points over the units of the peer group that have them. */
  readonly peerGroupAveragePoints: number | null;
  readonly score: number | null;
  readonly scoreInBaseYear: number | null;
  readonly changeSinceBaseYear: number | null;
  /** Slope of the least-squares line through the dimension's scores up to the year, per year. */
  readonly trendPerYear: number | null;
}

export interface ProfileIndicator {
  readonly indicatorId: string;
  readonly name: string;
  readonly value: number;
  /** Rank among every unit of the run (1 = best). */
  readonly rank: number;
  /** Rank within the unit's peer group, when it has one. */
  readonly peerGroupRank: number | null;
}

export interface ProfileGap {
  readonly indicatorId: string;
  readonly name: string;
  readonly currentValue: number;
  readonly newValue: number;
  readonly rawChange: number;
  readonly percentChange: number | null;
  /** The best value among the peer group (the peer set when the unit has no group), by direction. */
  readonly bestPeerValue: number | null;
}

export interface UnitProfile {
  readonly unitCode: string;
  readonly unitName: string;
  readonly peerGroup: string | null;
  readonly year: number;
  readonly index: number | null;
  readonly rank: number | null;
  readonly rankedUnits: number;
  readonly peerGroupRank: number | null;
  readonly peerGroupSize: number;
  readonly baseYear: number | null;
  readonly indexChangeSinceBaseYear: number | null;
  /** Places gained since the base year (positive = climbed). */
  readonly placesSinceBaseYear: number | null;
  /** Why the index is not split into points, when it is not. */
  readonly contributionsMissing: Issue | null;
  readonly dimensions: readonly ProfileDimension[];
  readonly strengths: readonly ProfileIndicator[];
  readonly weaknesses: readonly ProfileIndicator[];
  /** The reachable gaps to the next rank with the smallest change in per cent, at most five. */
  readonly cheapestGaps: readonly ProfileGap[];
}

export type UnitProfileOutcome =
  | { readonly ok: true; readonly profile: UnitProfile }
  | { readonly ok: false; readonly reason: Issue };

/** The base year the time section uses: the Metode base year when it has data, else the first year. */
function baseYearOf(run: BenchmarkRun, year: number): number | null {
  const years = run.years.filter((candidate) => candidate <= year);
  return years.includes(run.method.baseYear) ? run.method.baseYear : (years[0] ?? null);
}

/** How cheap a gap is: the size of its change in per cent; a change from 0 (no per cent) last. */
function gapCost(gap: ProfileGap): number {
  return gap.percentChange === null ? Number.POSITIVE_INFINITY : Math.abs(gap.percentChange);
}

function cheapest(
  gaps: readonly Gap[],
  nameOf: (id: string) => string,
  bestPeerValue: (id: string) => number | null
): ProfileGap[] {
  const reachable: ProfileGap[] = [];
  for (const gap of gaps) {
    const { currentValue, newValue, rawChange } = gap;
    if (!gap.reachable || currentValue === null || newValue === null || rawChange === null)
      continue;
    if (rawChange === 0) continue;
    reachable.push({
      indicatorId: gap.indicatorId,
      name: nameOf(gap.indicatorId),
      currentValue,
      newValue,
      rawChange,
      percentChange: gap.percentChange,
      bestPeerValue: bestPeerValue(gap.indicatorId),
    });
  }
  return reachable
    .sort((a, b) => gapCost(a) - gapCost(b) || Math.abs(a.rawChange) - Math.abs(b.rawChange))
    .slice(0, cheapestGapCount);
}

function averageOf(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => typeof value === "number");
  return present.length === 0
    ? null
    : present.reduce((sum, value) => sum + value, 0) / present.length;
}

/**
 * The profile of one unit of the run in the year ranked. The peer group is the unit's group among
 * the run's units (its `Gruppe` in Enheter); a unit without one is compared with the whole peer set.
 */
export function unitProfile(run: BenchmarkRun, unitCode: string): UnitProfileOutcome {
  const { pipeline, year } = run;
  const unit = run.units.find((candidate) => candidate.code === unitCode);
  const ownResults = resultsByUnit(run.results).get(unitCode) ?? [];
  const current = ownResults.find((result) => result.year === year);
  if (pipeline === null || year === null || unit === undefined || current === undefined)
    return {
      ok: false,
      reason: reportAnalysisIssue(
        "unit_not_in_run",
        { unitCode, year: year ?? 0 },
        { unit: unitCode }
      ),
    };
  const indexId = run.index.id;
  const group = unit.peerGroup ?? null;
  const groupCodes = run.units
    .filter((candidate) => group === null || candidate.peerGroup === group)
    .map((candidate) => candidate.code);
  const yearResults = run.results.filter((result) => result.year === year);
  const ranked = yearResults.filter((result) => result.aggregates[indexId]?.rank != null);
  const indicatorName = (id: string) =>
    run.framework.indicators.find((indicator) => indicator.id === id)?.name ?? id;

  const upToYear = ownResults.filter((result) => (result.year ?? 0) <= year);
  const baseYear = baseYearOf(run, year);
  const inBase = upToYear.find((result) => result.year === baseYear);
  const change = (measure: { kind: "aggregate"; aggregateId: string }) => {
    const series = seriesOfMeasure(upToYear, measure);
    const since = baseYear === null ? null : changeSinceBaseYear(series, baseYear);
    const trend = linearTrend(series);
    return {
      since: since?.ok === true ? since.value.change : null,
      trend: trend.ok ? trend.value.slope : null,
    };
  };

  const contributions = contributionsOf(pipeline, unitCode, year);
  const pointsOf = (code: string): ReadonlyMap<string, number> | null => {
    const outcome = code === unitCode ? contributions : contributionsOf(pipeline, code, year);
    return outcome.decomposition === "none" ? null : outcome.aggregates;
  };
  const groupPoints = groupCodes.map(pointsOf);
  const dimensions = run.dimensions.map((dimension): ProfileDimension => {
    const moved = change({ kind: "aggregate", aggregateId: dimension.id });
    return {
      id: dimension.id,
      name: dimension.name,
      points:
        contributions.decomposition === "none"
          ? null
          : (contributions.aggregates.get(dimension.id) ?? null),
      peerGroupAveragePoints: averageOf(groupPoints.map((points) => points?.get(dimension.id))),
      score: current.aggregates[dimension.id]?.score ?? null,
      scoreInBaseYear: inBase?.aggregates[dimension.id]?.score ?? null,
      changeSinceBaseYear: moved.since,
      trendPerYear: moved.trend,
    };
  });

  const sides = strengthsAndWeaknesses(pipeline, unitCode, { year });
  const inGroup = strengthsAndWeaknesses(pipeline, unitCode, {
    year,
    peers: groupCodes,
    strengths: Number.POSITIVE_INFINITY,
    weaknesses: 0,
    discardLastRank: false,
  });
  const groupRanks = new Map(
    inGroup.ok ? inGroup.strengths.map((entry) => [entry.indicatorId, entry.rank]) : []
  );
  const listed = (entries: readonly RankedIndicator[]): ProfileIndicator[] =>
    entries.map((entry) => ({
      indicatorId: entry.indicatorId,
      name: indicatorName(entry.indicatorId),
      value: entry.value,
      rank: entry.rank,
      peerGroupRank: groupRanks.get(entry.indicatorId) ?? null,
    }));

  const groupResults = yearResults.filter((result) => groupCodes.includes(result.unitCode));
  const bestPeerValue = (indicatorId: string): number | null => {
    const direction =
      run.framework.indicators.find((indicator) => indicator.id === indicatorId)?.direction ?? 1;
    let best: number | null = null;
    for (const result of groupResults) {
      const value = result.raw[indicatorId];
      if (value === null || value === undefined) continue;
      if (best === null || direction * value > direction * best) best = value;
    }
    return best;
  };

  const index = current.aggregates[indexId];
  const rankIn = (result: UnitYearResult | undefined) => result?.aggregates[indexId]?.rank ?? null;
  const rankNow = rankIn(current);
  const rankInBase = rankIn(inBase);
  const indexMoved = change({ kind: "aggregate", aggregateId: indexId });
  return {
    ok: true,
    profile: {
      unitCode,
      unitName: unit.name,
      peerGroup: group,
      year,
      index: index?.score ?? null,
      rank: rankNow,
      rankedUnits: ranked.length,
      peerGroupRank: index?.rankInPeerGroup ?? null,
      peerGroupSize: groupResults.filter((result) => result.aggregates[indexId]?.rank != null)
        .length,
      baseYear,
      indexChangeSinceBaseYear: indexMoved.since,
      placesSinceBaseYear:
        rankNow === null || rankInBase === null || baseYear === year ? null : rankInBase - rankNow,
      contributionsMissing: contributions.decomposition === "none" ? contributions.reason : null,
      dimensions,
      strengths: sides.ok ? listed(sides.strengths) : [],
      weaknesses: sides.ok ? listed(sides.weaknesses) : [],
      cheapestGaps: cheapest(
        gapsOf(pipeline, unitCode, { kind: "next-rank" }, { year }),
        indicatorName,
        bestPeerValue
      ),
    },
  };
}
