// Finding a unit's row and a year's rows in a run's stages, and the run's aggregation tree: each built
// once per dataset or framework, since every indicator of every unit looks them up.
import type { Dataset } from "../model/dataset";
import type { Framework } from "../model/framework";
import { aggregationTree, type AggregationTree } from "../steps/aggregate/tree";
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

/** Each dataset's rows by unit code and year, and its rows by year: built once per dataset. */
const rowIndexes = new WeakMap<
  Dataset,
  { readonly byUnitYear: Map<string, number>; readonly byYear: Map<number, Int32Array> }
>();

function rowIndexOf(dataset: Dataset) {
  let index = rowIndexes.get(dataset);
  if (index === undefined) {
    const byUnitYear = new Map<string, number>();
    const yearRows = new Map<number, number[]>();
    for (let row = 0; row < dataset.rowUnit.length; row++) {
      const year = dataset.rowYear[row] as number;
      byUnitYear.set(`${unitCodeOfRow(dataset, row)}\u0000${year}`, row);
      const rows = yearRows.get(year);
      if (rows === undefined) yearRows.set(year, [row]);
      else rows.push(row);
    }
    const byYear = new Map([...yearRows].map(([year, rows]) => [year, Int32Array.from(rows)]));
    index = { byUnitYear, byYear };
    rowIndexes.set(dataset, index);
  }
  return index;
}

/** The row of a unit in a year, or undefined when the stage has none (unknown or screened out). */
export function rowOfUnit(dataset: Dataset, unitCode: string, year: number): number | undefined {
  return rowIndexOf(dataset).byUnitYear.get(`${unitCode}\u0000${year}`);
}

/** The rows of one year, in order (shared: not to be changed). */
export function rowsOfYear(dataset: Dataset, year: number): Int32Array {
  return rowIndexOf(dataset).byYear.get(year) ?? new Int32Array(0);
}

/** The unit code of a row. */
export function unitCodeOfRow(dataset: Dataset, row: number): string {
  return dataset.units[dataset.rowUnit[row] as number]?.code ?? "";
}

/** The column with that id, or undefined. */
export function columnById(dataset: Dataset, id: string): Float64Array | undefined {
  return dataset.columns[dataset.columnIds.indexOf(id)];
}

const trees = new WeakMap<Framework, AggregationTree>();

/** The framework's aggregation tree (checked and ordered as the aggregate step uses it). */
export function treeOf(framework: Framework): AggregationTree {
  let tree = trees.get(framework);
  if (tree === undefined) {
    tree = aggregationTree(framework).tree;
    trees.set(framework, tree);
  }
  return tree;
}
