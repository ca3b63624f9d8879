/** A table and one of its contents (SSB's ContentsCode): "07459" and "Personer1". */
export interface SsbTableContents {
  /** The table number, five digits with their leading zero: "07459". */
  readonly table: string;
  readonly contents: string;
}

/** A dimension of an SSB table held at fixed codes: `Kjonn=2` or `Alder=020-066`. */
export interface SsbSelection {
  readonly dimension: string;
  readonly codes: readonly string[];
}

/**
 * How an indicator is built from SSB's statistics bank: one contents of one table, the table's other
 * dimensions held at fixed codes, optionally divided by a denominator from another (or the same)
 * table, times a scale (1 000 for per 1 000 inhabitants, 100 for percent).
 */
export interface SsbSource extends SsbTableContents {
  readonly selections: readonly SsbSelection[];
  readonly denominator?: SsbTableContents;
  /** Default 1. */
  readonly scale: number;
}
