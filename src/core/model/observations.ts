/** Data quality, 1 = measured ... 6 = unknown. */
export type Quality = 1 | 2 | 3 | 4 | 5 | 6;

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
