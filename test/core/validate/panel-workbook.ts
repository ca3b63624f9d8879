// Test helper: a workbook of 30 kommuner (no peer group, so their peers are every kommune) with the
// default catalogue and the values a test gives, as the template's grids.
import type { Observation } from "../../../src/core/model";
import { defaultFramework, kommuner, workbookSheetsOf } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";

export const panelUnits = kommuner.slice(0, 30).map(({ code, name }) => ({
  code,
  name,
  level: "kommune" as const,
}));

export const panelYears = [2019, 2020, 2021, 2022, 2023, 2024];

/** A repeatable wobble in [-1, 1] for unit k and year index t, so that no two series move alike. */
export function wobble(k: number, t: number): number {
  return (((k * 7 + t * 13) % 11) / 5 - 1) * (k % 2 === 0 ? 1 : -1);
}

/** Every panel unit's value of one indicator in every year, from the value for unit k and year index t. */
export function panelSeries(
  indicatorId: string,
  valueOf: (k: number, t: number) => number
): Observation[] {
  return panelUnits.flatMap((unit, k) =>
    panelYears.map((year, t) => ({ unitCode: unit.code, year, indicatorId, value: valueOf(k, t) }))
  );
}

/** Replaces the value of unit k in a year. */
export function withValue(
  observations: readonly Observation[],
  k: number,
  year: number,
  indicatorId: string,
  value: number
): Observation[] {
  const code = panelUnits[k]?.code;
  return observations.map((observation) =>
    observation.unitCode === code &&
    observation.year === year &&
    observation.indicatorId === indicatorId
      ? { ...observation, value }
      : observation
  );
}

/** The issues of one code when the panel holds these observations (and Metode these settings). */
export function panelIssues(
  observations: readonly Observation[],
  code: string,
  settings?: Readonly<Record<string, number>>
) {
  const grids = workbookSheetsOf({
    framework: defaultFramework,
    units: panelUnits,
    observations,
    ...(settings === undefined ? {} : { settings }),
  });
  return validateWorkbook(grids).issues.filter((issue) => issue.code === code);
}
