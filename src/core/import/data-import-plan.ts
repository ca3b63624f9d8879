// What importing observations into Data would write: new rows appended, blank values filled, values
// that differ listed as conflicts (replaced only when asked), the same values left alone.
import { cellReference } from "../cell-addresses";
import type { Issue } from "../model";
import { dataSheet } from "../template/schema";
import { isBlankCell, type CellValue, type SheetGrid } from "../validate/grid";
import { readObservations, type DataKey } from "../validate/read-observations";
import { readTable } from "../validate/read-tables";
import type { ImportedObservation } from "./imported-observation";

/** A Data sheet that cannot be imported into without changing what a user typed. */
export class DataImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataImportError";
  }
}

export interface DataImportOptions {
  /** Replace the existing values that differ (the command line's --replace). */
  readonly replace: boolean;
}

/** An existing value that the import would change. */
export interface DataConflict {
  readonly unit: string;
  readonly indicator: string;
  readonly year: number;
  readonly existing: number;
  /** The existing row's source (Kilde), if any. */
  readonly existingSource?: string;
  readonly incoming: ImportedObservation;
  /** The value's cell, as a person finds it: "Data!D17". */
  readonly address: string;
  readonly row: number;
}

/** One cell to write in an existing row (0-based in the grid), with its address. */
export interface DataCellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue | null;
  readonly address: string;
}

export interface DataImportPlan {
  readonly sheet: string;
  /** The header row in the grid (0-based); 0 when the sheet has none yet and `header` is written. */
  readonly headerRow: number;
  /** The whole header row to write, when the sheet has no header row yet. */
  readonly header?: readonly CellValue[];
  /** Headers to add to the header row for columns the sheet lacks (Kvalitet, Kilde). */
  readonly newColumns: readonly { readonly column: number; readonly header: string }[];
  /** The grid row (0-based) of the first appended row. */
  readonly appendAt: number;
  /** The rows to append, each in the sheet's column order (with its new columns), from column 0. */
  readonly appends: readonly (readonly (CellValue | null)[])[];
  /** Cells to write in existing rows: blank values filled, and conflicts when replacing. */
  readonly writes: readonly DataCellWrite[];
  readonly conflicts: readonly DataConflict[];
  /** How many conflicts the writes replace (all of them with `replace`, else none). */
  readonly replaced: number;
  /** Existing rows with a blank value that the import fills. */
  readonly filled: number;
  /** Incoming values already in Data as they are. */
  readonly unchanged: number;
  /** Incoming values missing at the source (appended as blank with their symbol when new). */
  readonly missingAtSource: readonly ImportedObservation[];
}

const keyOf = (unit: string, indicator: string, year: number) =>
  `${unit}\u0000${indicator}\u0000${year}`;

function sameValue(existing: number, incoming: number): boolean {
  return (
    Math.abs(existing - incoming) <= 1e-9 * Math.max(1, Math.abs(existing), Math.abs(incoming))
  );
}

/** The Data columns an import writes. */
const importedKeys = ["unit", "year", "indicator", "value", "quality", "source"] as const;

/** The import's cell of one observation in one Data column. */
function cellOf(
  observation: ImportedObservation,
  key: (typeof importedKeys)[number]
): CellValue | null {
  switch (key) {
    case "unit":
      return observation.unit;
    case "year":
      return observation.year;
    case "indicator":
      return observation.indicator;
    case "value":
      return observation.value;
    case "quality":
      return observation.missing ?? null;
    case "source":
      return observation.source;
  }
}

/**
 * Plans an import into Data, given the Data sheet's grid as the validator reads it. Rows are matched on
 * unit, indicator and year (the first of repeated rows). A value that differs is a conflict, written
 * only with `replace`; a missing value never replaces one that is there. Importing the same values
 * again plans nothing to write. The grid is not changed.
 */
