// Importing from SSB in the pane: read the open workbook, fetch the indicators' tables from PxWebApi 2
// (or read saved response files), plan the Data and Enheter rows, then write what the user chose.
import {
  planDataImport,
  readJsonStat,
  type DataConflict,
  type DataImportPlan,
  type ImportedObservation,
  type JsonStatDataset,
} from "../../core/import";
import { fetchPxWebQueries, PxWebCancelledError, PxWebError } from "../../core/import/pxweb-client";
import {
  hasSsbSource,
  observationsOfScope,
  planUnitAppends,
  ssbImportQueries,
  tableOfResponse,
  unitsMissingFrom,
  type SsbImportScope,
  type UnitAppendPlan,
} from "../../core/import/ssb-import-scope";
import { dataSheet, fylker, kommuner, namesOf, unitsSheet } from "../../core/template";
import type { Unit } from "../../core/model";
import type { SheetGrid, WorkbookGrids } from "../../core/validate";
import { ReadCancelledError, validateOpenWorkbook, type ExcelHost } from "../../excel";
import { writeImportIntoWorkbook, type CellReplacement } from "../../excel/import-into-data";
import type { TaskControl } from "./workbook-actions";

export interface SsbImportChoices {
  /** Indicator ids; empty for every indicator with an SSB source. */
  readonly indicators: readonly string[];
  readonly years: readonly number[];
  /** "workbook" (Enheter), "all" (the register) or unit codes. */
  readonly units: "workbook" | "all" | readonly string[];
  readonly apiUrl: string;
  /** Saved responses (JSON-stat files) to read instead of asking SSB. */
  readonly savedResponses?: readonly { readonly name: string; readonly text: string }[];
}

export interface PreparedImport {
  readonly plan: DataImportPlan;
  readonly dataOrigin: number;
  /** Data's unit column, formatted as text so that "0301" keeps its zero. */
  readonly unitColumn: number;
  readonly unitPlan: UnitAppendPlan | undefined;
  readonly unitsFirstRow: number;
  readonly failures: readonly string[];
}

export interface ImportResult {
  readonly added: number;
  readonly unchanged: number;
  readonly inConflict: number;
  readonly replaced: number;
  readonly missingAtSource: number;
  readonly unitsAdded: number;
}

/** SSB could not be reached from the pane: no network, or the browser refused the cross-origin answer. */
export class SsbUnreachableError extends Error {
  static readonly code = "SsbUnreachable";
  readonly code = SsbUnreachableError.code;
  constructor(readonly detail: string) {
    super(`SSB's API could not be reached from the pane (${detail}).`);
    this.name = "SsbUnreachableError";
  }
}

function gridNamed(grids: WorkbookGrids, names: readonly string[]): SheetGrid | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  return grids.find((grid) => wanted.includes(grid.name.toLowerCase()));
}

function lastFilledRow(grid: SheetGrid): number {
  for (let row = grid.values.length - 1; row >= 0; row--)
    if (grid.values[row]?.some((cell) => cell !== null && cell !== undefined && cell !== ""))
      return row;
  return -1;
}

function savedDatasets(
  files: readonly { name: string; text: string }[]
): Map<string, JsonStatDataset[]> {
  const byTable = new Map<string, JsonStatDataset[]>();
  for (const file of files) {
    const dataset = readJsonStat(JSON.parse(file.text));
    const table = tableOfResponse(file.name, dataset);
    if (table === undefined)
      throw new Error(`${file.name}: neither its name nor its label starts with a table number`);
    byTable.set(table, [...(byTable.get(table) ?? []), dataset]);
  }
  return byTable;
}

/** Reads the workbook, fetches (or reads) the responses and plans the import; writes nothing. */
export async function prepareSsbImport(
  host: ExcelHost,
  choices: SsbImportChoices,
  control: TaskControl
): Promise<PreparedImport> {
  const { validation, reading } = await validateOpenWorkbook(host, control);
  const content = validation.content;
  const withSource = content.framework.indicators.filter(hasSsbSource);
  const indicators =
    choices.indicators.length === 0
      ? withSource
      : withSource.filter((indicator) => choices.indicators.includes(indicator.id));
  const units =
    choices.units === "workbook"
      ? content.units.map((unit) => unit.code)
      : choices.units === "all"
        ? [...kommuner, ...fylker].map((entry) => entry.code)
        : choices.units;
  const scope: SsbImportScope = { indicators, units, years: choices.years };
  let byTable: Map<string, JsonStatDataset[]>;
  if (choices.savedResponses !== undefined) byTable = savedDatasets(choices.savedResponses);
  else {
    const queries = ssbImportQueries(scope);
    try {
      const responses = await fetchPxWebQueries(queries, {
        fetch: (url, init) => fetch(url, init),
        signal: control.signal,
        baseUrl: choices.apiUrl,
        onProgress: ({ done, total }) => control.onProgress({ chunksRead: done, chunks: total }),
      });
      byTable = new Map();
      for (const response of responses)
        byTable.set(response.query.table, [
          ...(byTable.get(response.query.table) ?? []),
          readJsonStat(response.document),
        ]);
    } catch (error) {
      if (error instanceof PxWebCancelledError) throw new ReadCancelledError();
      if (error instanceof PxWebError && error.failure === "network")
        throw new SsbUnreachableError(error.message);
      throw error;
    }
  }
  const found = observationsOfScope(scope, byTable);
  return planImportInto(
    reading.grids,
    content.units,
    found.observations,
    units,
    found.failures.map(({ indicator, message }) => `${indicator}: ${message}`)
  );
}

