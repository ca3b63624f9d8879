// Jumps: a change from a unit's previous observed year far outside the indicator's typical changes.
// Each change is taken on the scale that fits the indicator's kind (value-scales) and judged by a robust
// z-score against the one-year changes of every unit and year of that indicator, so that a volatile
// indicator may move more than a smooth one; a change over g years is expected to be g typical changes,
// spread √g as wide. A change by less than a factor of 1 + the jump threshold, up or down (by default
// ×1.5 or ÷1.5), is never reported.
import type { Issue } from "../model";
import { isLevelKind } from "../template/value-kinds";
import { minimumPeers } from "./check-outliers";
import { numericSetting } from "./read-method";
import { pooledRobustCentres } from "./robust-statistics";
import { groupObservations, valuePlace, type ObservationContext } from "./observation-checks";
import { seriesKey, seriesKeySpace } from "./observation-keys";
import { reportValidationIssue as report } from "./validation-issues";
import { countingVariance, judgedScaleOf, onScale, type JudgedScale } from "./value-scales";

/** A change from one observed year of a unit to its next, on the indicator's scale. */
interface Change {
  /** The observations' indexes. */
  readonly previous: number;
  readonly current: number;
  readonly change: number;
  readonly years: number;
}

export function checkJumps(context: ObservationContext, issues: Issue[]): void {
  const threshold = numericSetting(context.settings, "outlierThreshold");
  const minimumFactor = 1 + numericSetting(context.settings, "jumpThreshold");
  const { units, indicators, indicatorIds } = context.numbering;
  const scales = indicatorIds.map((id): JudgedScale | undefined => {
    const kind = context.kinds.get(id) ?? "unbounded";
    return isLevelKind(kind) ? judgedScaleOf(kind) : undefined;
  });
  const keySpace = seriesKeySpace(context.numbering.unitCodes.length, indicatorIds.length);
  const series = groupObservations(context, keySpace, (observation, index) => {
    const indicator = indicators[index] ?? -1;
    if (observation.value === null || scales[indicator] === undefined) return undefined;
    return seriesKey(units[index] ?? 0, indicator, indicatorIds.length);
  });
  const yearOf = (index: number) => context.observations[index]?.year ?? 0;
  const valueOf = (index: number) => context.observations[index]?.value ?? Number.NaN;
  const changesByIndicator = indicatorIds.map((): Change[] => []);
  for (const members of series) {
    members.sort((a, b) => yearOf(a) - yearOf(b));
    const indicator = indicators[members[0] ?? 0] ?? -1;
    const scale = scales[indicator];
    if (scale === undefined) continue;
    for (let position = 1; position < members.length; position++) {
      const previous = members[position - 1] ?? 0;
      const current = members[position] ?? 0;
      const from = onScale(scale, valueOf(previous));
      const to = onScale(scale, valueOf(current));
      if (from === undefined || to === undefined) continue;
      const years = yearOf(current) - yearOf(previous);
      changesByIndicator[indicator]?.push({ previous, current, change: to - from, years });
    }
  }
  changesByIndicator.forEach((changes, indicator) => {
    const scale = scales[indicator];
    const oneYear = changes.filter(({ years }) => years === 1).map(({ change }) => change);
    if (oneYear.length < minimumPeers || scale === undefined) return;
    const centres = pooledRobustCentres([oneYear]);
    if (centres === undefined) return;
    const typical = centres.medians[0] ?? 0;
    for (const { previous, current, change, years } of changes) {
      const before = valueOf(previous);
      const after = valueOf(current);
      if (!(Math.max(after / before, before / after) > minimumFactor)) continue;
      const spread = Math.sqrt(
        years * centres.scale ** 2 +
          countingVariance(scale, before) +
          countingVariance(scale, after)
      );
      const score = (change - years * typical) / spread;
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
