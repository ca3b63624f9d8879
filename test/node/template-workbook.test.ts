// The two faces of the template, cell for cell: the pane's (createTemplate on the fake Excel) and the
// command line's (templatePackage, read back by exceljs, an independent reader).
import ExcelJS from "exceljs";
import { columnLetters } from "../../src/core/cell-addresses";
import { createTemplate } from "../../src/excel";
import { pointsOfCharacters } from "../../src/excel/render-sheet-plan";
import { templatePackage } from "../../src/node/template-workbook";
import { fakeExcel, type FakeWorkbook } from "../support/fake-excel";
import type { CellBox } from "../support/fake-excel/fake-workbook";
import { hostOf } from "../excel/host";

/** What a face wrote on one sheet; cells only where they differ from an untouched cell. */
interface SheetFace {
  readonly name: string;
  /** "B7 value 5001", "B7 format @", "B7 list =Enheter!$A$2:$A$5007", in row then column order. */
  readonly cells: readonly string[];
  readonly tables: readonly string[];
  readonly columnWidthsInPoints: readonly number[];
  readonly frozenRows: number;
}

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function boxAddress(box: CellBox): string {
  const last = address(box.row + box.rowCount - 1, box.column + box.columnCount - 1);
  return `${address(box.row, box.column)}:${last}`;
}

function contains(box: CellBox, row: number, column: number): boolean {
  return (
    row >= box.row &&
    row < box.row + box.rowCount &&
    column >= box.column &&
    column < box.column + box.columnCount
  );
}

function cellFacts(
  row: number,
  column: number,
  value: unknown,
  format: string,
  lists: readonly string[]
): string[] {
  const at = address(row, column);
  return [
    ...(value === undefined || value === null || value === "" ? [] : [`${at} value ${value}`]),
    ...(format === "General" ? [] : [`${at} format ${format}`]),
    ...lists.map((source) => `${at} list ${source}`),
  ];
}

function paneFaces(workbook: FakeWorkbook): SheetFace[] {
  return workbook.sheets.map((sheet) => {
    const boxes = [
      ...sheet.listValidations.map((validation) => validation.box),
      { row: 0, column: 0, rowCount: sheet.values.length, columnCount: 1 },
    ];
    const rowCount = Math.max(
      sheet.numberFormats.length,
      ...boxes.map((box) => box.row + box.rowCount)
    );
    const columnCount = Math.max(
      ...[...sheet.values, ...sheet.numberFormats].map((cells) => cells?.length ?? 0),
      ...boxes.map((box) => box.column + box.columnCount)
    );
    const cells: string[] = [];
    for (let row = 0; row < rowCount; row++)
      for (let column = 0; column < columnCount; column++)
        cells.push(
          ...cellFacts(
            row,
            column,
            sheet.cell(row, column),
            sheet.numberFormat(row, column),
            sheet.listValidations
              .filter((validation) => contains(validation.box, row, column))
              .map((validation) => validation.source)
          )
        );
    return {
      name: sheet.name,
      cells,
      tables: workbook.tables
        .filter((table) => table.sheet === sheet)
        .map((table) => `${table.name} ${boxAddress(table.box)} ${table.style}`),
      columnWidthsInPoints: Array.from(
        { length: columnCount },
        (_, column) => sheet.columnWidths.get(column) ?? 0
      ),
      frozenRows: sheet.frozen.rows,
    };
  });
}

interface TableModel {
  readonly name: string;
  readonly tableRef: string;
  readonly style: { readonly theme: string };
}

function commandLineFaces(workbook: ExcelJS.Workbook): SheetFace[] {
  return workbook.worksheets.map((worksheet) => {
    const cells: string[] = [];
    // exceljs counts rows and columns anew on each call.
    const { rowCount, columnCount } = worksheet;
    for (let row = 1; row <= rowCount; row++)
      for (let column = 1; column <= columnCount; column++) {
        const cell = worksheet.getCell(row, column);
        const validation = cell.dataValidation as ExcelJS.DataValidation | undefined;
        cells.push(
          ...cellFacts(
            row - 1,
            column - 1,
            cell.value,
            cell.numFmt || "General",
            validation?.type === "list" ? validation.formulae.map((source) => `=${source}`) : []
          )
        );
      }
    return {
      name: worksheet.name,
      cells,
      tables: worksheet.getTables().map((entry) => {
        const table = (entry as unknown as { table: TableModel }).table;
        return `${table.name} ${table.tableRef} ${table.style.theme}`;
      }),
      columnWidthsInPoints: Array.from({ length: columnCount }, (_, index) => {
        const width = worksheet.getColumn(index + 1).width;
        return width === undefined ? 0 : pointsOfCharacters(width);
      }),
      frozenRows: worksheet.views[0]?.state === "frozen" ? (worksheet.views[0].ySplit ?? 0) : 0,
    };
  });
}

async function bothFaces(withExampleData: boolean): Promise<[SheetFace[], SheetFace[]]> {
  const fake = fakeExcel();
  await createTemplate(hostOf(fake), withExampleData);
  const file = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which Node's Buffer does not satisfy in the type checker.
  await file.xlsx.load(templatePackage(withExampleData).toBuffer() as unknown as ExcelJS.Buffer);
  return [paneFaces(fake.workbook), commandLineFaces(file)];
}

describe("the template's two faces", () => {
  it.each([
    ["with the example data", true],
    ["without example data", false],
  ])(
    "the pane and the command line write the same template %s, cell for cell",
    async (_, withExampleData) => {
      const [pane, commandLine] = await bothFaces(withExampleData);
      expect(pane.map((sheet) => sheet.name)).toEqual([
        "Indikatorer",
        "Dimensjoner",
        "Enheter",
        "Data",
        "Metode",
        "Tiltak",
      ]);
      expect(commandLine).toEqual(pane);
      const data = pane.find((sheet) => sheet.name === "Data");
      // The comparison covers the drop-downs and the text-formatted room to grow, not only the records.
      expect(data?.cells).toContain("A5002 list =Enheter!$A$2:$A$5007");
      expect(data?.cells).toContain("A5002 format @");
      const measures = pane.find((sheet) => sheet.name === "Tiltak");
      expect(measures?.cells).toContain("A5002 list =Enheter!$A$2:$A$5007");
      expect(measures?.cells).toContain("A5002 format @");
      expect(measures?.tables).toEqual([
        withExampleData ? "Tiltak A1:G3 TableStyleMedium2" : "Tiltak A1:G2 TableStyleMedium2",
      ]);
      expect(data?.tables).toEqual([
        withExampleData
          ? expect.stringMatching(/^Data A1:G\d+ TableStyleMedium2$/)
          : "Data A1:G2 TableStyleMedium2",
      ]);
    }
  );
});
