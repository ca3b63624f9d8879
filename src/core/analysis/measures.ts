// Measures (tiltak): planned changes to an indicator's value for a unit and year.
import type { Observation } from "../model/observations";

/** What a measure does to the value: sets it, adds to it, or changes it by a percentage. */
export type MeasureEffect =
  | { readonly kind: "new-value"; readonly value: number }
  | { readonly kind: "absolute-change"; readonly change: number }
  | { readonly kind: "percent-change"; readonly percent: number };
export type MeasureEffectKind = MeasureEffect["kind"];

export interface Measure {
  readonly unitCode: string;
  readonly indicatorId: string;
  readonly year: number;
  readonly effect: MeasureEffect;
  readonly description?: string;
  readonly owner?: string;
  /** The Tiltak row it was read from (0-based in the grid), for issues and the profile. */
  readonly row?: number;
}

/** The words the Virkning column accepts (any case), bokmål first. */
export const measureEffectWords: Readonly<Record<string, MeasureEffectKind>> = {
  "ny verdi": "new-value",
  verdi: "new-value",
  "new value": "new-value",
  endring: "absolute-change",
  "absolutt endring": "absolute-change",
  "absolute change": "absolute-change",
  change: "absolute-change",
  prosentendring: "percent-change",
  "endring i prosent": "percent-change",
  prosent: "percent-change",
  "percent change": "percent-change",
  percent: "percent-change",
  "%": "percent-change",
};

/** The effect of a kind and an amount. */
export function effectOf(kind: MeasureEffectKind, amount: number): MeasureEffect {
  switch (kind) {
    case "new-value":
      return { kind, value: amount };
    case "absolute-change":
      return { kind, change: amount };
    case "percent-change":
      return { kind, percent: amount };
  }
}

/**
 * The value after the effect: the new value; `before + change`; `before · (1 + percent/100)`. A change
 * needs a value to change: undefined without one.
 */
export function valueAfter(
  effect: MeasureEffect,
  before: number | null | undefined
): number | undefined {
  switch (effect.kind) {
    case "new-value":
      return effect.value;
    case "absolute-change":
      return before === null || before === undefined ? undefined : before + effect.change;
    case "percent-change":
      return before === null || before === undefined
        ? undefined
        : before * (1 + effect.percent / 100);
  }
}

const keyOf = (unitCode: string, indicatorId: string, year: number) =>
  `${unitCode}\u0000${indicatorId}\u0000${year}`;

/**
 * The observations with the measures applied, in the order given (two measures on one value compound):
 * a new value replaces the value or adds the observation; a change applies to a present value and is
 * skipped where there is none. The input is not changed.
 */
export function applyMeasures(
  observations: readonly Observation[],
  measures: readonly Measure[]
): Observation[] {
  const result = [...observations];
  const positions = new Map<string, number>();
  result.forEach((observation, position) =>
    positions.set(keyOf(observation.unitCode, observation.indicatorId, observation.year), position)
  );
  for (const measure of measures) {
    const key = keyOf(measure.unitCode, measure.indicatorId, measure.year);
    const position = positions.get(key);
    const before = position === undefined ? undefined : result[position];
    const value = valueAfter(measure.effect, before?.value);
    if (value === undefined) continue;
    if (before !== undefined && position !== undefined) result[position] = { ...before, value };
    else {
      positions.set(key, result.length);
      result.push({
        unitCode: measure.unitCode,
        indicatorId: measure.indicatorId,
        year: measure.year,
        value,
      });
    }
  }
  return result;
}
