// A seeded synthetic national data set in the template's model, for benchmarks: every kommune and
// fylke of the 2024 register, the default catalogue, 2009-2024. Values are invented, not published.
import type { Framework, Observation, Unit } from "../src/core/model";
import {
  defaultFramework,
  defaultIndicators,
  fylker,
  indicatorFitsLevel,
  kommuner,
  type DefaultIndicator,
} from "../src/core/template";

export interface NationalDataSet {
  readonly framework: Framework;
  readonly units: Unit[];
  readonly observations: Observation[];
}

export const nationalYears: readonly number[] = Array.from(
  { length: 16 },
  (_, index) => 2009 + index
);

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** How one indicator's values are drawn: a typical 2009 value, spread across units, yearly trend. */
interface Profile {
  readonly typical: number;
  /** Standard deviation of the unit's log-level (levels) or of its level (changes). */
  readonly spread: number;
  /** Yearly growth factor (levels) or step (changes). */
  readonly trend: number;
  /** Year-to-year noise, relative (levels) or absolute (changes). */
  readonly noise: number;
  /** Scales with the unit's population instead (counts): typical is per inhabitant. */
  readonly perInhabitant?: boolean;
}

const profiles: Readonly<Record<string, Profile>> = {
  GHG_TOTAL: { typical: 4.5, spread: 0.5, trend: -0.015, noise: 0.03, perInhabitant: true },
  GHG_PER_CAPITA: { typical: 4.5, spread: 0.5, trend: -0.015, noise: 0.03 },
  GHG_CHANGE_2009: { typical: 0, spread: 2, trend: -1.1, noise: 1.5 },
  GHG_ROAD_PER_CAPITA: { typical: 1.6, spread: 0.3, trend: -0.025, noise: 0.03 },
  GHG_INDUSTRY_SHARE: { typical: 12, spread: 0.8, trend: -0.005, noise: 0.04 },
  GHG_INTENSITY_GVA: { typical: 14, spread: 0.3, trend: -0.03, noise: 0.03 },
  ECOLIGHTHOUSE_COUNT: {
    typical: 0.0012,
    spread: 0.5,
    trend: 0.04,
    noise: 0.05,
    perInhabitant: true,
  },
  ECOLIGHTHOUSE_PER_1000_FIRMS: { typical: 6, spread: 0.5, trend: 0.04, noise: 0.05 },
  GREEN_JOBS_SHARE: { typical: 5, spread: 0.4, trend: 0.03, noise: 0.04 },
  GREEN_FIRMS_NEW_PER_1000: { typical: 0.25, spread: 0.4, trend: 0.03, noise: 0.08 },
  ENOVA_SUPPORT_PER_CAPITA: { typical: 300, spread: 0.7, trend: 0.05, noise: 0.15 },
  KLIMAPARTNER_MEMBERS: { typical: 25, spread: 0.5, trend: 0.08, noise: 0.05 },
  RD_SHARE_GDP: { typical: 1.6, spread: 0.4, trend: 0.01, noise: 0.04 },
  PATENT_APPS_PER_100K: { typical: 10, spread: 0.6, trend: 0.01, noise: 0.12 },
  GREEN_RD_FUNDING_PER_CAPITA: { typical: 250, spread: 0.8, trend: 0.05, noise: 0.15 },
  HIGHER_EDU_SHARE: { typical: 24, spread: 0.2, trend: 0.015, noise: 0.01 },
  POPULATION: { typical: 1, spread: 0, trend: 0.005, noise: 0.004, perInhabitant: true },
  POP_GROWTH: { typical: 0.3, spread: 0.8, trend: 0, noise: 0.5 },
  EMPLOYMENT_RATE: { typical: 78, spread: 0.04, trend: 0.001, noise: 0.005 },
  UNEMPLOYMENT_RATE: { typical: 2.3, spread: 0.3, trend: -0.01, noise: 0.08 },
  JOBS_GROWTH: { typical: 0.6, spread: 1, trend: 0, noise: 0.8 },
  GVA_PER_EMPLOYED: { typical: 800, spread: 0.2, trend: 0.035, noise: 0.02 },
  EV_SHARE_FLEET: { typical: 0.4, spread: 0.4, trend: 0.35, noise: 0.03 },
  EV_SHARE_NEW: { typical: 3, spread: 0.4, trend: 0.25, noise: 0.06 },
  ELECTRICITY_NET_USE_PER_CAPITA: { typical: 19000, spread: 0.4, trend: -0.002, noise: 0.02 },
  HH_WASTE_PER_CAPITA: { typical: 430, spread: 0.15, trend: -0.005, noise: 0.03 },
  HH_WASTE_RECYCLING_SHARE: { typical: 35, spread: 0.2, trend: 0.015, noise: 0.04 },
  OWN_OPS_EMISSIONS: { typical: 0.12, spread: 0.4, trend: -0.03, noise: 0.04, perInhabitant: true },
  GREEN_PROCUREMENT_SHARE: { typical: 15, spread: 0.5, trend: 0.07, noise: 0.06 },
  CLIMATE_BUDGET_ADOPTED: { typical: 2019, spread: 3, trend: 0, noise: 0 },
};