/**
 * Plans `observations` into the workbook's Data (every conflict planned as replaced, so the pane can
 * let the user keep each one) and the `units` Enheter lacks; writes nothing.
 */
export function planImportInto(
  grids: WorkbookGrids,
  workbookUnits: readonly Unit[],
  observations: readonly ImportedObservation[],
  units: readonly string[],
  failures: readonly string[]
): PreparedImport {
  const dataGrid = gridNamed(grids, namesOf(dataSheet));
  if (dataGrid === undefined) throw new Error("The workbook has no Data sheet.");
  const plan = planDataImport(dataGrid, observations, { replace: true });
  const unitsGrid = gridNamed(grids, namesOf(unitsSheet));
  const missing = unitsMissingFrom(workbookUnits, units);
  const unitHeaders = new Set(
    namesOf(dataSheet.columns[0] ?? { header: "", aliases: [] }).map((name) => name.toLowerCase())
  );
  const unitColumn = (dataGrid.values[plan.headerRow] ?? []).findIndex(
    (cell) => typeof cell === "string" && unitHeaders.has(cell.trim().toLowerCase())
  );
  return {
    plan,
    dataOrigin: dataGrid.origin?.row ?? 0,
    unitColumn: Math.max(0, unitColumn),
    unitPlan:
      unitsGrid === undefined || missing.length === 0
        ? undefined
        : planUnitAppends(unitsGrid, missing),
    unitsFirstRow:
      unitsGrid === undefined ? 0 : (unitsGrid.origin?.row ?? 0) + lastFilledRow(unitsGrid) + 1,
    failures,
  };
}

/** Writes the prepared rows, replacing only the conflicts in `replaced`. */
export async function writePreparedImport(
  host: ExcelHost,
  prepared: PreparedImport,
  replaced: ReadonlySet<DataConflict>
): Promise<ImportResult> {
  const { plan, dataOrigin, unitPlan } = prepared;
  const kept = new Set(
    plan.conflicts.filter((conflict) => !replaced.has(conflict)).map((conflict) => conflict.row)
  );
  const asCell = (value: unknown) =>
    typeof value === "string" || typeof value === "number" ? value : null;
  const replacements: CellReplacement[] = [
    ...plan.newColumns.map(({ column, header }) => ({
      sheet: plan.sheet,
      row: dataOrigin + plan.headerRow,
      column,
      value: header,
    })),
    ...plan.writes
      .filter((write) => !kept.has(write.row))
      .map((write) => ({
        sheet: plan.sheet,
        row: dataOrigin + write.row,
        column: write.column,
        value: asCell(write.value),
      })),
  ];
  const dataRows = plan.header === undefined ? plan.appends : [plan.header, ...plan.appends];
  await writeImportIntoWorkbook(host, {
    appends: [
      {
        sheet: plan.sheet,
        firstRow: dataOrigin + plan.appendAt - (plan.header === undefined ? 0 : 1),
        rows: dataRows.map((row) => row.map(asCell)),
        textColumns: [prepared.unitColumn],
      },
      ...(unitPlan === undefined
        ? []
        : [
            {
              sheet: unitPlan.sheet,
              firstRow: prepared.unitsFirstRow,
              rows: unitPlan.appends.map((row) => row.map(asCell)),
              textColumns: [unitPlan.codeColumn],
            },
          ]),
    ],
    replacements,
  });
  return {
    added: plan.appends.length,
    unchanged: plan.unchanged,
    inConflict: plan.conflicts.length,
    replaced: replaced.size,
    missingAtSource: plan.missingAtSource.length,
    unitsAdded: unitPlan?.appends.length ?? 0,
  };
}
