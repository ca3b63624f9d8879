// The illustrative measures of the example data: the Tiltak rows a template with example data holds and
// the demo benchmarks and profiles, defined once.
import type { MeasureRow } from "./template-grids";

/** The unit the example measures are for: Stjørdal. */
export const exampleMeasuresUnit = "5035";

/** Two illustrative measures for Stjørdal in the latest example year. */
export const exampleMeasures: readonly MeasureRow[] = [
  [
    exampleMeasuresUnit,
    "EV_SHARE_NEW",
    2023,
    "ny verdi",
    90,
    "Illustrativt eksempel: ladepunkter ved alle kommunale bygg",
    "Illustrativt",
  ],
  [
    exampleMeasuresUnit,
    "HH_WASTE_RECYCLING_SHARE",
    2023,
    "endring",
    8,
    "Illustrativt eksempel: matavfall og plast hentet ved døren",
    "Illustrativt",
  ],
];
