// Outliers: a value far from its peers in the same year, by a robust z-score.
import type { Issue } from "../model";
import { numericSetting } from "./read-method";
import { robustCentre } from "./robust-statistics";
import { groupObservations, valuePlace, type ObservationContext } from "./observation-checks";
import { observationKey, observationKeySpace, StringIndex } from "./observation-keys";
import { reportValidationIssue as report } from "./validation-issues";

/** Below this many peers a robust spread says little. */
export const minimumPeers = 5;

/** A unit's peers: its peer group, or else every unit of its level. */
export function peerSetOf(context: ObservationContext, unitCode: string): string {
  const unit = context.units.get(unitCode);
  return unit?.peerGroup ?? unit?.level ?? "alle";
}

export function checkOutliers(context: ObservationContext, issues: Issue[]): void {
  const threshold = numericSetting(context.settings, "outlierThreshold");
  const { units, indicators, unitCodes, indicatorIds } = context.numbering;
  const peerSets = new StringIndex();
  const peerSetOfUnit = unitCodes.map((code) => peerSets.indexOf(peerSetOf(context, code)));
  const tested = indicatorIds.map((id) => context.kinds.get(id) !== "flag");
  const keySpace = observationKeySpace(peerSets.size, indicatorIds.length);
  const groups = groupObservations(context, keySpace, (observation, index) => {
    const indicator = indicators[index] ?? -1;
    if (observation.value === null || tested[indicator] !== true) return undefined;
    const peerSet = peerSetOfUnit[units[index] ?? -1] ?? 0;
    return observationKey(peerSet, indicator, observation.year, indicatorIds.length);
  });
  for (const members of groups) {
    if (members.length < minimumPeers) continue;
    const values = members.map((index) => context.observations[index]?.value ?? 0);
    const centre = robustCentre(values);
    if (centre === undefined) continue;
    values.forEach((value, position) => {
      const score = (value - centre.median) / centre.scale;
      if (Math.abs(score) <= threshold) return;
      const index = members[position] ?? 0;
      const observation = context.observations[index];
      if (observation === undefined) return;
      const parameters = {
        indicator: observation.indicatorId,
        value,
        score: Math.round(score * 10) / 10,
        median: Math.round(centre.median * 1000) / 1000,
        peers: peerSetOf(context, observation.unitCode),
        threshold,
      };
      issues.push(report("value_outlier", parameters, valuePlace(context, index)));
    });
  }
}
