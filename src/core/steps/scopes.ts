import type { Dataset } from "../model/dataset";

/** A set of rows treated together: one year (or all years pooled), optionally one peer group. */
export interface Scope {
  readonly rows: Int32Array;
  /** Absent when years are pooled or the dataset has no time. */
  readonly year?: number;
  readonly peerGroup?: string;
}

export interface ScopeOptions {
  readonly pooled?: boolean;
  readonly byPeerGroup?: boolean;
}

/** One unit's rows ordered by year, with those years: what series methods walk along. */
export interface UnitSeries extends Scope {
  readonly years: Int32Array;
}

/** Units without a peer group form their own group under this label. */
export const noPeerGroup = "";

/** Splits the rows into scopes, keeping the row order within each. */
export function scopesOf(dataset: Dataset, options: ScopeOptions = {}): Scope[] {
  const byYear = dataset.hasTime && options.pooled !== true;
  const byPeerGroup = options.byPeerGroup === true;
  const rowCount = dataset.rowUnit.length;
  if (!byPeerGroup) {
    // The common case, kept cheap: one scope per year (or one in all), keyed by number.
    const byYearRows = new Map<number, number[]>();
    for (let row = 0; row < rowCount; row++) {
      const year = byYear ? (dataset.rowYear[row] as number) : 0;
      const rows = byYearRows.get(year);
      if (rows === undefined) byYearRows.set(year, [row]);
      else rows.push(row);
    }
    return [...byYearRows].map(([year, rows]) =>
      byYear ? { rows: Int32Array.from(rows), year } : { rows: Int32Array.from(rows) }
    );
  }
  const groups = new Map<string, { rows: number[]; year?: number; peerGroup?: string }>();
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const year = byYear ? (dataset.rowYear[row] as number) : undefined;
    const peerGroup = byPeerGroup
      ? (dataset.units[dataset.rowUnit[row] as number]?.peerGroup ?? noPeerGroup)
      : undefined;
    const key = `${year ?? ""}\u0000${peerGroup ?? ""}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { rows: [] };
      if (year !== undefined) group.year = year;
      if (peerGroup !== undefined) group.peerGroup = peerGroup;
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()].map((group) => ({ ...group, rows: Int32Array.from(group.rows) }));
}

/** The rows grouped by unit, each unit's rows ordered by year. */
export function unitSeriesOf(dataset: Dataset): UnitSeries[] {
  const yearOf = (row: number) => dataset.rowYear[row] as number;
  const byUnit = new Map<number, number[]>();
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const unit = dataset.rowUnit[row] as number;
    const rows = byUnit.get(unit);
    if (rows === undefined) byUnit.set(unit, [row]);
    else rows.push(row);
  }
  return [...byUnit.values()].map((unitRows) => {
    const rows = Int32Array.from(unitRows.sort((a, b) => yearOf(a) - yearOf(b)));
    return { rows, years: Int32Array.from(rows, yearOf) };
  });
}

/** The values of a column at the scope's rows. */
export function gather(column: Float64Array, rows: Int32Array): Float64Array {
  const values = new Float64Array(rows.length);
  for (let index = 0; index < rows.length; index++)
    values[index] = column[rows[index] as number] as number;
  return values;
}

/** Writes values back to the scope's rows of a column. */
export function scatter(target: Float64Array, rows: Int32Array, values: ArrayLike<number>): void {
  for (let index = 0; index < rows.length; index++)
    target[rows[index] as number] = values[index] as number;
}

/**
 * A new column from `compute` run on each scope's values (it must return fresh values, one per row given);
 * rows in no scope are missing. One scope holding every row in order gets the column itself, no gathering.
 */
export function mapScopes<Part extends Scope>(
  column: Float64Array,
  scopes: readonly Part[],
  compute: (values: Float64Array, scope: Part) => Float64Array
): Float64Array {
  const only = scopes[0];
  if (scopes.length === 1 && only !== undefined && coversAllRowsInOrder(only, column.length))
    return compute(column, only);
  const result = new Float64Array(column.length).fill(Number.NaN);
  for (const scope of scopes)
    scatter(result, scope.rows, compute(gather(column, scope.rows), scope));
  return result;
}

/** True when one scope holds every row in order (the column can be used as is). */
function coversAllRowsInOrder(scope: Scope, rowCount: number): boolean {
  if (scope.rows.length !== rowCount) return false;
  for (let index = 0; index < rowCount; index++) if (scope.rows[index] !== index) return false;
  return true;
}
