// Plausible range: a value its kind cannot take (a share outside 0-100, a negative count).
import type { IssueSink } from "./issue-collector";
import { plausibleRangeOf } from "../template/value-kinds";
import { valuePlace, type ObservationContext } from "./observation-checks";
import { reportValidationIssue as report } from "./validation-issues";

export function checkPlausibleRanges(context: ObservationContext, issues: IssueSink): void {
  const { indicators, indicatorIds } = context.numbering;
  const kinds = indicatorIds.map((id) => context.kinds.get(id) ?? "unbounded");
  context.observations.forEach((observation, index) => {
    const value = observation.value;
    if (value === null) return;
    const kind = kinds[indicators[index] ?? -1] ?? "unbounded";
    const { minimum, maximum } = plausibleRangeOf(kind);
    if ((minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum))
      return;
    const measure = context.indicators.get(observation.indicatorId)?.measure ?? kind;
    const parameters = { indicator: observation.indicatorId, value, minimum, maximum, measure };
    issues.push(report("value_out_of_range", parameters, valuePlace(context, index)));
  });
}
