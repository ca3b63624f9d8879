import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { localAddress } from "../../../src/core/cell-addresses";
import type { CellValue, WorkbookGrids } from "../../../src/core/validate";
import { templatePackage } from "../../../src/node/template-workbook";
import { cellReaderOf, readCellGrids } from "../../../src/node/xlsx/read-cell-grids";
import { workbookSheetsOf } from "../../../src/node/xlsx/workbook-sheets";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { datesToTheMillisecond, fakeWorkbookOfXlsx } from "../../support/fake-excel/load-xlsx";
import { timeCostOf } from "../../support/time-cost";

const goldenWorkbook = join(__dirname, "..", "..", "fixtures", "golden-workbook.xlsx");

function gridsOf(bytes: Buffer): WorkbookGrids {
  return readCellGrids(XlsxPackage.fromBuffer(bytes, "test.xlsx"));
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The node reader and exceljs (through the fake Excel's loader, which turns its cells into what
 * Office.js gives) on the same bytes: every sheet from A1 to its last value, values and formats.
 */
async function expectSameAsExceljs(bytes: Buffer): Promise<WorkbookGrids> {
  const grids = gridsOf(bytes);
  const fake = await fakeWorkbookOfXlsx(bytes);
  expect(grids.map((grid) => grid.name)).toEqual(fake.sheets.map((sheet) => sheet.name));
  for (const sheet of fake.sheets) {
    const used = sheet.usedBox();
    const fromA1 =
      used === undefined
        ? { row: 0, column: 0, rowCount: 0, columnCount: 0 }
        : {
            row: 0,
            column: 0,
            rowCount: used.row + used.rowCount,
            columnCount: used.column + used.columnCount,
          };
    const grid = grids.find((candidate) => candidate.name === sheet.name);
    expect(grid && datesToTheMillisecond(grid)).toStrictEqual(
      datesToTheMillisecond({
        name: sheet.name,
        values: sheet.valuesIn(fromA1) as CellValue[][],
        numberFormats: sheet.numberFormatsIn(fromA1),
      })
    );
  }
  return grids;
}

function utc(...parts: [number, number, number, number?, number?]): Date {
  const [year, month, day, hours = 0, minutes = 0] = parts;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/** The serial number of a date as exceljs writes it (utils.dateToExcel) in a 1900 workbook. */
function serialOf(date: Date): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000);
}

/** Rows of "" (an empty cell, as Office.js gives it) after the given cells, `width` cells in all. */
function padded(width: number, ...rows: (readonly unknown[])[]): unknown[][] {
  return rows.map((cells) => [...cells, ...new Array<string>(width - cells.length).fill("")]);
}

