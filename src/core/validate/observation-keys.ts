/** Small whole numbers for the strings seen so far, so that keys can be numbers instead of text. */
export class StringIndex {
  private readonly indexes = new Map<string, number>();

  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
    }
    return index;
  }

  get size(): number {
    return this.indexes.size;
  }

  /** The strings in the order of their indexes. */
  strings(): string[] {
    return [...this.indexes.keys()];
  }
}

/** The years the validator accepts, each of which a key has room for. */
export const earliestYear = 1950;
export const latestYear = 2100;
const yearSpan = latestYear - earliestYear + 1;

/**
 * One number per unit, indicator and year, given how many indicators there can be at most. Small
 * enough to stay a small integer (fast as a Map key) for national data sets.
 */
export function observationKey(
  unitIndex: number,
  indicatorIndex: number,
  year: number,
  indicatorBound: number
): number {
  return (unitIndex * indicatorBound + indicatorIndex) * yearSpan + (year - earliestYear);
}

/** How many keys seriesKey can give. */
export function seriesKeySpace(unitBound: number, indicatorBound: number): number {
  return unitBound * indicatorBound;
}

/** One number per unit and indicator: a series over the years. */
export function seriesKey(
  unitIndex: number,
  indicatorIndex: number,
  indicatorBound: number
): number {
  return unitIndex * indicatorBound + indicatorIndex;
}

/** Each observation's unit and indicator as indexes into `unitCodes` and `indicatorIds`. */
export interface ObservationNumbering {
  readonly units: readonly number[];
  readonly indicators: readonly number[];
  readonly unitCodes: readonly string[];
  readonly indicatorIds: readonly string[];
}

/** Up to this many possible keys, indexes are kept in a flat array (4 bytes a key) instead of a Map. */
const denseKeyLimit = 1 << 22;

/** A whole number (0 or more) per key, such as a row: a flat array for a small key space, else a Map. */
export class IndexByKey {
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  constructor(keySpace: number) {
    this.dense = keySpace <= denseKeyLimit ? new Int32Array(keySpace) : undefined;
  }

  get(key: number): number | undefined {
    if (this.dense === undefined) return this.sparse.get(key);
    const stored = this.dense[key] ?? 0;
    return stored === 0 ? undefined : stored - 1;
  }

  set(key: number, index: number): void {
    if (this.dense === undefined) this.sparse.set(key, index);
    else this.dense[key] = index + 1;
  }
}

/** How many keys observationKey can give for this many units and indicators. */
export function observationKeySpace(unitBound: number, indicatorBound: number): number {
  return unitBound * indicatorBound * yearSpan;
}
