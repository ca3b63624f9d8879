import type { Framework, Indicator } from "../model/framework";

/** Indicators with direction +1 or -1, in framework order; context indicators (0) are shown, not scored. */
export function scoredIndicators(framework: Framework): Indicator[] {
  return framework.indicators.filter((indicator) => indicator.direction !== 0);
}

export function indicatorsById(framework: Framework): Map<string, Indicator> {
  const byId = new Map<string, Indicator>();
  for (const indicator of framework.indicators)
    if (!byId.has(indicator.id)) byId.set(indicator.id, indicator);
  return byId;
}
