// Test helper: small editable workbooks as grids, starting from the example template.
import { templateWorkbook } from "../../../src/core/template";
import { validateWorkbook, type CellValue, type SheetGrid } from "../../../src/core/validate";
import { messageIn } from "../../../src/core/issues";

export interface EditableSheet {
  name: string;
  values: (CellValue | null)[][];
  numberFormats?: (string | undefined)[][];
}

/** The example template (six pilot units, 2019-2023) as editable grids. */
export function exampleWorkbook(): EditableSheet[] {
  return templateWorkbook(true).map((sheet) => ({
    name: sheet.name,
    values: sheet.values.map((row) => [...row]),
  }));
}

export function sheetOf(workbook: EditableSheet[], name: string): EditableSheet {
  const sheet = workbook.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function columnOf(sheet: EditableSheet, header: string): number {
  const column = (sheet.values[0] ?? []).indexOf(header);
  if (column < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return column;
}

/** Appends a row given by header; returns its 0-based row index. */
export function appendRow(
  workbook: EditableSheet[],
  name: string,
  record: Readonly<Record<string, CellValue | null>>
): number {
  const sheet = sheetOf(workbook, name);
  const row = (sheet.values[0] ?? []).map((): CellValue | null => null);
  for (const [header, value] of Object.entries(record)) row[columnOf(sheet, header)] = value;
  sheet.values.push(row);
  return sheet.values.length - 1;
}

export function setCell(
  workbook: EditableSheet[],
  name: string,
  row: number,
  header: string,
  value: CellValue | null
): void {
  const sheet = sheetOf(workbook, name);
  const cells = sheet.values[row];
  if (cells === undefined) throw new Error(`no row ${row} in ${name}`);
  cells[columnOf(sheet, header)] = value;
}

/** Shows one cell through a number format, as Excel would ("0000", "0.0%"). */
export function setNumberFormat(
  workbook: EditableSheet[],
  name: string,
  row: number,
  header: string,
  format: string
): void {
  const sheet = sheetOf(workbook, name);
  sheet.numberFormats ??= [];
  (sheet.numberFormats[row] ??= [])[columnOf(sheet, header)] = format;
}

/** The first row whose cells in the given columns equal the given values. */
export function findRow(
  workbook: EditableSheet[],
  name: string,
  record: Readonly<Record<string, unknown>>
): number {
  const sheet = sheetOf(workbook, name);
  const row = sheet.values.findIndex((cells) =>
    Object.entries(record).every(([header, value]) => cells[columnOf(sheet, header)] === value)
  );
  if (row < 0) throw new Error(`no row ${JSON.stringify(record)} in ${name}`);
  return row;
}

export function issuesOf(workbook: readonly SheetGrid[], code?: string) {
  const issues = validateWorkbook(workbook).issues;
  return code === undefined ? issues : issues.filter((issue) => issue.code === code);
}

export interface CheckCase {
  /** What the edit does, in words: "a share of 140 %". */
  readonly problem: string;
  readonly code: string;
  readonly trigger: (workbook: EditableSheet[]) => void;
  /** The fields the issue must have (its place, what it concerns, its value). */
  readonly expected: Readonly<Record<string, unknown>>;
  /** What the near miss does: a similar edit that is fine. */
  readonly fine: string;
  readonly nearMiss: (workbook: EditableSheet[]) => void;
}

/** Two tests per check: its problem is reported once at its place, its near miss is not. */
export function describeChecks(cases: readonly CheckCase[]): void {
  for (const check of cases) {
    describe(check.code, () => {
      it(`reports ${check.code} for ${check.problem}`, () => {
        const workbook = exampleWorkbook();
        check.trigger(workbook);
        const found = issuesOf(workbook, check.code);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject(check.expected);
        expect((found[0] && messageIn(found[0], "nb"))?.length).toBeGreaterThan(0);
        expect((found[0] && messageIn(found[0], "en"))?.length).toBeGreaterThan(0);
      });
      it(`does not report ${check.code} for ${check.fine}`, () => {
        const workbook = exampleWorkbook();
        check.nearMiss(workbook);
        expect(issuesOf(workbook, check.code)).toEqual([]);
      });
    });
  }
}