const bigCities: Readonly<Record<string, number>> = {
  "0301": 610000,
  "4601": 271000,
  "5001": 182000,
  "1103": 128000,
  "4204": 85000,
  "5501": 72000,
};

function peerGroupOf(code: string, population: number): string {
  if (code.length === 2) return "fylke";
  if (bigCities[code] !== undefined) return "storby";
  return population >= 20000 ? "mellomstor" : "småkommune";
}

function rounded(value: number): number {
  const size = Math.abs(value);
  const factor = size >= 1000 ? 1 : size >= 10 ? 10 : 100;
  return Math.round(value * factor) / factor;
}

function seriesOf(
  indicator: DefaultIndicator,
  profile: Profile,
  population2009: number,
  random: () => number
): number[] {
  if (indicator.kind === "flag") {
    const adopted = Math.round(profile.typical + profile.spread * normal(random));
    return nationalYears.map((year) => (year >= adopted ? 1 : 0));
  }
  if (indicator.kind === "change") {
    const start = profile.typical + profile.spread * normal(random);
    return nationalYears.map((_, index) =>
      rounded(start + profile.trend * index + profile.noise * normal(random))
    );
  }
  const scale = profile.perInhabitant === true ? population2009 : 1;
  const start = scale * profile.typical * Math.exp(profile.spread * normal(random));
  const cap = indicator.kind === "share" ? 99 : Number.POSITIVE_INFINITY;
  const round = indicator.kind === "count" ? Math.round : rounded;
  return nationalYears.map((_, index) =>
    round(
      Math.min(cap, start * (1 + profile.trend) ** index * (1 + profile.noise * normal(random)))
    )
  );
}

/**
 * 357 kommuner + 15 fylker, each with every indicator that fits its level, for 16 years: about 155 000
 * observations (a few rows left out and a few values null, as real data has).
 */
export function nationalDataSet(seed = 2024): NationalDataSet {
  const random = seededRandom(seed);
  const kommunePopulations = new Map(
    kommuner.map((kommune) => [
      kommune.code,
      Math.round(bigCities[kommune.code] ?? Math.max(200, 5000 * Math.exp(1.1 * normal(random)))),
    ])
  );
  const fylkePopulation = (code: string) =>
    kommuner
      .filter((kommune) => kommune.code.startsWith(code))
      .reduce((sum, kommune) => sum + (kommunePopulations.get(kommune.code) ?? 0), 0);
  const units: Unit[] = [...kommuner, ...fylker].map((entry) => {
    const population = kommunePopulations.get(entry.code) ?? fylkePopulation(entry.code);
    return {
      code: entry.code,
      name: entry.name,
      level: entry.level,
      peerGroup: peerGroupOf(entry.code, population),
      denominators: { population },
    };
  });
  const observations: Observation[] = [];
  for (const unit of units) {
    const population = unit.denominators?.population ?? 1;
    for (const indicator of defaultIndicators) {
      if (!indicatorFitsLevel(indicator.level, unit.level)) continue;
      const profile = profiles[indicator.id];
      if (profile === undefined) continue;
      const values = seriesOf(indicator, profile, population, random);
      values.forEach((value, index) => {
        const draw = random();
        if (draw < 0.002) return;
        observations.push({
          unitCode: unit.code,
          year: nationalYears[index] ?? 0,
          indicatorId: indicator.id,
          value: draw < 0.003 ? null : value,
        });
      });
    }
  }
  return { framework: defaultFramework, units, observations };
}
