// The scale the outlier and jump checks judge a value on, chosen by what the indicator measures: counts,
// rates and shares are positive and skewed, so that on their own scale every large kommune would stand
// out; on a logarithmic one a value stands out only when it is many times its peers'.
import type { Language } from "../language";
import type { ValueKind } from "../template";

/**
 * log-count: log(1 + n) for counts, which keeps 0; logarithm: rates and shares, whose spread grows with
 * their size (0 or less is not judged); level: the value as written (changes, and what has no kind).
 */
export type JudgedScale = "log-count" | "logarithm" | "level";

/** The scale for an indicator's kind; flags (0 or 1) are not judged. */
export function judgedScaleOf(kind: ValueKind): JudgedScale | undefined {
  switch (kind) {
    case "count":
      return "log-count";
    case "rate":
    case "share":
      return "logarithm";
    case "change":
    case "unbounded":
      return "level";
    case "flag":
      return undefined;
  }
}

/**
 * The value on the scale, or undefined where the scale has no place for it: a negative count, a rate
 * or share of 0 or less (the range check reports the negative ones).
 */
export function onScale(scale: JudgedScale, value: number): number | undefined {
  switch (scale) {
    case "log-count":
      return value >= 0 ? Math.log1p(value) : undefined;
    case "logarithm":
      return value > 0 ? Math.log(value) : undefined;
    case "level":
      return value;
  }
}

/**
 * The variance a count has on its scale by chance alone (Poisson: n / (1 + n)² on log(1 + n)), so that
 * 1 certified firm becoming 2 is not judged like 1,000 becoming 2,000. 0 on the other scales.
 */
export function countingVariance(scale: JudgedScale, value: number): number {
  return scale === "log-count" && value > 0 ? value / (1 + value) ** 2 : 0;
}

/** The scale as the messages name it. */
export const scaleNames: Readonly<Record<JudgedScale, Readonly<Record<Language, string>>>> = {
  "log-count": {
    nb: "logaritmisk skala, log(1 + antall), med rom for tilfeldig variasjon i små tall",
    en: "a logarithmic scale, log(1 + count), allowing for chance variation in small counts",
  },
  logarithm: { nb: "logaritmisk skala", en: "a logarithmic scale" },
  level: { nb: "verdiens egen skala", en: "the value's own scale" },
};
