// The ASEM example and COINr's expected tables in the engine's terms.
import { datasetFromCoinrData } from "../../../src/core/data/coinr-data";
import { frameworkFromCoinrMeta } from "../../../src/core/data/coinr-meta";
import type { Dataset } from "../../../src/core/model/dataset";
import type { Framework } from "../../../src/core/model/framework";
import type { CsvTable } from "../../../src/node/csv";
import { coinrFixture } from "../../support/coinr-csv";

export function asemFramework(): {
  framework: Framework;
  groupColumns: readonly string[];
  denominatorColumns: readonly string[];
} {
  return frameworkFromCoinrMeta(coinrFixture("ASEM_iMeta.csv")).value;
}

export function asemDataset(file = "ASEM_iData.csv"): Dataset {
  const meta = asemFramework();
  return datasetFromCoinrData(coinrFixture(file), meta.framework, meta).value;
}

/** The expected table as a map uCode -> column -> number (NaN for an empty cell). */
export function expectedByUnit(table: CsvTable): Map<string, Map<string, number>> {
  const byUnit = new Map<string, Map<string, number>>();
  for (const row of table.rows) {
    const values = new Map<string, number>();
    table.header.forEach((column, index) => {
      if (index === 0) return;
      const cell = row[index] ?? "";
      values.set(column, cell === "" ? Number.NaN : Number(cell));
    });
    byUnit.set(row[0] ?? "", values);
  }
  return byUnit;
}

export interface Mismatch {
  readonly unitCode: string;
  readonly column: string;
  readonly expected: number;
  readonly actual: number | null;
}

/**
 * Every cell of `expected` (joined on uCode) against `actual(unitCode, column)`: equal missingness, and
 * present values within `relative` tolerance (or `absolute`, for files COINr rounded). Returns the cells
 * that differ and how many were compared.
 */
export function compareWithOracle(
  expected: CsvTable,
  actual: (unitCode: string, column: string) => number | null,
  tolerance: { relative?: number; absolute?: number } = { relative: 1e-9 }
): { mismatches: Mismatch[]; compared: number } {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (const [unitCode, columns] of expectedByUnit(expected)) {
    for (const [column, value] of columns) {
      const got = actual(unitCode, column);
      compared++;
      if (Number.isNaN(value)) {
        if (got !== null) mismatches.push({ unitCode, column, expected: value, actual: got });
        continue;
      }
      const allowed = tolerance.absolute ?? (tolerance.relative ?? 1e-9) * Math.abs(value);
      if (got === null || !(Math.abs(got - value) <= allowed))
        mismatches.push({ unitCode, column, expected: value, actual: got });
    }
  }
  return { mismatches, compared };
}

/** Reads a dataset cell by unit code and column id, `null` when missing or absent. */
export function cellReader(dataset: Dataset): (unitCode: string, column: string) => number | null {
  const rowOfUnit = new Map<string, number>();
  for (let row = 0; row < dataset.rowUnit.length; row++)
    rowOfUnit.set(dataset.units[dataset.rowUnit[row] as number]?.code ?? "", row);
  return (unitCode, column) => {
    const row = rowOfUnit.get(unitCode);
    const values = dataset.columns[dataset.columnIds.indexOf(column)];
    if (row === undefined || values === undefined) return null;
    const value = values[row] as number;
    return Number.isNaN(value) ? null : value;
  };
}
