/** What an indicator's values measure, which fixes the range they can plausibly take. */
export type ValueKind = "share" | "count" | "rate" | "change" | "flag" | "unbounded";

export interface PlausibleRange {
  readonly minimum?: number;
  readonly maximum?: number;
}

const ranges: Readonly<Record<ValueKind, PlausibleRange>> = {
  share: { minimum: 0, maximum: 100 },
  count: { minimum: 0 },
  rate: { minimum: 0 },
  change: { minimum: -100 },
  flag: { minimum: 0, maximum: 1 },
  unbounded: {},
};

export function plausibleRangeOf(kind: ValueKind): PlausibleRange {
  return ranges[kind];
}

/**
 * The kind of a measure as users write it in the `Enhet` column: "%" and "% av ..." are shares,
 * "% per år" and changes are changes, "antall"/"personer" counts, "ja/nei" flags, "... per ..." and
 * "x/y" rates. Anything else is unbounded.
 */
export function valueKindOfMeasure(measure: string | undefined): ValueKind {
  const text = (measure ?? "").trim().toLowerCase();
  if (text === "") return "unbounded";
  if (/endring|change|per år|per year|vekst|growth/.test(text)) return "change";
  if (/^%|^prosent|^percent|andel|share/.test(text)) return "share";
  if (/ja\/nei|yes\/no|\(1\/0\)/.test(text)) return "flag";
  if (/^(antall|personer|number|count)\b/.test(text)) return "count";
  if (/\bper\b|\//.test(text) || /^(t |tonn|kwh|kr\b|1 000 kr)/.test(text)) return "rate";
  return "unbounded";
}

/** Indicators of these kinds move smoothly from year to year; a big jump is suspicious. */
export function isLevelKind(kind: ValueKind): boolean {
  return kind === "share" || kind === "count" || kind === "rate";
}
