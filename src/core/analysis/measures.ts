// Measures (tiltak): planned changes to an indicator's value for a unit and year.

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
