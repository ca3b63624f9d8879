// Outliers: a value far from its peers in the same year, by a robust z-score on the scale that fits
// the indicator's kind (value-scales). The centre is the unit's peer group's median that year; the
// spread is that of every unit of the same level that year around its own peer group's median, which a
// handful of peers (six big cities) cannot give on their own.
import type { IssueSink } from "./issue-collector";
import { medianOf } from "../steps/statistics";
import { numericSetting } from "./read-method";
import { pooledRobustCentres } from "./robust-statistics";
import { groupObservations, valuePlace, type ObservationContext } from "./observation-checks";
import { earliestYear, observationKey, observationKeySpace, StringIndex } from "./observation-keys";
import { reportValidationIssue as report } from "./validation-issues";
import { countingVariance, judgedScaleOf, onScale } from "./value-scales";

/** Below this many peers a robust spread says little. */
export const minimumPeers = 5;

/** A unit's peers: its peer group, or else every unit of its level. */
function peerSetOf(context: ObservationContext, unitCode: string): string {
  const unit = context.units.get(unitCode);
  return unit?.peerGroup ?? unit?.level ?? "alle";
}

/**
 * The peer groups' year groups of at least `minimumPeers` values, gathered by the level of their units,
 * indicator and year: the groups that share a spread.
 */
function byLevelAndYear(
  context: ObservationContext,
  yearGroups: readonly number[][]
): Iterable<number[][]> {
  const { units, indicators, unitCodes, indicatorIds } = context.numbering;
  const levels = new StringIndex();
  const levelOfUnit = unitCodes.map((code) => levels.indexOf(context.units.get(code)?.level ?? ""));
  const gathered = new Map<number, number[][]>();
  for (const members of yearGroups) {
    if (members.length < minimumPeers) continue;
    const first = members[0] ?? 0;
    const key = observationKey(
      levelOfUnit[units[first] ?? -1] ?? 0,
      indicators[first] ?? 0,
      context.observations[first]?.year ?? earliestYear,
      indicatorIds.length
    );
    const groups = gathered.get(key);
    if (groups === undefined) gathered.set(key, [members]);
    else groups.push(members);
  }
  return gathered.values();
}

export function checkOutliers(context: ObservationContext, issues: IssueSink): void {
  const threshold = numericSetting(context.settings, "outlierThreshold");
  const { units, indicators, unitCodes, indicatorIds } = context.numbering;
  const peerSets = new StringIndex();
  const peerSetOfUnit = unitCodes.map((code) => peerSets.indexOf(peerSetOf(context, code)));
  const scales = indicatorIds.map((id) => judgedScaleOf(context.kinds.get(id) ?? "unbounded"));
  const keySpace = observationKeySpace(peerSets.size, indicatorIds.length);
  // Filled in order while grouping, so that the loops below never visit the observations out of order.
  const judged = new Float64Array(context.observations.length);
  /** The variance each value has on its scale by chance alone. */
  const chance = new Float64Array(context.observations.length);
  const peerSetOfObservation = (index: number) => peerSetOfUnit[units[index] ?? -1] ?? 0;
  const yearGroups = groupObservations(context, keySpace, (observation, index) => {
    const indicator = indicators[index] ?? -1;
    const scale = scales[indicator];
    if (observation.value === null || scale === undefined) return undefined;
    const onItsScale = onScale(scale, observation.value);
    if (onItsScale === undefined) return undefined;
    judged[index] = onItsScale;
    chance[index] = countingVariance(scale, observation.value);
    return observationKey(
      peerSetOfObservation(index),
      indicator,
      observation.year,
      indicatorIds.length
    );
  });
  for (const groups of byLevelAndYear(context, yearGroups)) {
    const scale = scales[indicators[groups[0]?.[0] ?? 0] ?? -1];
    const centres = pooledRobustCentres(
      groups.map((members) => members.map((index) => judged[index] ?? 0))
    );
    if (centres === undefined || scale === undefined) continue;
    groups.forEach((members, group) => {
      const centre = centres.medians[group] ?? 0;
      let median: number | undefined;
      for (const index of members) {
        const spread = Math.sqrt(centres.scale ** 2 + (chance[index] ?? 0));
        const score = ((judged[index] ?? 0) - centre) / spread;
        if (Math.abs(score) <= threshold) continue;
        const observation = context.observations[index];
        if (observation?.value == null) continue;
        median ??= medianOf(members.map((member) => context.observations[member]?.value ?? 0));
        const parameters = {
          indicator: observation.indicatorId,
          value: observation.value,
          score: Math.round(score * 10) / 10,
          median: Math.round(median * 1000) / 1000,
          peers: peerSetOf(context, observation.unitCode),
          threshold,
          scale,
        };
        const magnitude = Math.abs(score) / threshold;
        issues.push(
          report("value_outlier", parameters, { ...valuePlace(context, index), magnitude })
        );
      }
    });
  }
}
