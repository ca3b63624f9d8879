// Jumps: a change from a unit's previous observed year far outside the indicator's typical changes.
// Each change is taken on the scale that fits the indicator's kind (value-scales) and judged by a robust
// z-score against the one-year changes of every unit and year of that indicator, so that a volatile
// indicator may move more than a smooth one; a change over g years is expected to be g typical changes,
// spread √g as wide. A change by less than a factor of 1 + the jump threshold, up or down (by default
// ×1.5 or ÷1.5), is never reported.
import type { IssueSink } from "./issue-collector";
import { isLevelKind } from "../template/value-kinds";
import { minimumPeers } from "./check-outliers";
import { numericSetting } from "./read-method";
import { pooledRobustCentres } from "./robust-statistics";
import { groupObservations, valuePlace, type ObservationContext } from "./observation-checks";
import { seriesKey, seriesKeySpace } from "./observation-keys";
import { reportValidationIssue as report } from "./validation-issues";
import { countingVariance, judgedScaleOf, onScale, type JudgedScale } from "./value-scales";

export function checkJumps(context: ObservationContext, issues: IssueSink): void {
  const threshold = numericSetting(context.settings, "outlierThreshold");
  const minimumFactor = 1 + numericSetting(context.settings, "jumpThreshold");
  const { units, indicators, indicatorIds } = context.numbering;
  const scales = indicatorIds.map((id): JudgedScale | undefined => {
    const kind = context.kinds.get(id) ?? "unbounded";
    return isLevelKind(kind) ? judgedScaleOf(kind) : undefined;
  });
  // Read once in order into flat arrays: the loops below visit the observations out of order.
  const count = context.observations.length;
  const values = new Float64Array(count);
  const years = new Int32Array(count);
  /** Each value on its indicator's scale; NaN where the scale has no place for it. */
  const judged = new Float64Array(count);
  const keySpace = seriesKeySpace(context.numbering.unitCodes.length, indicatorIds.length);
  const series = groupObservations(context, keySpace, (observation, index) => {
    const indicator = indicators[index] ?? -1;
    const scale = scales[indicator];
    if (observation.value === null || scale === undefined) return undefined;
    values[index] = observation.value;
    years[index] = observation.year;
    judged[index] = onScale(scale, observation.value) ?? Number.NaN;
    return seriesKey(units[index] ?? 0, indicator, indicatorIds.length);
  });
  const yearOf = (index: number) => years[index] ?? 0;
  /** The observation each change starts from, by the index of the one it ends at. */
  const previousOf = new Int32Array(count);
  const changesByIndicator = indicatorIds.map((): number[] => []);
  for (const members of series) {
    members.sort((a, b) => yearOf(a) - yearOf(b));
    const changes = changesByIndicator[indicators[members[0] ?? 0] ?? -1];
    for (let position = 1; position < members.length; position++) {
      const previous = members[position - 1] ?? 0;
      const current = members[position] ?? 0;
      if (Number.isNaN(judged[previous]) || Number.isNaN(judged[current])) continue;
      previousOf[current] = previous;
      changes?.push(current);
    }
  }
  const changeAt = (current: number) =>
    (judged[current] ?? 0) - (judged[previousOf[current] ?? 0] ?? 0);
  const yearsAt = (current: number) => yearOf(current) - yearOf(previousOf[current] ?? 0);
  changesByIndicator.forEach((changes, indicator) => {
    const scale = scales[indicator];
    const oneYear = changes.filter((current) => yearsAt(current) === 1).map(changeAt);
    if (oneYear.length < minimumPeers || scale === undefined) return;
    const centres = pooledRobustCentres([oneYear]);
    if (centres === undefined) return;
    const typical = centres.medians[0] ?? 0;
    for (const current of changes) {
      const previous = previousOf[current] ?? 0;
      const before = values[previous] ?? Number.NaN;
      const after = values[current] ?? Number.NaN;
      if (!(Math.max(after / before, before / after) > minimumFactor)) continue;
      const gap = yearsAt(current);
      const spread = Math.sqrt(
        gap * centres.scale ** 2 + countingVariance(scale, before) + countingVariance(scale, after)
      );
      const score = (changeAt(current) - gap * typical) / spread;
      if (Math.abs(score) <= threshold) continue;
      const parameters = {
        indicator: indicatorIds[indicator] ?? "",
        value: after,
        previous: before,
        previousYear: yearOf(previous),
        change: (after - before) / Math.abs(before),
        score: Math.round(score * 10) / 10,
        threshold,
        minimumFactor,
        scale,
      };
      const magnitude = Math.abs(score) / threshold;
      issues.push(report("value_jump", parameters, { ...valuePlace(context, current), magnitude }));
    }
  });
}
