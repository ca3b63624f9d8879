// Jumps: a level that moves more from the unit's previous year than the threshold allows.
import type { Issue } from "../model";
import { isLevelKind } from "../template/value-kinds";
import { numericSetting } from "./read-method";
import { groupObservations, valuePlace, type ObservationContext } from "./observation-checks";
import { seriesKey, seriesKeySpace } from "./observation-keys";
import { reportValidationIssue as report } from "./validation-issues";

export function checkJumps(context: ObservationContext, issues: Issue[]): void {
  const threshold = numericSetting(context.settings, "jumpThreshold");
  const { units, indicators, indicatorIds } = context.numbering;
  const levels = indicatorIds.map((id) => isLevelKind(context.kinds.get(id) ?? "unbounded"));
  const keySpace = seriesKeySpace(context.numbering.unitCodes.length, indicatorIds.length);
  const series = groupObservations(context, keySpace, (observation, index) => {
    const indicator = indicators[index] ?? -1;
    if (observation.value === null || levels[indicator] !== true) return undefined;
    return seriesKey(units[index] ?? 0, indicator, indicatorIds.length);
  });
  const yearOf = (index: number) => context.observations[index]?.year ?? 0;
  for (const members of series) {
    members.sort((a, b) => yearOf(a) - yearOf(b));
    for (let position = 1; position < members.length; position++) {
      const previous = context.observations[members[position - 1] ?? 0];
      const index = members[position] ?? 0;
      const current = context.observations[index];
      if (previous?.value == null || current?.value == null || previous.value === 0) continue;
      const change = (current.value - previous.value) / Math.abs(previous.value);
      if (Math.abs(change) <= threshold) continue;
      const parameters = {
        indicator: current.indicatorId,
        value: current.value,
        previous: previous.value,
        previousYear: previous.year,
        change,
        threshold,
      };
      issues.push(report("value_jump", parameters, valuePlace(context, index)));
    }
  }
}
