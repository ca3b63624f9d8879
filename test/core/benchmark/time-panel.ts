// A hand-checkable panel for the time section: three units, two indicators with targets, 2020-2022.
//
// Min-max 0-100 per year (I2 lower is better), A = I1, B = I2, index = mean(A, B):
//         I1 values     I1 scores      I2 values   I2 scores      index         rank
//   2020  10, 20, 30    0, 50, 100     8, 5, 2     0, 50, 100     0, 50, 100    3, 2, 1
//   2021  20, 20, 25    0, 0, 100      6, 5, 4     0, 50, 100     0, 25, 100    3, 2, 1
//   2022  30, 20, 40    50, 0, 100     4, 5, 6     100, 50, 0     75, 25, 50    1, 3, 2
// (units 0301, 4601, 5001 in that order). Targets: I1 40 by 2024 (higher), I2 2 by 2030 (lower).
import type { Framework } from "../../../src/core/model";
import type { TemplateContent } from "../../../src/core/template";
import { observationsOf, smallUnits } from "./small-workbook";

export const panelFramework: Framework = {
  aggregates: [
    { id: "INDEX", name: "Indeks", weight: 1 },
    { id: "A", name: "Alfa", parentId: "INDEX", weight: 1 },
    { id: "B", name: "Beta", parentId: "INDEX", weight: 1 },
  ],
  indicators: [
    { id: "I1", name: "En", parentId: "A", direction: 1, weight: 1, target: 40, targetYear: 2024 },
    { id: "I2", name: "To", parentId: "B", direction: -1, weight: 1, target: 2, targetYear: 2030 },
  ],
};

const panelObservations = observationsOf({
  2020: { I1: [10, 20, 30], I2: [8, 5, 2] },
  2021: { I1: [20, 20, 25], I2: [6, 5, 4] },
  2022: { I1: [30, 20, 40], I2: [4, 5, 6] },
});

export function panelContent(
  settings: Readonly<Record<string, string | number>> = {},
  framework: Framework = panelFramework
): TemplateContent {
  return {
    framework,
    units: smallUnits,
    observations: panelObservations,
    settings: { baseYear: 2020, ...settings },
  };
}
