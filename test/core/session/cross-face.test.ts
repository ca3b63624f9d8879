// Both faces call the one benchmark session: the same workbook benchmarked in the pane (src/excel on
// the fake Excel, loaded from the .xlsx through exceljs) and on the command line (`veikart benchmark`,
// its output read back by exceljs) gives the same Benchmark and Validering sheets, cell for cell:
// every value and number format, and every table's name and place. The golden workbook, whose planted
// errors stop a benchmark, is refused by both with the same issues at the same cells, and scored
// despite them it gives the same plans from what either face reads.
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { benchmarkSheetName, validationSheetName } from "../../../src/core/benchmark";
import { columnLetters } from "../../../src/core/cell-addresses";
import { benchmarkSession, type BenchmarkSession } from "../../../src/core/session";
import type { SheetGrid } from "../../../src/core/validate";
import { isDateFormat } from "../../../src/core/validate/cell-values";
import { numberFormatAt } from "../../../src/core/validate/grid";
import { benchmarkOpenWorkbook, readWorkbook } from "../../../src/excel";
import { readCellGrids } from "../../../src/node/xlsx/read-cell-grids";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import type { Issue } from "../../../src/core/issues";
import { printedIssue, type PrintedIssue } from "../../../src/node/issue-report";
import { hostOf } from "../../excel/host";
import { runVeikart } from "../../node/small-workbook-file";
import { fakeExcel, type FakeExcel } from "../../support/fake-excel";
import { fakeWorkbookOfXlsx } from "../../support/fake-excel/load-xlsx";

const ranAt = "2026-12-02T01:30:00.000Z";
const generatedSheets = [benchmarkSheetName, validationSheetName];
const folder = mkdtempSync(join(tmpdir(), "veikart-cross-face-"));

/** A sheet as the user sees it: "A1" -> value and number format of every cell that holds a value. */
type SheetCells = Record<string, { readonly value: unknown; readonly numberFormat: string }>;

interface TableModel {
  readonly name: string;
  readonly tableRef: string;
}

interface RenderedSheet {
  readonly cells: SheetCells;
  /** Table name -> its range ("A12:H19"). */
  readonly tables: Record<string, string>;
}

function rangeOf(row: number, column: number, rowCount: number, columnCount: number): string {
  const last = `${columnLetters(column + columnCount - 1)}${row + rowCount}`;
  return `${columnLetters(column)}${row + 1}:${last}`;
}

/** `veikart benchmark` with its clock at `ranAt`, its output read back by exceljs. */
async function commandLineSheets(input: string): Promise<Record<string, RenderedSheet>> {
  const output = join(folder, `${Math.random().toString(36).slice(2)}.xlsx`);
  jest.useFakeTimers({
    now: new Date(ranAt),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  try {
    const { exitCode, stderr } = await runVeikart(["benchmark", input, "-o", output]);
    if (exitCode !== 0) throw new Error(`veikart benchmark exited ${exitCode}: ${stderr}`);
  } finally {
    jest.useRealTimers();
  }
  const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
  const rendered: Record<string, RenderedSheet> = {};
  for (const name of generatedSheets) {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) throw new Error(`the command line wrote no ${name} sheet`);
    const cells: SheetCells = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (value === null || value === undefined || value === "") return;
        cells[cell.address] = { value, numberFormat: cell.numFmt || "General" };
      })
    );
    const tables: Record<string, string> = {};
    // exceljs types getTables() as [Table, void][], but gives the tables themselves.
    for (const table of sheet.getTables() as unknown as { table: TableModel }[])
      tables[table.table.name] = table.table.tableRef;
    rendered[name] = { cells, tables };
  }
  return rendered;
}

/** The pane's benchmark on the fake Excel filled from the same file, with the same clock. */
async function paneSheets(input: string): Promise<Record<string, RenderedSheet>> {
  const fake: FakeExcel = fakeExcel(await fakeWorkbookOfXlsx(await readFile(input)));
  const outcome = await benchmarkOpenWorkbook(hostOf(fake), { language: "en", ranAt });
  if (outcome.kind !== "written") throw new Error(`the pane's benchmark was ${outcome.kind}`);
  const rendered: Record<string, RenderedSheet> = {};
  for (const name of generatedSheets) {
    const sheet = fake.workbook.sheet(name);
    if (sheet === undefined) throw new Error(`the pane wrote no ${name} sheet`);
    const cells: SheetCells = {};
    sheet.grid().forEach((values, row) =>
      values.forEach((value, column) => {
        if (value === null || value === undefined || value === "") return;
        cells[`${columnLetters(column)}${row + 1}`] = {
          value,
          numberFormat: sheet.numberFormat(row, column),
        };
      })
    );
    const tables: Record<string, string> = {};
    for (const table of fake.workbook.tablesOn(sheet)) {
      const { row, column, rowCount, columnCount } = table.box;
      tables[table.name] = rangeOf(row, column, rowCount, columnCount);
    }
    rendered[name] = { cells, tables };
  }
  return rendered;
}

