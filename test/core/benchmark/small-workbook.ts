// A hand-checkable workbook: two dimensions, three indicators, three units, 2021 and 2022.
//
// 2022 (min-max 0-100 per year; I2 lower is better):
//   I1: K1 10, K2 20, K3 30 -> 0, 50, 100        I2: K1 1, K2 2, K3 5 -> 100, 75, 0
//   I3: K1 0, K2 100, K3 blank -> 0, 100, -
//   A = mean(I1, I2): 50, 62.5, 50     B = I3: 0, 100, - (no data)
//   Index: K1 25, K2 81.25, K3 none (coverage 50 % of the weight, below 60 %)
// 2021:
//   I1: 30, 20, 10 -> 100, 50, 0    I2: 5, 2, 1 -> 0, 75, 100    I3: 100, 0, 50 -> 100, 0, 50
//   Index: K1 75, K2 31.25, K3 50; ranks K1 1, K3 2, K2 3
import type { Framework, Observation, Unit } from "../../../src/core/model";
import { workbookSheetsOf, type TemplateContent } from "../../../src/core/template";
import { validateWorkbook, type WorkbookGrids } from "../../../src/core/validate";

export const smallFramework: Framework = {
  aggregates: [
    { id: "INDEX", name: "Indeks", weight: 1 },
    { id: "A", name: "Alfa", nameEn: "Alpha", parentId: "INDEX", weight: 1 },
    { id: "B", name: "Beta", parentId: "INDEX", weight: 1 },
  ],
  indicators: [
    { id: "I1", name: "En", parentId: "A", direction: 1, weight: 1 },
    { id: "I2", name: "To", parentId: "A", direction: -1, weight: 1 },
    { id: "I3", name: "Tre", parentId: "B", direction: 1, weight: 1 },
    { id: "C1", name: "Kontekst", parentId: "B", direction: 0, weight: 1 },
  ],
};

export const smallUnits: readonly Unit[] = [
  { code: "0301", name: "Kommune 1", level: "kommune", peerGroup: "g1" },
  { code: "4601", name: "Kommune 2", level: "kommune", peerGroup: "g1" },
  { code: "5001", name: "=Kommune 3", level: "kommune", peerGroup: "g2" },
];

const values: Readonly<Record<number, Readonly<Record<string, readonly (number | null)[]>>>> = {
  2021: { I1: [30, 20, 10], I2: [5, 2, 1], I3: [100, 0, 50], C1: [1, 2, 3] },
  2022: { I1: [10, 20, 30], I2: [1, 2, 5], I3: [0, 100, null], C1: [1, 2, 3] },
};

/** Observations of the small units from values by year, indicator and unit (in smallUnits' order). */
export function observationsOf(
  byYear: Readonly<Record<number, Readonly<Record<string, readonly (number | null)[]>>>>
): Observation[] {
  return Object.entries(byYear).flatMap(([year, byIndicator]) =>
    Object.entries(byIndicator).flatMap(([indicatorId, column]) =>
      smallUnits.map((unit, position) => ({
        unitCode: unit.code,
        year: Number(year),
        indicatorId,
        value: column[position] ?? null,
      }))
    )
  );
}

export const smallObservations: readonly Observation[] = observationsOf(values);

export const smallContent: TemplateContent = {
  framework: smallFramework,
  units: smallUnits,
  observations: smallObservations,
  settings: { baseYear: 2021 },
};

export function smallGrids(content: TemplateContent = smallContent): WorkbookGrids {
  return workbookSheetsOf(content);
}

/** The small workbook as the validator reads it. */
export function smallValidation(content: TemplateContent = smallContent) {
  return validateWorkbook(smallGrids(content));
}
