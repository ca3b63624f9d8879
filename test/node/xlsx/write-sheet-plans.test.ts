import ExcelJS from "exceljs";
import { DOMParser } from "@xmldom/xmldom";
import {
  generatedMarkerBlock,
  generatedMarkerText,
  UnmarkedPlanError,
  type SheetPlan,
} from "../../../src/core/sheet-plan";
import {
  InputSheetExistsError,
  UserSheetConflictError,
  writeSheetPlans,
} from "../../../src/node/xlsx/write-sheet-plans";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { readZipEntries } from "../../../src/node/xlsx/zip-archive";
import { expectSoundPackage, packageProblems } from "../../support/package-check";

/** The workbook part's definedName elements, read by an independent XML parser. */
function definedNamesIn(
  workbookXml: string
): { getAttribute(name: string): string | null; textContent: string | null }[] {
  const list = new DOMParser()
    .parseFromString(workbookXml, "text/xml")
    .getElementsByTagName("definedName");
  return Array.from(
    { length: list.length },
    (_, index) => list.item(index) as NonNullable<ReturnType<typeof list.item>>
  );
}

const plan: SheetPlan = {
  name: "Benchmark",
  blocks: [
    generatedMarkerBlock,
    { kind: "notes", anchor: { row: 2, column: 0 }, rows: [["År", 2023]], boldFirstColumn: true },
    {
      kind: "table",
      name: "VeikartRangering",
      title: "Rangering 2023",
      titleFontSize: 12,
      anchor: { row: 5, column: 0 },
      style: "TableStyleMedium2",
      columns: [
        { header: "Kode", numberFormat: "@", width: 8 },
        { header: "Enhet", width: 20 },
        { header: "Indeks", numberFormat: "0.0", width: 11 },
        { header: "Dekning", numberFormat: "0%" },
        { header: "Med i utvalget" },
      ],
      rows: [
        ["0301", "Oslo", 71.25, 1, true],
        ["5001", '=HYPERLINK("http://x") & <b> "sitat"', null, 0.5, false],
      ],
      colourScales: [
        {
          firstColumn: 2,
          lastColumn: 2,
          scale: { minimumColour: "#F8696B", midpointColour: "#FFEB84", maximumColour: "#63BE7B" },
        },
      ],
    },
  ],
  charts: [
    {
      kind: "bar",
      title: "Indeks",
      table: "VeikartRangering",
      categoryColumn: 1,
      seriesColumns: [2],
      anchor: { row: 2, column: 5 },
      widthInColumns: 8,
      heightInRows: 15,
    },
  ],
  columnWidths: [26, 24],
  frozen: { rows: 6, columns: 1 },
};

/** A sheet for the user to fill in: a table whose codes must come from Data's first column. */
const inputPlan: SheetPlan = {
  name: "Innspill",
  purpose: "input",
  blocks: [
    {
      kind: "table",
      name: "Innspill",
      anchor: { row: 0, column: 0 },
      style: "TableStyleMedium2",
      columns: [
        {
          header: "Kommune",
          numberFormat: "@",
          dropDown: {
            source: "Data!$A$2:$A$3",
            errorAlert: { style: "stop", title: "Veikart", message: "Velg fra listen" },
          },
        },
        { header: "Merknad" },
      ],
      rows: [
        ["0301", "hovedstad"],
        ["5001", null],
      ],
      roomToGrow: 3,
    },
  ],
  charts: [],
  columnWidths: [],
  frozen: { rows: 1, columns: 0 },
};

async function packageOf(workbook: ExcelJS.Workbook): Promise<XlsxPackage> {
  return XlsxPackage.fromBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), "test.xlsx");
}

async function written(
  workbook: ExcelJS.Workbook,
  plans: readonly SheetPlan[]
): Promise<{ xlsx: XlsxPackage; reopened: ExcelJS.Workbook }> {
  const xlsx = await packageOf(workbook);
  writeSheetPlans(xlsx, plans);
  await expectSoundPackage(xlsx.toBuffer(), "the written workbook");
  const reopened = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which Node's Buffer does not satisfy in the type checker.
  await reopened.xlsx.load(xlsx.toBuffer() as unknown as ExcelJS.Buffer);
  return { xlsx, reopened };
}