describe("benchmarking the template with example data (6 units) in both faces", () => {
  const input = join(folder, "template.xlsx");
  let pane: Record<string, RenderedSheet>;
  let commandLine: Record<string, RenderedSheet>;

  beforeAll(async () => {
    const made = await runVeikart(["template", input, "--with-example-data"]);
    if (made.exitCode !== 0) throw new Error(`veikart template exited ${made.exitCode}`);
    commandLine = await commandLineSheets(input);
    pane = await paneSheets(input);
  }, 120_000);

  it.each(generatedSheets)(
    "writes the same %s sheet, value and number format cell for cell",
    (name) => {
      expect(Object.keys(commandLine[name]?.cells ?? {}).length).toBeGreaterThan(10);
      expect(pane[name]?.cells).toEqual(commandLine[name]?.cells);
    }
  );

  it.each(generatedSheets)("puts the same tables in the same places on the %s sheet", (name) => {
    expect(Object.keys(commandLine[name]?.tables ?? {}).length).toBeGreaterThan(0);
    expect(pane[name]?.tables).toEqual(commandLine[name]?.tables);
  });

  it("shows the clock both faces were given, once, in the Benchmark sheet's header block", () => {
    const times = (sheet: RenderedSheet | undefined) =>
      Object.values(sheet?.cells ?? {}).filter((cell) => cell.value === ranAt);
    expect(times(commandLine[benchmarkSheetName])).toHaveLength(1);
    expect(times(pane[benchmarkSheetName])).toHaveLength(1);
  });
});

/**
 * A number in a date-formatted cell as it was before the fake's loader went through exceljs, which
 * turns such a cell into a Date and so gives its serial number back only to about the millisecond
 * (76.9 comes back as 76.90000000000146); Excel and the node reader give the number the file holds.
 */
function dateToTheMillisecond(issue: Issue): Issue {
  if (issue.code !== "value_date_format" || typeof issue.value !== "number") return issue;
  const value = toTheMillisecond(issue.value);
  return { ...issue, value, parameters: { ...(issue.parameters as object), value } };
}

/** The numbers of a grid's date-formatted cells to the millisecond, as dateToTheMillisecond. */
function datesToTheMillisecond(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((cells, row) =>
    cells?.map((cell, column) =>
      typeof cell === "number" && isDateFormat(numberFormatAt(grid, row, column))
        ? toTheMillisecond(cell)
        : cell
    )
  );
  return { ...grid, values };
}

/** A serial number to nine decimals of a day: below a millisecond (0.0000000116 days). */
function toTheMillisecond(serial: number): number {
  return Number(serial.toFixed(9));
}

describe("benchmarking the golden workbook, with its planted errors, in both faces", () => {
  const input = join(__dirname, "..", "..", "fixtures", "golden-workbook.xlsx");

  it("refuses it in both, listing the same issues at the same cells, and writes nothing", async () => {
    const { exitCode, stdout } = await runVeikart(["benchmark", input, "--json"]);
    expect(exitCode).toBe(1);
    const fromCommandLine = (JSON.parse(stdout) as { issues: PrintedIssue[] }).issues;
    const fake = fakeExcel(await fakeWorkbookOfXlsx(await readFile(input)));
    const sheetsBefore = fake.workbook.sheets.map((sheet) => sheet.name);
    const outcome = await benchmarkOpenWorkbook(hostOf(fake), { language: "en", ranAt });
    expect(outcome.kind).toBe("invalid");
    const fromPane = outcome.kind === "invalid" ? outcome.issues : [];
    expect(fromCommandLine.filter((issue) => issue.severity === "error").length).toBeGreaterThan(0);
    expect(fromCommandLine.some((issue) => issue.cell?.startsWith("Data!"))).toBe(true);
    expect(fromPane.map((issue) => printedIssue(dateToTheMillisecond(issue), "en"))).toEqual(
      fromCommandLine
    );
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
  }, 120_000);

  it("plans the same sheets from what each face reads when scored despite its errors", async () => {
    const bytes = await readFile(input);
    const request = { language: "en" as const, ranAt, scoreDespiteErrors: true };
    const fake = fakeExcel(await fakeWorkbookOfXlsx(bytes));
    const paneGrids = (await readWorkbook(hostOf(fake))).grids.map(datesToTheMillisecond);
    const nodeGrids = readCellGrids(XlsxPackage.fromBuffer(bytes, "golden-workbook.xlsx"));
    const fromPane = benchmarkSession(paneGrids, request);
    const fromCommandLine = benchmarkSession(nodeGrids, request);
    expect(fromCommandLine.kind).toBe("scored");
    const plansOf = (session: BenchmarkSession) => (session.kind === "scored" ? session.plans : []);
    expect(plansOf(fromCommandLine).map((plan) => plan.name)).toEqual(generatedSheets);
    expect(plansOf(fromPane)).toEqual(plansOf(fromCommandLine));
  }, 120_000);
});
