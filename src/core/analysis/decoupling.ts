// Tapio's decoupling elasticity and his eight degrees of decoupling (Tapio 2005, "Towards a theory of
// decoupling", Transport Policy 12(2), 137-151, Figure 2 and its table). The paper's table gives the
// elasticity ranges as open intervals (e < 0, 0 < e < 0.8, 0.8 < e < 1.2, e > 1.2); where its boundaries
// fall is decided here and in docs/method.md ("Decoupling").
import type { Bilingual } from "../language";
import { failure, ok, type Result } from "../model/issue";
import {
  reportDecouplingIssue,
  type DecouplingIssueCode,
  type DecouplingValueName,
} from "./decoupling-issues";

/** Tapio's degrees, as language-neutral codes (the order of the paper's figure, decoupling first). */
export const decouplingDegreeCodes = [
  "strong_decoupling",
  "weak_decoupling",
  "expansive_coupling",
  "expansive_negative_decoupling",
  "strong_negative_decoupling",
  "weak_negative_decoupling",
  "recessive_coupling",
  "recessive_decoupling",
] as const;

export type DecouplingDegree = (typeof decouplingDegreeCodes)[number];

export const decouplingDegreeNames: Readonly<Record<DecouplingDegree, Bilingual>> = {
  strong_decoupling: { nb: "sterk frikobling", en: "strong decoupling" },
  weak_decoupling: { nb: "svak frikobling", en: "weak decoupling" },
  expansive_coupling: { nb: "ekspansiv kobling", en: "expansive coupling" },
  expansive_negative_decoupling: {
    nb: "ekspansiv negativ frikobling",
    en: "expansive negative decoupling",
  },
  strong_negative_decoupling: { nb: "sterk negativ frikobling", en: "strong negative decoupling" },
  weak_negative_decoupling: { nb: "svak negativ frikobling", en: "weak negative decoupling" },
  recessive_coupling: { nb: "resessiv kobling", en: "recessive coupling" },
  recessive_decoupling: { nb: "resessiv frikobling", en: "recessive decoupling" },
};

/** Tapio's thresholds: within ±20 % of an elasticity of 1 is still coupling. */
export const couplingBounds = { lower: 0.8, upper: 1.2 } as const;

// An elasticity within this relative distance of a threshold counts as on it, so that 0.8 computed from
// decimal inputs (1.08 against 1.1) is not pushed across the boundary by binary rounding.
const boundaryTolerance = 1e-12;

const atMost = (value: number, bound: number) => value <= bound * (1 + boundaryTolerance);
const below = (value: number, bound: number) => value < bound * (1 - boundaryTolerance);

/**
 * The degree of a change. The driver's change must not be 0. With the driver growing, e ≤ 0 (pressure
 * falling or unchanged) is strong decoupling, 0 < e < 0.8 weak decoupling, 0.8 ≤ e ≤ 1.2 expansive
 * coupling, e > 1.2 expansive negative decoupling; with the driver shrinking, e ≤ 0 (pressure growing or
 * unchanged) is strong negative decoupling, 0 < e < 0.8 weak negative decoupling, 0.8 ≤ e ≤ 1.2
 * recessive coupling, e > 1.2 recessive decoupling.
 */
export function decouplingDegreeOf(elasticity: number, driverChange: number): DecouplingDegree {
  const growing = driverChange > 0;
  if (elasticity <= 0) return growing ? "strong_decoupling" : "strong_negative_decoupling";
  if (below(elasticity, couplingBounds.lower))
    return growing ? "weak_decoupling" : "weak_negative_decoupling";
  if (atMost(elasticity, couplingBounds.upper))
    return growing ? "expansive_coupling" : "recessive_coupling";
  return growing ? "expansive_negative_decoupling" : "recessive_decoupling";
}

/** The pressure (emissions) and the driver (activity) at the start and the end of a period. */
export interface DecouplingInput {
  readonly pressureStart: number | null | undefined;
  readonly pressureEnd: number | null | undefined;
  readonly driverStart: number | null | undefined;
  readonly driverEnd: number | null | undefined;
}

export interface Decoupling {
  /** (pressure end − pressure start) / pressure start: 0.05 is 5 %. */
  readonly pressureChange: number;
  /** (driver end − driver start) / driver start. */
  readonly driverChange: number;
  /** pressureChange / driverChange. */
  readonly elasticity: number;
  readonly degree: DecouplingDegree;
}

export type DecouplingResult = Result<Decoupling, DecouplingIssueCode>;

const isPresent = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** The first value that cannot take part, as the reason there is no decoupling. */
function unusableValue(input: DecouplingInput): DecouplingResult | undefined {
  const names: readonly DecouplingValueName[] = [
    "pressureStart",
    "pressureEnd",
    "driverStart",
    "driverEnd",
  ];
  for (const name of names) {
    const value = input[name];
    if (!isPresent(value))
      return failure(reportDecouplingIssue("decoupling_value_missing", { name }));
    if (name.endsWith("Start") && !(value > 0))
      return failure(reportDecouplingIssue("decoupling_start_not_positive", { name, value }));
    if (value < 0)
      return failure(reportDecouplingIssue("decoupling_end_negative", { name, value }));
  }
  return undefined;
}

/**
 * Tapio's elasticity e = (ΔP/P₀)/(ΔD/D₀) and its degree. Reasons: a missing value, a start value of 0 or
 * less, a negative end value, an unchanged driver. e is computed as (ΔP·D₀)/(ΔD·P₀), one rounding for
 * whole-number inputs, so that an elasticity of exactly 0.8 or 1.2 is exactly that.
 */
export function decoupling(input: DecouplingInput): DecouplingResult {
  const unusable = unusableValue(input);
  if (unusable !== undefined) return unusable;
  const { pressureStart, pressureEnd, driverStart, driverEnd } = input as {
    readonly [Name in keyof DecouplingInput]: number;
  };
  const pressureDifference = pressureEnd - pressureStart;
  const driverDifference = driverEnd - driverStart;
  if (driverDifference === 0)
    return failure(reportDecouplingIssue("decoupling_driver_unchanged", { value: driverStart }));
  // + 0 turns the −0 of an unchanged pressure over a shrinking driver into 0
  const elasticity = (pressureDifference * driverStart) / (driverDifference * pressureStart) + 0;
  return ok({
    pressureChange: pressureDifference / pressureStart,
    driverChange: driverDifference / driverStart,
    elasticity,
    degree: decouplingDegreeOf(elasticity, driverDifference),
  });
}