export function planDataImport(
  dataGrid: SheetGrid,
  incoming: readonly ImportedObservation[],
  options: DataImportOptions
): DataImportPlan {
  const issues: Issue[] = [];
  const definition = { ...dataSheet, aliases: [...dataSheet.aliases, dataGrid.name] };
  const table = readTable([dataGrid], definition, issues);
  const sheet = dataGrid.name;
  if (
    table === undefined &&
    dataGrid.values.some((cells) => cells?.some((cell) => !isBlankCell(cell)))
  )
    throw new DataImportError(
      `The sheet "${sheet}" has cells but no header row (${dataSheet.columns.map((column) => column.header).join(", ")}); nothing is imported into it.`
    );
  const origin = dataGrid.origin ?? { row: 0, column: 0 };
  const address = (row: number, column: number) =>
    cellReference(sheet, origin.row + row, origin.column + column);

  const columns: Partial<Record<DataKey, number>> = { ...(table?.columns ?? {}) };
  const newColumns: { column: number; header: string }[] = [];
  let width = table === undefined ? 0 : (dataGrid.values[table.headerRow]?.length ?? 0);
  for (const column of dataSheet.columns)
    if (columns[column.key] === undefined) {
      columns[column.key] = width;
      if (table !== undefined) newColumns.push({ column: width, header: column.header });
      width++;
    }
  const header = table === undefined ? dataSheet.columns.map((column) => column.header) : undefined;

  const existing = new Map<string, number>();
  const { observations, observationRows } = readObservations(
    table,
    { units: undefined, indicators: undefined },
    issues
  );
  const importedIndicators = new Set(incoming.map((observation) => observation.indicator));
  observations.forEach((observation, index) => {
    if (!importedIndicators.has(observation.indicatorId)) return;
    const key = keyOf(observation.unitCode, observation.indicatorId, observation.year);
    if (!existing.has(key)) existing.set(key, index);
  });

  const appends: (CellValue | null)[][] = [];
  const writes: DataCellWrite[] = [];
  const conflicts: DataConflict[] = [];
  const missingAtSource: ImportedObservation[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  let filled = 0;
  const writeRow = (row: number, observation: ImportedObservation) => {
    for (const key of ["value", "quality", "source"] as const) {
      const column = columns[key] ?? 0;
      writes.push({ row, column, value: cellOf(observation, key), address: address(row, column) });
    }
  };
  for (const observation of incoming) {
    const key = keyOf(observation.unit, observation.indicator, observation.year);
    if (seen.has(key)) continue;
    seen.add(key);
    if (observation.value === null) missingAtSource.push(observation);
    const index = existing.get(key);
    if (index === undefined) {
      const row: (CellValue | null)[] = new Array<CellValue | null>(width).fill(null);
      for (const key of importedKeys) row[columns[key] ?? 0] = cellOf(observation, key);
      appends.push(row);
      continue;
    }
    const present = observations[index];
    const row = observationRows[index] ?? 0;
    if (present === undefined) continue;
    if (
      observation.value === null ||
      (present.value !== null && sameValue(present.value, observation.value))
    ) {
      unchanged++;
      continue;
    }
    if (present.value === null) {
      filled++;
      writeRow(row, observation);
      continue;
    }
    conflicts.push({
      unit: observation.unit,
      indicator: observation.indicator,
      year: observation.year,
      existing: present.value,
      ...(present.source === undefined ? {} : { existingSource: present.source }),
      incoming: observation,
      address: address(row, columns.value ?? 0),
      row,
    });
    if (options.replace) writeRow(row, observation);
  }
  const lastRow = table === undefined ? -1 : Math.max(table.headerRow, ...table.rows.slice(-1));
  return {
    sheet,
    headerRow: table?.headerRow ?? 0,
    ...(header === undefined ? {} : { header }),
    newColumns,
    appendAt: lastRow + 1 + (header === undefined ? 0 : 1),
    appends,
    writes,
    conflicts,
    replaced: options.replace ? conflicts.length : 0,
    filled,
    unchanged,
    missingAtSource,
  };
}