function cellsWorkbook(date1904: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("Cells");
  sheet.getCell("A1").value = utc(2024, 2, 29, 12, 30);
  sheet.getCell("B1").value = utc(1999, 12, 31);
  sheet.getCell("B1").numFmt = "dd.mm.yyyy";
  sheet.getCell("C1").value = 0.25;
  sheet.getCell("C1").numFmt = "0.0%";
  sheet.getCell("D1").value = 2024;
  sheet.getCell("D1").numFmt = '[Red]0" kr"';
  sheet.getCell("A2").value = {
    richText: [{ text: "Rich ", font: { bold: true } }, { text: "text" }],
  };
  sheet.getCell("A3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  sheet.getCell("B3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  sheet.getCell("A4").value = { formula: "1+1", result: 2 };
  sheet.getCell("B4").value = { formula: 'A2&"!"', result: "Rich text!" };
  sheet.getCell("C4").value = { formula: "TRUE()", result: true };
  sheet.getCell("D4").value = {
    formula: "NA()",
    result: { error: "#N/A" } as ExcelJS.CellErrorValue,
  };
  sheet.getCell("E4").value = { formula: "DATE(2020,1,1)", result: utc(2020, 1, 1) };
  sheet.getCell("E4").numFmt = "yyyy-mm-dd";
  sheet.getCell("F4").value = { formula: "A4", date1904 } as ExcelJS.CellFormulaValue;
  sheet.getCell("A5").value = true;
  sheet.getCell("B5").value = false;
  sheet.getCell("A6").value = "Merged";
  sheet.mergeCells("A6:C7");
  sheet.getCell("E9").value = 5;
  sheet.getCell("A10").value = 'Ampersand & <tag> "quoted"\nsecond line';
  sheet.getCell("A11").value = 1e-7;
  sheet.getCell("B11").value = 123456789012;
  sheet.getCell("C11").value = -0.5;
  sheet.getCell("A12").value = { text: "Veikart", hyperlink: "https://example.org" };
  workbook.addWorksheet("Empty");
  return workbook;
}

const spreadsheetMl = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const relationshipsNs =
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface HandWrittenSheet {
  readonly name: string;
  /** The sheet part's XML; none for a sheet whose part is missing. */
  readonly xml?: string;
  readonly type?: "worksheet" | "chartsheet";
  readonly hyperlinkRelationships?: string;
}

/** A package written part by part: only what the readers need, in whatever shape the test wants. */
async function handWrittenPackage(parts: {
  readonly sheets: readonly HandWrittenSheet[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly workbookProperties?: string;
}): Promise<Buffer> {
  const zip = new JSZip();
  const relationship = (id: string, type: string, target: string, external = false) =>
    `<Relationship Id="${id}" Type="${relationshipType}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
  zip.file(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`
  );
  const sheetTags = parts.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`
    )
    .join("");
  zip.file(
    "xl/workbook.xml",
    `<workbook ${spreadsheetMl} ${relationshipsNs}>${parts.workbookProperties ?? ""}<sheets>${sheetTags}</sheets></workbook>`
  );
  const workbookRelationships = parts.sheets.map((sheet, index) => {
    const folder = sheet.type === "chartsheet" ? "chartsheets" : "worksheets";
    return relationship(
      `rId${index + 1}`,
      sheet.type ?? "worksheet",
      `${folder}/sheet${index + 1}.xml`
    );
  });
  if (parts.sharedStrings !== undefined) {
    workbookRelationships.push(relationship("rIdStrings", "sharedStrings", "sharedStrings.xml"));
    zip.file("xl/sharedStrings.xml", `<sst ${spreadsheetMl}>${parts.sharedStrings}</sst>`);
  }
  if (parts.styles !== undefined) {
    workbookRelationships.push(relationship("rIdStyles", "styles", "styles.xml"));
    zip.file("xl/styles.xml", `<styleSheet ${spreadsheetMl}>${parts.styles}</styleSheet>`);
  }
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${workbookRelationships.join("")}</Relationships>`
  );
  parts.sheets.forEach((sheet, index) => {
    if (sheet.xml !== undefined)
      zip.file(
        `xl/worksheets/sheet${index + 1}.xml`,
        `<worksheet ${spreadsheetMl} ${relationshipsNs}>${sheet.xml}</worksheet>`
      );
    if (sheet.hyperlinkRelationships !== undefined)
      zip.file(
        `xl/worksheets/_rels/sheet${index + 1}.xml.rels`,
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship("rId1", "hyperlink", sheet.hyperlinkRelationships, true)}</Relationships>`
      );
  });
  return zip.generateAsync({ type: "nodebuffer" });
}

const escapedStrings = [
  "<si><t>plain</t></si>",
  '<si><t xml:space="preserve">  A &amp; B &lt;c&gt; &quot;d&quot; &#233;&#x263A;</t></si>',
  '<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>',
  '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
  "<si><t>line_x000D_&#10;break_x0041_ and _x005f_x</t></si>",
  "<si><t/></si>",
  "<si><t>a\r\nb</t></si>",
].join("");

const styles = [
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\ %"/>',
  '<numFmt numFmtId="165" formatCode="[$-414]d\\.\\ mmmm\\ yyyy;@"/></numFmts>',
  '<cellXfs count="6"><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>',
  '<xf numFmtId="49"/><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>',
  '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs>',
].join("");

const oddCellsSheet = [
  '<cols><col min="3" max="4" width="10" style="3" customWidth="1"/></cols><sheetData>',
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>',
  '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>',
  '<row r="2"><c r="A2" s="1"><v>0.125</v></c><c r="B2" s="2"><v>45351</v></c>',
  '<c r="C2" s="0"><v>45351</v></c><c r="D2" s="5"><v>45351.75</v></c><c r="E2" s="4"><v>1E-7</v></c>',
  '<c r="F2"><v>123456789012</v></c></row>',
  '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#N/A</v></c>',
  '<c r="D3" t="str"><f>"x"</f><v>A &amp; B</v></c><c r="E3"><f>A1</f><v></v></c>',
  '<c r="F3" s="3"/><c r="G3"/><c r="H3"><f t="shared" ref="H3:I3" si="0">B3+4</f><v>4</v></c>',
  '<c r="I3" s="1"><f t="shared" si="0"/></c></row>',
  '<row r="4"><c r="A4" t="s"><v>6</v></c><c r="B4"><f>1+1</f><v>2</v></c>',
  '<c r="C4" s="2"><f>TODAY()</f><v>45000</v></c><c r="D4" t="b"><f>TRUE()</f><v>1</v></c>',
  '<c r="E4" t="e"><f>NA()</f><v>#N/A</v></c></row>',
  '<row r="6" s="1" customFormat="1"><c r="A6" t="s"><v>0</v></c><c r="D6" s="4"/></row>',
  '<row r="8"><c r="A8" s="3"/></row>',
  '<row r="9"><c r="B9" s="3" t="inlineStr"><is><t>inline</t></is></c>',
  '<c r="C9" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>',
  '</sheetData><mergeCells count="1"><mergeCell ref="A6:D7"/></mergeCells>',
  '<hyperlinks><hyperlink ref="A8" r:id="rId1"/></hyperlinks>',
].join("");

describe("readCellGrids", () => {
  it("reads every sheet of the golden workbook as exceljs does, values and number formats", async () => {
    const grids = await expectSameAsExceljs(await readFile(goldenWorkbook));
    expect(grids.map((grid) => grid.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
    ]);
  });

  it("reads the template with its example data as exceljs does", async () => {
    const grids = await expectSameAsExceljs(templatePackage(true).toBuffer());
    expect(grids.map((grid) => grid.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Tiltak",
    ]);
    expect(grids.every((grid) => grid.values.length > 1)).toBe(true);
  });

  it("reads dates as serial numbers, rich text, errors as text, formulas' values, booleans, merged and sparse cells as exceljs does", async () => {
    const [cells, empty] = await expectSameAsExceljs(await bytesOf(cellsWorkbook(false)));
    expect(cells?.values).toEqual(
      padded(
        5,
        [serialOf(utc(2024, 2, 29, 12, 30)), 36525, 0.25, 2024],
        ["Rich text"],
        ["#N/A", "#DIV/0!"],
        [2, "Rich text!", true, "#N/A", 43831],
        [true, false],
        ["Merged"],
        [],
        [],
        ["", "", "", "", 5],
        ['Ampersand & <tag> "quoted"\nsecond line'],
        [1e-7, 123456789012, -0.5],
        ["Veikart"]
      )
    );
    expect(cells?.numberFormats?.[0]).toEqual([
      "mm-dd-yy",
      "dd.mm.yyyy",
      "0.0%",
      '[Red]0" kr"',
      "General",
    ]);
    expect(cells?.numberFormats?.[3]?.[4]).toBe("yyyy-mm-dd");
    expect(empty).toEqual({ name: "Empty", values: [], numberFormats: [] });
  });

  it("reads the dates of a 1904 workbook as the serial numbers of its date system, as exceljs does", async () => {
    const [cells] = await expectSameAsExceljs(await bytesOf(cellsWorkbook(true)));
    const days1900To1904 = 1462;
    expect(cells?.values[0]?.slice(0, 2)).toEqual([
      serialOf(utc(2024, 2, 29, 12, 30)) - days1900To1904,
      36525 - days1900To1904,
    ]);
    expect(cells?.values[3]?.[4]).toBe(43831 - days1900To1904);
  });

  it("reads entities, _xHHHH_ escapes, phonetic runs, style-only, hyperlinked and merged cells as exceljs does", async () => {
    const bytes = await handWrittenPackage({
      sheets: [{ name: "Odd", xml: oddCellsSheet, hyperlinkRelationships: "https://example.org" }],
      sharedStrings: escapedStrings,
      styles,
    });
    const [odd] = await expectSameAsExceljs(bytes);
    expect(odd?.values).toEqual(
      padded(
        8,
        ["plain", '  A & B <c> "d" é☺', "Bold and plain", "東京", "line\r\nbreakA and _x005f_x"],
        [0.125, 45351, 45351, 45351.75, 1e-7, 123456789012],
        [true, false, "#N/A", "A & B", "", "", "", 4],
        ["a\nb", 2, 45000, true, "#N/A"],
        [],
        ["plain"],
        [],
        [],
        ["", "inline", "rich"]
      )
    );
    const general = "General";
    const date = "[$-414]d. mmmm yyyy;@";
    const rowWithColumnFormats = [general, general, "@", "@", general, general, general, general];
    expect(odd?.numberFormats).toEqual([
      new Array<string>(8).fill(general),
      ["0.0 %", date, general, 'm/d/yy "h":mm', general, general, general, general],
      [general, general, general, general, general, "@", general, general],
      [general, general, date, general, general, general, general, general],
      rowWithColumnFormats,
      [general, "0.0 %", "0.0 %", general, "0.0 %", "0.0 %", "0.0 %", "0.0 %"],
      rowWithColumnFormats,
      ["@", general, "@", "@", general, general, general, general],
      [general, "@", general, "@", general, general, general, general],
    ]);
  });

  it("keeps text and errors in a date format, and a formula's text as written once, which exceljs lost", async () => {
    const sheet = [
      '<sheetData><row r="1"><c r="A1"><f>1-1</f><v>0</v></c>',
      '<c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" s="1" t="str"><f>"x"</f><v>x</v></c>',
      '<c r="D1" s="1" t="e"><f>NA()</f><v>#N/A</v></c>',
      '<c r="E1" t="str"><f>"x"</f><v>A &amp;amp; B</v></c></row></sheetData>',
    ].join("");
    const bytes = await handWrittenPackage({
      sheets: [{ name: "S", xml: sheet }],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    });
    expect(gridsOf(bytes)[0]?.values).toEqual([[0, false, "x", "#N/A", "A &amp; B"]]);
    const fake = await fakeWorkbookOfXlsx(bytes);
    const firstRow = { row: 0, column: 0, rowCount: 1, columnCount: 5 };
    expect(fake.sheet("S")?.valuesIn(firstRow)).toEqual([[0, false, NaN, NaN, "A & B"]]);
  });

  it("reads inline strings, cells and rows without a reference and ISO dates as serial numbers, which exceljs could not", async () => {
    const sheet = [
      "<sheetData><row>",
      '<c t="inlineStr"><is><t>first</t></is></c>',
      '<c t="inlineStr"><is><r><t xml:space="preserve">rich </t></r><r><t>inline</t></r>',
      "<rPh><t>ignored</t></rPh></is></c>",
      '<c r="E1"><v>5</v></c><c><v>6</v></c></row>',
      '<row r="3"><c t="d"><v>2024-03-01T12:00:00</v></c><c t="d"><v>2024-03-01</v></c>',
      '<c t="d"><v>2024-03-01T12:00:00+01:00</v></c><c t="d"><v>1900-02-28</v></c>',
      '<c t="d"><v>1900-03-01</v></c><c t="d"><v>soon</v></c></row>',
      "<row><c><v>7</v></c></row></sheetData>",
    ].join("");
    const [grid] = gridsOf(await handWrittenPackage({ sheets: [{ name: "S", xml: sheet }] }));
    expect(grid?.values).toEqual(
      padded(
        6,
        ["first", "rich inline", "", "", 5, 6],
        [],
        // Excel counts a 29 February 1900: 28 February is 59, 1 March 61.
        [45352.5, 45352, 45352 + 11 / 24, 59, 61, "soon"],
        [7]
      )
    );
  });

  it("reads inline strings in the template writer's form as the same texts whether its fast form matches or not: spaces, references, line ends, _xHHHH_ escapes", async () => {
    const texts = [
      ["plain", "plain"],
      ["", ""],
      ["  kept spaces ", "  kept spaces "],
      ["A &amp; B &#216;", "A & B Ø"],
      ["a\r\nb\rc", "a\nb\nc"],
      ["line_x000D_break_x0041_", "line\rbreakA"],
      ["Øvre Eiker 東京", "Øvre Eiker 東京"],
    ];
    // r first is the scanner's form; the same cell with t first is read element by element.
    const row = (number: number, cell: (reference: string, text: string) => string) =>
      `<row r="${number}">${texts.map(([text = ""], column) => cell(`${"ABCDEFG"[column]}${number}`, text)).join("")}</row>`;
    const sheet = [
      "<sheetData>",
      row(
        1,
        (r, text) => `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`
      ),
      row(2, (r, text) => `<c r="${r}" s="1" t="inlineStr"><is><t>${text}</t></is></c>`),
      row(
        3,
        (r, text) => `<c t="inlineStr" r="${r}"><is><t xml:space="preserve">${text}</t></is></c>`
      ),
      row(4, (r, text) => `<c t="inlineStr" s="1" r="${r}"><is><t>${text}</t></is></c>`),
      "</sheetData>",
    ].join("");
    const bytes = await handWrittenPackage({
      sheets: [{ name: "S", xml: sheet }],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="49"/></cellXfs>',
    });
    const [grid] = gridsOf(bytes);
    const expected = texts.map(([, value]) => value);
    expect(grid?.values).toEqual([expected, expected, expected, expected]);
    const general = new Array<string>(texts.length).fill("General");
    const text = new Array<string>(texts.length).fill("@");
    expect(grid?.numberFormats).toEqual([general, text, general, text]);
  });

  it("reads each inline string of a column as written, when it repeats, begins or extends the one above", async () => {
    const column = ["0301", "0301", "030", "03011", "0301", "_x0041_", "_x0041_", "A"];
    const sheet = column
      .map(
        (text, row) =>
          `<row r="${row + 1}"><c r="A${row + 1}" t="inlineStr"><is><t>${text}</t></is></c></row>`
      )
      .join("");
    const bytes = await handWrittenPackage({
      sheets: [{ name: "S", xml: `<sheetData>${sheet}</sheetData>` }],
    });
    expect(gridsOf(bytes)[0]?.values).toEqual(
      ["0301", "0301", "030", "03011", "0301", "A", "A", "A"].map((text) => [text])
    );
  });

  it("keeps each row's own number formats when a row given again changes its cells, in the scanner's form and element by element", async () => {
    const cell = (reference: string, style: number, value: number, scannerForm: boolean) =>
      scannerForm
        ? `<c r="${reference}" s="${style}"><v>${value}</v></c>`
        : `<c s="${style}" r="${reference}"><v>${value}</v></c>`;
    const sheetOf = (scannerForm: boolean) =>
      [
        "<sheetData>",
        `<row r="1">${cell("A1", 1, 1, scannerForm)}${cell("B1", 0, 2, scannerForm)}</row>`,
        `<row r="2">${cell("A2", 1, 3, scannerForm)}${cell("B2", 0, 4, scannerForm)}</row>`,
        `<row r="3">${cell("A3", 1, 5, scannerForm)}${cell("B3", 0, 6, scannerForm)}</row>`,
        `<row r="2">${cell("C2", 1, 7, scannerForm)}</row>`,
        `<row r="1">${cell("B1", 1, 8, scannerForm)}</row>`,
        "</sheetData>",
      ].join("");
    for (const scannerForm of [true, false]) {
      const bytes = await handWrittenPackage({
        sheets: [{ name: "S", xml: sheetOf(scannerForm) }],
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="49"/></cellXfs>',
      });
      const [grid] = gridsOf(bytes);
      expect(grid?.values).toEqual([
        [1, 8, ""],
        [3, 4, 7],
        [5, 6, ""],
      ]);
      expect(grid?.numberFormats).toEqual([
        ["@", "@", "General"],
        ["@", "General", "@"],
        ["@", "General", "General"],
      ]);
    }
  });

  it("reads every number of a cell in Excel's form as the double parseFloat gives, short decimals read in place or not", async () => {
    const written = [
      ["0", "-0", "2013", "-0.51", "0.1", "00012.50", "123456789012345", "-999999999999999"],
      ["1234567890123456", "9007199254740993", "0.30000000000000004", "1.", ".5", "-", "+3"],
      ["1e5", "-1.5E-3", "12abc", " 7", "1.2.3", "--1", "0.000000000000001"],
      ...fc.sample(
        fc.array(
          fc
            .tuple(
              fc.boolean(),
              fc.stringMatching(/^[0-9]{1,9}$/),
              fc.stringMatching(/^[0-9]{0,9}$/)
            )
            .map(
              ([negative, whole, fraction]) =>
                `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`
            ),
          { minLength: 20, maxLength: 20 }
        ),
        { numRuns: 50, seed: 17 }
      ),
    ];
    const sheet = [
      "<sheetData>",
      ...written.map(
        (texts, row) =>
          `<row r="${row + 1}">` +
          texts
            .map((text, column) => `<c r="${localAddress(row, column)}"><v>${text}</v></c>`)
            .join("") +
          "</row>"
      ),
      "</sheetData>",
    ].join("");
    const [grid] = gridsOf(await handWrittenPackage({ sheets: [{ name: "S", xml: sheet }] }));
    const width = Math.max(...written.map((texts) => texts.length));
    expect(grid?.values).toEqual(
      padded(width, ...written.map((texts) => texts.map((text) => Number.parseFloat(text))))
    );
  });

  it("reads a number in a date format as the number it holds, and ISO dates in the 1904 date system when workbookPr says date1904", async () => {
    const bytes = await handWrittenPackage({
      sheets: [
        {
          name: "S",
          xml: '<sheetData><row r="1"><c r="A1" s="1"><v>1.5</v></c><c r="B1" t="d"><v>1904-01-02T12:00:00Z</v></c></row></sheetData>',
        },
      ],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      workbookProperties: '<workbookPr date1904="true"/>',
    });
    const [grid] = gridsOf(bytes);
    expect(grid?.values).toEqual([[1.5, 1.5]]);
    expect(grid?.numberFormats).toEqual([["mm-dd-yy", "General"]]);
  });

  it("refuses a sheet whose one stray value at XFD1048576 would make a rectangle of billions of cells, naming the cell", async () => {
    const bytes = await handWrittenPackage({
      sheets: [
        {
          name: "Notater",
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    const before = process.memoryUsage().heapUsed;
    expect(() => gridsOf(bytes)).toThrow(
      /the sheet Notater holds a value as far out as Notater!XFD1048576: .* 17,179,869,184 cells/
    );
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("reads sheets whose rows reach far out or are given again in about the time of an ordinary sheet of the same size", async () => {
    const bytes = await handWrittenPackage({ sheets: [{ name: "S", xml: "<sheetData/>" }] });
    const read = (sheetData: string) => () => {
      const xlsx = XlsxPackage.fromBuffer(bytes, "hostile.xlsx");
      xlsx.setText(
        "xl/worksheets/sheet1.xml",
        `<worksheet ${spreadsheetMl}><sheetData>${sheetData}</sheetData></worksheet>`
      );
      readCellGrids(xlsx);
    };
    const rows = 1000;
    const numbers = Array.from({ length: rows }, (_, row) => row + 1);
    const ordinary = numbers
      .map((row) => `<row r="${row}"><c r="A${row}"><v>1</v></c><c r="B${row}"><v>2</v></c></row>`)
      .join("");
    const hostile: Record<string, string> = {
      "one cell at XFD in every row": numbers
        .map((row) => `<row r="${row}"><c r="A${row}"><v>1</v></c><c r="XFD${row}"/></row>`)
        .join(""),
      "every row given again": ordinary + numbers.map((row) => `<row r="${row}"/>`).join(""),
      "a row reaching XFD given again and again": `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"/></row>${'<row r="1"/>'.repeat(rows)}`,
    };
    const ordinaryCost = timeCostOf(read(ordinary));
    for (const [name, sheetData] of Object.entries(hostile)) {
      const ratio = timeCostOf(read(sheetData)) / ordinaryCost;
      // Work per cell of the widest row would cost hundreds of times; the bound leaves room for a loaded machine.
      expect({ name, ratio, bounded: ratio < 10 }).toEqual({ name, ratio, bounded: true });
    }
  });

  it("gives an empty grid for a sheet whose part is missing and leaves chart sheets out", async () => {
    const bytes = await handWrittenPackage({
      sheets: [
        { name: "Chart", type: "chartsheet" },
        { name: "Missing" },
        { name: "Present", xml: '<sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>' },
      ],
    });
    expect(gridsOf(bytes)).toEqual([
      { name: "Missing", values: [], numberFormats: [] },
      {
        name: "Present",
        values: [
          ["", ""],
          ["", 1],
        ],
        numberFormats: [
          ["General", "General"],
          ["General", "General"],
        ],
      },
    ]);
  });
});

describe("cellReaderOf", () => {
  it("reads one sheet alone, as readCellGrids reads it", async () => {
    const xlsx = XlsxPackage.fromBuffer(await readFile(goldenWorkbook), "golden.xlsx");
    const sheets = workbookSheetsOf(xlsx);
    const data = sheets.find((sheet) => sheet.name === "Data");
    if (data === undefined) throw new Error("the golden workbook has a Data sheet");
    const grid = cellReaderOf(xlsx).grid(data);
    expect(grid).toStrictEqual(readCellGrids(xlsx)[sheets.indexOf(data)]);
    expect(grid.values[0]?.[0]).toBe("Enhet");
  });
});
