import type { Unit } from "./units";

/**
 * The dense form the engine computes on: one row per unit and year, one Float64Array per column.
 *
 * Inside a dataset NaN is the missing marker (a blank cell, a value a step could not compute). It never
 * leaves the engine as a number: the public results (src/core/pipeline/results.ts) turn it into
 * `null`, with the reason kept beside it where a step knows one.
 */
export interface Dataset {
  /** The unit register the rows point into (screening removes rows, never units). */
  readonly units: readonly Unit[];
  /** Per row: the index of its unit in `units`. */
  readonly rowUnit: Int32Array;
  /** Per row: its year (0 for every row when `hasTime` is false). */
  readonly rowYear: Int32Array;
  /** False for a single cross-section without a year (COINr's iData without `Time`). */
  readonly hasTime: boolean;
  /** Column ids: indicator ids, then (after aggregation) aggregate ids. */
  readonly columnIds: readonly string[];
  /** One array per column, each `rowUnit.length` long; NaN = missing. */
  readonly columns: readonly Float64Array[];
  /** Denominator columns by name (population, area, ...), one value per row; NaN = missing. */
  readonly denominators: Readonly<Record<string, Float64Array>>;
}

/** A dataset's size was inconsistent: a programming error, never a data problem. */
export class DatasetShapeError extends Error {
  override readonly name = "DatasetShapeError";
}

/** A column was asked for that the dataset does not have. */
export class UnknownColumnError extends Error {
  override readonly name = "UnknownColumnError";
  constructor(readonly columnId: string) {
    super(`the dataset has no column "${columnId}"`);
  }
}

export function rowCount(dataset: Dataset): number {
  return dataset.rowUnit.length;
}

/** Checks that every column and denominator has one value per row; throws DatasetShapeError if not. */
export function assertDatasetShape(dataset: Dataset): void {
  const rows = dataset.rowUnit.length;
  if (dataset.rowYear.length !== rows)
    throw new DatasetShapeError(`rowYear has ${dataset.rowYear.length} entries for ${rows} rows`);
  if (dataset.columns.length !== dataset.columnIds.length)
    throw new DatasetShapeError(
      `${dataset.columns.length} columns for ${dataset.columnIds.length} column ids`
    );
  dataset.columns.forEach((column, index) => {
    if (column.length !== rows)
      throw new DatasetShapeError(
        `column "${dataset.columnIds[index]}" has ${column.length} values for ${rows} rows`
      );
  });
  for (const [name, column] of Object.entries(dataset.denominators)) {
    if (column.length !== rows)
      throw new DatasetShapeError(
        `denominator "${name}" has ${column.length} values for ${rows} rows`
      );
  }
  for (let row = 0; row < rows; row++) {
    const unitIndex = dataset.rowUnit[row] as number;
    if (unitIndex < 0 || unitIndex >= dataset.units.length)
      throw new DatasetShapeError(
        `row ${row} points at unit ${unitIndex} of ${dataset.units.length}`
      );
  }
}

export function columnIndexOf(dataset: Dataset, columnId: string): number {
  return dataset.columnIds.indexOf(columnId);
}

/** The column with that id; throws UnknownColumnError if there is none. */
export function columnOf(dataset: Dataset, columnId: string): Float64Array {
  const column = dataset.columns[columnIndexOf(dataset, columnId)];
  if (column === undefined) throw new UnknownColumnError(columnId);
  return column;
}

/** A dataset restricted to some rows (in the given order), columns and denominators copied. */
export function selectRows(dataset: Dataset, rows: Int32Array): Dataset {
  const pick = (column: Float64Array) => {
    const picked = new Float64Array(rows.length);
    for (let index = 0; index < rows.length; index++)
      picked[index] = column[rows[index] as number] as number;
    return picked;
  };
  const rowUnit = new Int32Array(rows.length);
  const rowYear = new Int32Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    rowUnit[index] = dataset.rowUnit[rows[index] as number] as number;
    rowYear[index] = dataset.rowYear[rows[index] as number] as number;
  }
  const denominators: Record<string, Float64Array> = {};
  for (const [name, column] of Object.entries(dataset.denominators))
    denominators[name] = pick(column);
  return {
    units: dataset.units,
    rowUnit,
    rowYear,
    hasTime: dataset.hasTime,
    columnIds: dataset.columnIds,
    columns: dataset.columns.map(pick),
    denominators,
  };
}

/** The distinct years of the rows, ascending. */
export function yearsOf(dataset: Dataset): number[] {
  return [...new Set(dataset.rowYear)].sort((a, b) => a - b);
}