function workbookWithData(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.addTable({
    name: "Data",
    ref: "A1",
    columns: [{ name: "Enhet" }, { name: "Verdi" }],
    rows: [
      ["0301", 1.5],
      ["5001", 2],
    ],
  });
  data.getCell("D1").value = { formula: "SUM(B2:B3)", result: 3.5 };
  return workbook;
}

describe("writeSheetPlans", () => {
  it("gives every part it writes a content type, also in a package without a rels default (as LibreOffice writes)", async () => {
    const exceljsPackage = await packageOf(workbookWithData());
    const withoutRelsDefault = XlsxPackage.fromBuffer(
      (() => {
        exceljsPackage.setText(
          "[Content_Types].xml",
          (exceljsPackage.text("[Content_Types].xml") ?? "").replace(
            /<Default Extension="rels"[^>]*\/>/,
            ""
          )
        );
        return exceljsPackage.toBuffer();
      })(),
      "libreoffice.xlsx"
    );
    expect(withoutRelsDefault.text("[Content_Types].xml")).not.toContain('Extension="rels"');
    writeSheetPlans(withoutRelsDefault, [plan]);
    const bytes = withoutRelsDefault.toBuffer();
    expect(await packageProblems(bytes)).toEqual([]);
    expect(withoutRelsDefault.text("[Content_Types].xml")).toContain(
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    );
  });

  it("cuts a text longer than an Excel cell holds (32,767 characters) and says which cell", async () => {
    const long = "å".repeat(40_000);
    const notes: SheetPlan = {
      ...plan,
      blocks: [
        generatedMarkerBlock,
        { kind: "notes", anchor: { row: 2, column: 1 }, rows: [[long]] },
      ],
      charts: [],
    };
    const xlsx = await packageOf(new ExcelJS.Workbook());
    expect(writeSheetPlans(xlsx, [notes])).toEqual([{ cell: "Benchmark!B3", length: 40_000 }]);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(xlsx.toBuffer() as unknown as ExcelJS.Buffer);
    const cell = reopened.getWorksheet("Benchmark")?.getCell("B3").value as string;
    expect(cell).toHaveLength(32_767);
    expect(cell.endsWith("å…")).toBe(true);
  });

  it("writes the marker, the notes, the table with its formats, widths, frozen panes and colour scale", async () => {
    const { reopened } = await written(new ExcelJS.Workbook(), [plan]);
    const sheet = reopened.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe(generatedMarkerText);
    expect(sheet.getCell("A3").value).toBe("År");
    expect(sheet.getCell("A3").font?.bold).toBe(true);
    expect(sheet.getCell("B3").value).toBe(2023);
    expect(sheet.getCell("B3").font?.bold).toBeUndefined();
    expect(sheet.getCell("A5").value).toBe("Rangering 2023");
    expect(sheet.getCell("A5").font).toMatchObject({ bold: true, size: 12 });
    expect([1, 2, 3, 4, 5].map((column) => sheet.getRow(6).getCell(column).value)).toEqual([
      "Kode",
      "Enhet",
      "Indeks",
      "Dekning",
      "Med i utvalget",
    ]);
    expect(sheet.getCell("A7").value).toBe("0301");
    expect(sheet.getCell("A7").numFmt).toBe("@");
    expect(sheet.getCell("C7").value).toBe(71.25);
    expect(sheet.getCell("C7").numFmt).toBe("0.0");
    expect(sheet.getCell("D8").numFmt).toBe("0%");
    expect(sheet.getCell("E7").value).toBe(true);
    expect(sheet.getCell("E8").value).toBe(false);
    expect(sheet.getCell("B8").value).toBe('=HYPERLINK("http://x") & <b> "sitat"');
    expect(sheet.getCell("B8").formula).toBeUndefined();
    expect(sheet.getCell("C8").value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(26);
    expect(sheet.getColumn(2).width).toBe(24);
    expect(sheet.getColumn(3).width).toBe(11);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 6 });
    const formatting = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(formatting).toEqual([
      expect.objectContaining({
        ref: "C7:C8",
        rules: [expect.objectContaining({ type: "colorScale" })],
      }),
    ]);
  });

  it("declares the table over its header and rows with the plan's columns and style", async () => {
    const { xlsx } = await written(new ExcelJS.Workbook(), [plan]);
    const tableXml = xlsx.text("xl/tables/table1.xml") ?? "";
    expect(tableXml).toContain('name="VeikartRangering"');
    expect(tableXml).toContain('ref="A6:E8"');
    expect(tableXml.match(/<tableColumn /g)).toHaveLength(5);
    expect(tableXml).toContain('<tableStyleInfo name="TableStyleMedium2"');
  });

  it("copies every part it does not change with the same compressed bytes", async () => {
    const workbook = workbookWithData();
    const input = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = XlsxPackage.fromBuffer(input, "test.xlsx");
    writeSheetPlans(xlsx, [plan]);
    const written = new Map(readZipEntries(xlsx.toBuffer()).map((entry) => [entry.name, entry]));
    const changed = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ];
    const copied = readZipEntries(input).filter((entry) => !changed.includes(entry.name));
    expect(copied.map((entry) => entry.name)).toContain("xl/worksheets/sheet1.xml");
    for (const entry of copied)
      expect([entry.name, written.get(entry.name)?.compressed.equals(entry.compressed)]).toEqual([
        entry.name,
        true,
      ]);
  });

  it("adds the sheet after the user's sheets and its parts to the content types", async () => {
    const { xlsx, reopened } = await written(workbookWithData(), [
      plan,
      {
        ...plan,
        name: "Validering",
        blocks: [generatedMarkerBlock],
        charts: [],
        frozen: undefined,
      },
    ]);
    expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual([
      "Data",
      "Benchmark",
      "Validering",
    ]);
    expect(reopened.getWorksheet("Data")?.getCell("D1").result).toBe(3.5);
    const types = xlsx.text("[Content_Types].xml") ?? "";
    expect(types).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(types).toContain('PartName="/xl/worksheets/sheet3.xml"');
    expect(types).toContain('PartName="/xl/tables/table2.xml"');
  });

  it("replaces a sheet it generated, at the same place among the sheets, without its old tables", async () => {
    const workbook = workbookWithData();
    const first = await written(workbook, [plan]);
    first.reopened.addWorksheet("Notater");
    const second = await written(first.reopened, [
      { ...plan, blocks: plan.blocks.slice(0, 2), charts: [], frozen: undefined },
    ]);
    expect(second.reopened.worksheets.map((sheet) => sheet.name)).toEqual([
      "Data",
      "Benchmark",
      "Notater",
    ]);
    const benchmark = second.reopened.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    expect(benchmark.getCell("A7").value).toBeNull();
    expect(benchmark.getCell("A3").value).toBe("År");
    const tableNames = second.reopened.worksheets.flatMap((sheet) =>
      Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)
    );
    expect(tableNames).toEqual(["Data"]);
  });

  it("sets the print area and fit to one page, as exceljs and the workbook's defined names read them", async () => {
    const printed: SheetPlan = {
      ...plan,
      print: {
        area: { first: { row: 0, column: 0 }, last: { row: 39, column: 7 } },
        fitToPages: { wide: 1, tall: 1 },
        orientation: "portrait",
      },
    };
    const { xlsx, reopened } = await written(workbookWithData(), [printed]);
    const sheet = reopened.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    expect(sheet.pageSetup).toMatchObject({
      printArea: "A1:H40",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      orientation: "portrait",
    });
    const workbookXml = xlsx.text("xl/workbook.xml") ?? "";
    const names = [...definedNamesIn(workbookXml)].map((element) => ({
      name: element.getAttribute("name"),
      localSheetId: element.getAttribute("localSheetId"),
      reference: element.textContent,
    }));
    expect(names).toEqual([
      { name: "_xlnm.Print_Area", localSheetId: "1", reference: "Benchmark!$A$1:$H$40" },
    ]);
    const schemaOrder = (xlsx.text("xl/worksheets/sheet2.xml") ?? "").match(
      /<(sheetPr|dimension|pageMargins|pageSetup|tableParts)[\s>/]/g
    );
    expect(schemaOrder).toEqual([
      "<sheetPr>",
      "<dimension ",
      "<pageMargins ",
      "<pageSetup ",
      "<tableParts ",
    ]);
  });

  it("keeps one print area when a printed sheet is replaced, and drops it when the new plan has none", async () => {
    const printed: SheetPlan = {
      ...plan,
      print: {
        area: { first: { row: 0, column: 0 }, last: { row: 9, column: 3 } },
        fitToPages: { wide: 1, tall: 1 },
        orientation: "landscape",
      },
    };
    const first = await written(workbookWithData(), [printed]);
    writeSheetPlans(first.xlsx, [printed]);
    const definedNames = (xlsx: XlsxPackage) => [
      ...definedNamesIn(xlsx.text("xl/workbook.xml") ?? ""),
    ];
    expect(definedNames(first.xlsx)).toHaveLength(1);
    writeSheetPlans(first.xlsx, [plan]);
    expect(definedNames(first.xlsx)).toHaveLength(0);
    expect(first.xlsx.text("xl/worksheets/sheet2.xml")).not.toContain("pageSetup");
  });

  it("does not add styles again when the same sheets are written again", async () => {
    const first = await written(new ExcelJS.Workbook(), [plan]);
    const stylesOnce = first.xlsx.text("xl/styles.xml");
    writeSheetPlans(first.xlsx, [plan]);
    expect(first.xlsx.text("xl/styles.xml")).toBe(stylesOnce);
  });

  it("writes each chart as a drawing over its cells, its series pointing at the table's columns", async () => {
    const { xlsx } = await written(workbookWithData(), [plan]);
    const sheetRelationships = xlsx.relationshipsOf("xl/worksheets/sheet2.xml");
    expect(sheetRelationships.map((relationship) => relationship.target)).toEqual([
      "xl/tables/table2.xml",
      "xl/drawings/drawing1.xml",
    ]);
    const [chartRelationship] = xlsx.relationshipsOf("xl/drawings/drawing1.xml");
    expect(chartRelationship?.target).toBe("xl/charts/chart1.xml");
    const drawing = xlsx.text("xl/drawings/drawing1.xml") ?? "";
    expect(drawing).toContain(
      "<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>"
    );
    const chart = xlsx.text("xl/charts/chart1.xml") ?? "";
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<a:t>Indeks</a:t>");
    expect(chart).toContain("<c:f>Benchmark!$C$6</c:f>");
    expect(chart).toContain("<c:f>Benchmark!$B$7:$B$8</c:f>");
    expect(chart).toContain("<c:f>Benchmark!$C$7:$C$8</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>71.25</c:v></c:pt>');
    expect(chart).not.toContain('<c:pt idx="1"><c:v>null');
    const types = xlsx.text("[Content_Types].xml") ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    const parser = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    });
    for (const xml of [drawing, chart])
      expect(parser.parseFromString(xml, "text/xml").documentElement).toBeTruthy();
  });

  it("takes out the drawing and charts of a generated sheet it replaces, and keeps the user's own", async () => {
    const { xlsx } = await written(workbookWithData(), [plan]);
    const drawingType =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
    const dataRelationships = "xl/worksheets/_rels/sheet1.xml.rels";
    xlsx.setText(
      dataRelationships,
      (xlsx.text(dataRelationships) ?? "").replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="${drawingType}" Target="../drawings/drawing9.xml"/></Relationships>`
      )
    );
    xlsx.setText("xl/drawings/drawing9.xml", "<xdr:wsDr>brukerens eget</xdr:wsDr>");
    expect(xlsx.has("xl/charts/chart1.xml")).toBe(true);
    writeSheetPlans(xlsx, [{ ...plan, charts: [] }]);
    expect(xlsx.has("xl/drawings/drawing1.xml")).toBe(false);
    expect(xlsx.has("xl/drawings/_rels/drawing1.xml.rels")).toBe(false);
    expect(xlsx.has("xl/charts/chart1.xml")).toBe(false);
    expect(xlsx.text("[Content_Types].xml")).not.toContain("chart1.xml");
    expect(xlsx.text("xl/drawings/drawing9.xml")).toBe("<xdr:wsDr>brukerens eget</xdr:wsDr>");
    expect(xlsx.has("xl/worksheets/sheet1.xml")).toBe(true);
    expect(xlsx.has("xl/tables/table1.xml")).toBe(true);
  });

  it("refuses a chart over a table the plan does not have, changing nothing", async () => {
    const workbook = workbookWithData();
    const xlsx = await packageOf(workbook);
    const before = xlsx.toBuffer();
    expect(() => writeSheetPlans(xlsx, [{ ...plan, blocks: [generatedMarkerBlock] }])).toThrow(
      'the chart "Indeks" names no table on the sheet'
    );
    expect(xlsx.toBuffer().equals(before)).toBe(true);
  });

  it("refuses a user's sheet named Benchmark (in any case) and changes nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("benchmark").getCell("A1").value = "Mine egne tall";
    const xlsx = await packageOf(workbook);
    const before = xlsx.toBuffer();
    const validering = { ...plan, name: "Validering" };
    expect(() => writeSheetPlans(xlsx, [validering, plan])).toThrow(UserSheetConflictError);
    expect(() => writeSheetPlans(xlsx, [plan])).toThrow(
      'the workbook already has a sheet named "benchmark" that Veikart did not generate (its A1 lacks the marker); rename that sheet and run again'
    );
    expect(xlsx.toBuffer().equals(before)).toBe(true);
  });

  it("refuses a plan whose table name the user's workbook already uses", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Mine").addTable({
      name: "VeikartRangering",
      ref: "A1",
      columns: [{ name: "Tall" }],
      rows: [[1]],
    });
    const xlsx = await packageOf(workbook);
    const before = xlsx.toBuffer();
    expect(() => writeSheetPlans(xlsx, [plan])).toThrow(
      'the workbook already has a table named "VeikartRangering"; rename that table and run again'
    );
    expect(xlsx.toBuffer().equals(before)).toBe(true);
  });

  it("refuses a plan without the marker in A1", async () => {
    const xlsx = await packageOf(new ExcelJS.Workbook());
    expect(() => writeSheetPlans(xlsx, [{ ...plan, blocks: plan.blocks.slice(1) }])).toThrow(
      UnmarkedPlanError
    );
  });

  it("gives an empty table one blank data row", async () => {
    const table = plan.blocks[2];
    if (table?.kind !== "table") throw new Error("the plan's third block is the table");
    const { reopened } = await written(new ExcelJS.Workbook(), [
      { ...plan, blocks: [generatedMarkerBlock, { ...table, rows: [] }] },
    ]);
    const sheet = reopened.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    expect(sheet.getTable("VeikartRangering")).toBeDefined();
    expect(sheet.getCell("A6").value).toBe("Kode");
    expect(sheet.getCell("A7").value).toBeNull();
  });
  it("writes a title in the default font size when the plan gives none", async () => {
    const table = plan.blocks[2];
    if (table?.kind !== "table") throw new Error("the plan's third block is the table");
    const { titleFontSize, ...unsized } = table;
    expect(titleFontSize).toBe(12);
    const { reopened } = await written(new ExcelJS.Workbook(), [
      { ...plan, blocks: [generatedMarkerBlock, unsized] },
    ]);
    const title = (reopened.getWorksheet("Benchmark") as ExcelJS.Worksheet).getCell("A5");
    expect(title.font).toMatchObject({ bold: true, size: 11 });
  });

  it("writes an input plan unmarked, with its drop-down and column format over the room to grow", async () => {
    const { reopened } = await written(workbookWithData(), [inputPlan]);
    const sheet = reopened.getWorksheet("Innspill") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("Kommune");
    expect(sheet.getCell("A2").value).toBe("0301");
    expect(sheet.getTable("Innspill")).toBeDefined();
    const dropDown = {
      type: "list",
      formulae: ["Data!$A$2:$A$3"],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Veikart",
      error: "Velg fra listen",
    };
    // Rows 2 and 3 hold records, 4 to 6 are the room to grow, 7 is outside.
    for (const address of ["A2", "A3", "A6"]) {
      expect(sheet.getCell(address).dataValidation).toMatchObject(dropDown);
      expect(sheet.getCell(address).numFmt).toBe("@");
    }
    expect(sheet.getCell("A7").dataValidation).toBeUndefined();
    expect(sheet.getCell("A7").numFmt).toBeUndefined();
    expect(sheet.getCell("B6").numFmt).toBeUndefined();
  });

  it("refuses an input plan whose sheet the workbook has, changing nothing", async () => {
    const xlsx = await packageOf(workbookWithData());
    const before = xlsx.toBuffer();
    expect(() => writeSheetPlans(xlsx, [{ ...inputPlan, name: "data" }])).toThrow(
      InputSheetExistsError
    );
    expect(xlsx.toBuffer().equals(before)).toBe(true);
  });

  describe("in a workbook Excel wrote", () => {
    const excelStyles =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.0"/></dxf></dxfs></styleSheet>';

    async function excelLikePackage(edit: (xlsx: XlsxPackage) => void): Promise<XlsxPackage> {
      const xlsx = await packageOf(workbookWithData());
      edit(xlsx);
      return xlsx;
    }

    it("defines every number format its cell formats use, apart from those of conditional formats", async () => {
      const xlsx = await excelLikePackage((edited) => edited.setText("xl/styles.xml", excelStyles));
      writeSheetPlans(xlsx, [plan]);
      const styles = xlsx.text("xl/styles.xml") ?? "";
      const document = new DOMParser().parseFromString(styles, "text/xml");
      const numberFormatIds = (parent: string, element: string) =>
        Array.from(
          document.getElementsByTagName(parent)[0]?.getElementsByTagName(element) ?? [],
          (node) => Number(node.getAttribute("numFmtId"))
        );
      const formatCodes = Array.from(document.getElementsByTagName("numFmt"), (node) => [
        node.getAttribute("numFmtId"),
        node.getAttribute("formatCode"),
      ]);
      expect(formatCodes).toContainEqual(["171", "0.0"]);
      const used = numberFormatIds("cellXfs", "xf");
      const definedIds = numberFormatIds("numFmts", "numFmt");
      for (const id of used.filter((id) => id >= 164)) expect(definedIds).toContain(id);
      expect(styles).toMatch(/<numFmts count="2">/);
    });

    it("refuses a table name the workbook already defines as a name, changing nothing", async () => {
      const xlsx = await excelLikePackage((edited) =>
        edited.setText(
          "xl/workbook.xml",
          (edited.text("xl/workbook.xml") ?? "").replace(
            "</sheets>",
            '</sheets><definedNames><definedName name="veikartrangering">Data!$A$1</definedName></definedNames>'
          )
        )
      );
      const before = xlsx.toBuffer();
      expect(() => writeSheetPlans(xlsx, [plan])).toThrow(
        'the workbook already defines the name "VeikartRangering", which Veikart gives a table; rename it and run again'
      );
      expect(xlsx.toBuffer().equals(before)).toBe(true);
    });

    it("drops the calculation chain when it replaces a generated sheet, so Excel builds it again", async () => {
      const xlsx = await packageOf(workbookWithData());
      writeSheetPlans(xlsx, [plan]);
      const calcChainType =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
      xlsx.setText("xl/calcChain.xml", '<calcChain><c r="D1" i="1"/><c r="B7" i="2"/></calcChain>');
      xlsx.setText(
        "xl/_rels/workbook.xml.rels",
        (xlsx.text("xl/_rels/workbook.xml.rels") ?? "").replace(
          "</Relationships>",
          `<Relationship Id="rId99" Type="${calcChainType}" Target="calcChain.xml"/></Relationships>`
        )
      );
      writeSheetPlans(xlsx, [plan]);
      expect(xlsx.has("xl/calcChain.xml")).toBe(false);
      expect(xlsx.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
      expect(xlsx.relationshipOf("xl/workbook.xml", "worksheet")).toBeDefined();
    });

    it("refuses a workbook saved as Strict Open XML", async () => {
      const xlsx = await excelLikePackage((edited) =>
        edited.setText(
          "xl/workbook.xml",
          '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>'
        )
      );
      expect(() => writeSheetPlans(xlsx, [plan])).toThrow(
        "the workbook is saved as Strict Open XML; save it as an Excel Workbook (.xlsx) and run again"
      );
    });
  });
});
