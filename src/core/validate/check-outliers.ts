// Outliers: a value far from its peers in the same year, by a robust z-score.
import type { Issue } from "../model";
import { numericSetting } from "./read-method";
import { median, robustZScores } from "./robust-statistics";
import { valuePlace, type ObservationContext } from "./observation-checks";
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
  const groups = new Map<string, number[]>();
  context.observations.forEach((observation, index) => {
    if (observation.value === null || context.kinds.get(observation.indicatorId) === "flag") return;
    const key = `${observation.indicatorId}\u0000${observation.year}\u0000${peerSetOf(context, observation.unitCode)}`;
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [index]);
    else members.push(index);
  });
  for (const members of groups.values()) {
    if (members.length < minimumPeers) continue;
    const values = members.map((index) => context.observations[index]?.value ?? 0);
    const scores = robustZScores(values);
    if (scores === undefined) continue;
    scores.forEach((score, position) => {
      if (Math.abs(score) <= threshold) return;
      const index = members[position] ?? 0;
      const observation = context.observations[index];
      if (observation === undefined || observation.value === null) return;
      const parameters = {
        indicator: observation.indicatorId,
        value: observation.value,
        score: Math.round(score * 10) / 10,
        median: Math.round(median(values) * 1000) / 1000,
        peers: peerSetOf(context, observation.unitCode),
        threshold,
      };
      issues.push(report("value_outlier", parameters, valuePlace(context, index)));
    });
  }
}
