/** How an observation was obtained, 1 = measured ... 6 = unknown. */
export type QualityGrade = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * SSB's symbols for why a value is missing: ".." not available, ":" confidential, "." not
 * applicable, "..." not yet available. ("-", nothing to report, is the value 0.)
 */
export const missingSymbols = ["..", ":", ".", "..."] as const;
export type MissingSymbol = (typeof missingSymbols)[number];

export function isMissingSymbol(text: unknown): text is MissingSymbol {
  return (missingSymbols as readonly unknown[]).includes(text);
}

/** Data's Kvalitet: a grade for a value, or beside a missing value SSB's symbol for why it is missing. */
export type Quality = QualityGrade | MissingSymbol;

/** One value of one indicator for one unit and year (the template's long format). */
export interface Observation {
  readonly unitCode: string;
  readonly year: number;
  readonly indicatorId: string;
  /** null: missing (blank, or one of SSB's missing-value symbols). */
  readonly value: number | null;
  readonly quality?: Quality;
  readonly source?: string;
  readonly comment?: string;
}
