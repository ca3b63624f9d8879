// Illustrative example data for the six pilot units, 2019-2023: plausible in size, NOT published
// figures. Every observation says so in its source (the Data sheet's Kilde column).
import type { Observation } from "../model";
import { defaultIndicators } from "./default-catalogue";
import { pilotUnits } from "./pilot-units";

export const exampleSource = "Illustrativt eksempel, ikke publiserte tall (illustrative example)";
export const exampleYears: readonly number[] = [2019, 2020, 2021, 2022, 2023];

/**
 * Per pilot unit (Trondheim, Bergen, Stjørdal, Bjørnafjorden, Trøndelag, Vestland): the 2019 value and
 * its yearly change (a growth factor for levels, a step for changes and flags' year of adoption).
 * null: the indicator does not apply to that unit's level.
 */
type Series = readonly [number, number] | null;
type Row = readonly [Series, Series, Series, Series, Series, Series];

const series: Readonly<Record<string, Row>> = {
  GHG_TOTAL: [
    [392000, -0.02],
    [618000, -0.03],
    [88000, -0.01],
    [61000, -0.015],
    [2530000, -0.015],
    [5480000, -0.01],
  ],
  GHG_PER_CAPITA: [
    [1.91, -0.03],
    [2.18, -0.035],
    [3.66, -0.02],
    [2.47, -0.025],
    [5.4, -0.02],
    [8.61, -0.012],
  ],
  GHG_CHANGE_2009: [
    [-11.5, -2.1],
    [-14.2, -2.6],
    [-4.1, -1.2],
    [-6.3, -1.4],
    [-8.8, -1.6],
    [-3.9, -1.1],
  ],
  GHG_ROAD_PER_CAPITA: [
    [0.78, -0.05],
    [0.74, -0.06],
    [1.32, -0.04],
    [1.21, -0.04],
    [1.18, -0.045],
    [1.05, -0.05],
  ],
  GHG_INDUSTRY_SHARE: [
    [14.2, -0.01],
    [21.5, -0.01],
    [9.8, 0],
    [6.1, 0.01],
    [31.4, -0.005],
    [48.7, -0.004],
  ],
  GHG_INTENSITY_GVA: [null, null, null, null, [9.6, -0.03], [12.4, -0.025]],
  ECOLIGHTHOUSE_COUNT: [
    [310, 0.04],
    [420, 0.035],
    [38, 0.05],
    [27, 0.06],
    [720, 0.04],
    [980, 0.035],
  ],
  ECOLIGHTHOUSE_PER_1000_FIRMS: [
    [12.4, 0.03],
    [11.1, 0.03],
    [8.9, 0.04],
    [7.2, 0.05],
    [9.8, 0.035],
    [9.3, 0.03],
  ],
  GREEN_JOBS_SHARE: [
    [6.8, 0.03],
    [7.4, 0.025],
    [5.9, 0.03],
    [6.2, 0.03],
    [6.1, 0.025],
    [8.3, 0.02],
  ],
  GREEN_FIRMS_NEW_PER_1000: [
    [0.42, 0.04],
    [0.39, 0.04],
    [0.31, 0.05],
    [0.28, 0.05],
    [0.33, 0.04],
    [0.35, 0.04],
  ],
  ENOVA_SUPPORT_PER_CAPITA: [
    [610, 0.06],
    [540, 0.05],
    [380, 0.08],
    [290, 0.08],
    [720, 0.05],
    [1240, 0.04],
  ],
  KLIMAPARTNER_MEMBERS: [null, null, null, null, [64, 0.06], [71, 0.05]],
  RD_SHARE_GDP: [null, null, null, null, [3.1, 0.01], [1.9, 0.015]],
  PATENT_APPS_PER_100K: [
    [38.5, 0.02],
    [24.1, 0.02],
    [11.2, 0.03],
    [8.4, 0.03],
    [22.7, 0.02],
    [16.3, 0.02],
  ],
  GREEN_RD_FUNDING_PER_CAPITA: [
    [1450, 0.05],
    [980, 0.05],
    [310, 0.07],
    [240, 0.07],
    [760, 0.05],
    [690, 0.05],
  ],
  HIGHER_EDU_SHARE: [
    [46.8, 0.012],
    [44.2, 0.012],
    [29.5, 0.015],
    [31.2, 0.015],
    [34.6, 0.012],
    [35.9, 0.012],
  ],
  POPULATION: [
    [205163, 0.009],
    [283929, 0.005],
    [23975, 0.01],
    [24621, 0.012],
    [468702, 0.004],
    [636531, 0.002],
  ],
  // Chosen so that the decoupling analysis (GHG_TOTAL against these) shows several of Tapio's degrees:
  // strong decoupling (Trondheim, the fylker), recessive decoupling (Bergen), recessive coupling
  // (Stjørdal), weak negative decoupling (Bjørnafjorden). Illustrative, like every value here.
  EMPLOYMENT_WORKPLACE: [
    [118000, 0.012],
    [165000, -0.005],
    [10500, -0.012],
    [7900, -0.025],
    [232000, 0.006],
    [321000, 0.005],
  ],
  GROSS_PRODUCT: [null, null, null, null, [330000, 0.04], [470000, 0.035]],
  POP_GROWTH: [
    [1.1, -0.05],
    [0.6, -0.03],
    [1.2, -0.05],
    [1.4, -0.08],
    [0.5, -0.02],
    [0.3, -0.01],
  ],
  EMPLOYMENT_RATE: [
    [76.2, 0.002],
    [77.1, 0.002],
    [79.4, 0.002],
    [80.1, 0.002],
    [78.3, 0.002],
    [79.0, 0.002],
  ],
  UNEMPLOYMENT_RATE: [
    [2.1, -0.02],
    [2.4, -0.03],
    [1.9, -0.02],
    [1.7, -0.02],
    [2.0, -0.02],
    [2.0, -0.03],
  ],
  JOBS_GROWTH: [
    [1.4, -0.1],
    [1.0, -0.06],
    [1.6, -0.1],
    [1.9, -0.1],
    [0.9, -0.05],
    [0.7, -0.04],
  ],
  GVA_PER_EMPLOYED: [null, null, null, null, [1010, 0.035], [1180, 0.04]],
  EV_SHARE_FLEET: [
    [16.5, 0.2],
    [18.9, 0.19],
    [13.2, 0.22],
    [14.8, 0.21],
    [13.1, 0.21],
    [15.7, 0.2],
  ],
  EV_SHARE_NEW: [
    [47.2, 0.13],
    [55.8, 0.11],
    [44.9, 0.14],
    [49.3, 0.12],
    [43.5, 0.14],
    [50.6, 0.12],
  ],
  ELECTRICITY_NET_USE_PER_CAPITA: [
    [14200, -0.005],
    [15100, -0.006],
    [17900, -0.004],
    [16800, -0.004],
    [23400, 0.003],
    [34100, 0.002],
  ],
  HH_WASTE_PER_CAPITA: [[392, -0.01], [418, -0.012], [441, -0.008], [468, -0.008], null, null],
  HH_WASTE_RECYCLING_SHARE: [[39.5, 0.02], [36.8, 0.02], [41.2, 0.018], [37.9, 0.02], null, null],
  OWN_OPS_EMISSIONS: [
    [21400, -0.04],
    [27800, -0.05],
    [2900, -0.03],
    [3100, -0.03],
    [14600, -0.04],
    [19800, -0.045],
  ],
  GREEN_PROCUREMENT_SHARE: [
    [38, 0.08],
    [42, 0.07],
    [21, 0.1],
    [18, 0.12],
    [35, 0.08],
    [40, 0.08],
  ],
  CLIMATE_BUDGET_ADOPTED: [
    [2019, 0],
    [2019, 0],
    [2021, 0],
    [2022, 0],
    [2020, 0],
    [2019, 0],
  ],
};

function roundForSize(value: number): number {
  const size = Math.abs(value);
  const decimals = size >= 1000 ? 0 : size >= 10 ? 1 : 2;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function valueIn(kind: string, [start, change]: readonly [number, number], year: number): number {
  const years = year - exampleYears[0]!;
  if (kind === "flag") return year >= start ? 1 : 0;
  if (kind === "change") return roundForSize(start + change * years);
  return roundForSize(start * (1 + change) ** years);
}

/** Every applicable indicator for the six pilot units, 2019-2023. */
export const exampleObservations: readonly Observation[] = pilotUnits.flatMap((unit, unitIndex) =>
  defaultIndicators.flatMap((indicator) => {
    const unitSeries = series[indicator.id]?.[unitIndex];
    if (unitSeries === undefined || unitSeries === null) return [];
    return exampleYears.map(
      (year): Observation => ({
        unitCode: unit.code,
        year,
        indicatorId: indicator.id,
        value: valueIn(indicator.kind, unitSeries, year),
        quality: 3,
        source: exampleSource,
      })
    );
  })
);
