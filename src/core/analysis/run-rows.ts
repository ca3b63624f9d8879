// Finding a unit's row and a year's rows in a run's stages.
import type { Dataset } from "../model/dataset";
import type { PipelineResult } from "../model/pipeline-result";
import type { StageName } from "../model/methods";

/** The stage the run started from (its input as loaded: the raw values the user typed). */
export function startStageOf(result: PipelineResult): Dataset | undefined {
  const start: StageName = result.settings.start ?? "raw";
  return result.stages[start];
}

/** The latest year of the dataset's rows (0 for a cross-section without years). */
export function latestYearOf(dataset: Dataset): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const year of dataset.rowYear) if (year > latest) latest = year;
  return Number.isFinite(latest) ? latest : 0;
}

/** The year analysed: the one asked for, else the latest year of the aggregated stage. */
export function analysedYear(result: PipelineResult, year: number | undefined): number {
  const final = result.stages.aggregated;
  if (year !== undefined) return final?.hasTime === false ? 0 : year;
  return final === undefined ? 0 : latestYearOf(final);
}

/** The row of a unit in a year, or undefined when the stage has none (unknown or screened out). */
export function rowOfUnit(dataset: Dataset, unitCode: string, year: number): number | undefined {
  for (let row = 0; row < dataset.rowUnit.length; row++)
    if (
      dataset.rowYear[row] === year &&
      dataset.units[dataset.rowUnit[row] as number]?.code === unitCode
    )
      return row;
  return undefined;
}

/** The rows of one year, in order. */
export function rowsOfYear(dataset: Dataset, year: number): Int32Array {
  const rows: number[] = [];
  for (let row = 0; row < dataset.rowUnit.length; row++)
    if (dataset.rowYear[row] === year) rows.push(row);
  return Int32Array.from(rows);
}

/** The unit code of a row. */
export function unitCodeOfRow(dataset: Dataset, row: number): string {
  return dataset.units[dataset.rowUnit[row] as number]?.code ?? "";
}

/** The column with that id, or undefined. */
export function columnById(dataset: Dataset, id: string): Float64Array | undefined {
  return dataset.columns[dataset.columnIds.indexOf(id)];
}
