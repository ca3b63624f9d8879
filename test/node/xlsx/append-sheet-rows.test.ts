import ExcelJS from "exceljs";
import { UsageError } from "../../../src/node/command";
import { applySheetRowChanges } from "../../../src/node/xlsx/append-sheet-rows";
import { namespaces } from "../../../src/node/xlsx/ooxml-vocabulary";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { workbookSheetsOf } from "../../../src/core/template";
import { packageOfSheets } from "../../../src/node/template-workbook";
import { smallContent } from "../../core/benchmark/small-workbook";
import { costRatioOf10kTo100k } from "../../support/time-cost";

jest.setTimeout(60_000);

function smallWorkbook(): XlsxPackage {
  return reopened(packageOfSheets(workbookSheetsOf(smallContent)));
}

async function readBack(xlsx: XlsxPackage): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.toBuffer() as unknown as ArrayBuffer);
  return workbook;
}

function reopened(xlsx: XlsxPackage): XlsxPackage {
  return XlsxPackage.fromBuffer(xlsx.toBuffer(), "test.xlsx");
}

describe("applySheetRowChanges", () => {
  it("appends rows below the last value, keeping the code column's text style, and grows the table", async () => {
    const xlsx = smallWorkbook();
    const before = await readBack(xlsx);
    const lastRow = before.getWorksheet("Data")!.actualRowCount;
    const appended = applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [
        ["0301", 2024, "GHG_TOTAL", 12.5, null, "SSB 07459"],
        ["5001", 2024, "GHG_TOTAL", 3, null, "SSB 07459"],
      ],
      replacedCells: [],
    });
    expect(appended).toEqual({ firstRow: lastRow, count: 2 });
    const after = await readBack(reopened(xlsx));
    const data = after.getWorksheet("Data")!;
    const first = data.getRow(lastRow + 1);
    expect(first.getCell(1).value).toBe("0301");
    expect(first.getCell(2).value).toBe(2024);
    expect(first.getCell(4).value).toBe(12.5);
    expect(first.getCell(6).value).toBe("SSB 07459");
    expect(first.getCell(1).numFmt).toBe(data.getRow(2).getCell(1).numFmt);
    expect(data.getRow(lastRow + 2).getCell(1).value).toBe("5001");
    const table = xlsx.text("xl/tables/table4.xml") ?? "";
    expect(table).toContain(`ref="A1:G${lastRow + 2}"`);
    // Every row above is as it was.
    for (const row of [1, 2, lastRow])
      expect(data.getRow(row).values).toEqual(before.getWorksheet("Data")!.getRow(row).values);
  });

  it("replaces only the cells asked for and leaves the rest of their rows alone", async () => {
    const xlsx = smallWorkbook();
    const before = (await readBack(xlsx)).getWorksheet("Data")!.getRow(5).values;
    applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [],
      replacedCells: [{ row: 4, column: 3, value: 99 }],
    });
    const row = (await readBack(reopened(xlsx))).getWorksheet("Data")!.getRow(5);
    expect(row.getCell(4).value).toBe(99);
    const expected = [...(before as unknown[])];
    expected[4] = 99;
    expect(row.values).toEqual(expected);
  });

  it("names a missing sheet", () => {
    const xlsx = smallWorkbook();
    expect(() =>
      applySheetRowChanges(xlsx, { sheet: "Nope", appendedRows: [], replacedCells: [] })
    ).toThrow("the workbook has no worksheet named Nope");
  });
});

describe("applySheetRowChanges on sheet XML as other writers write it", () => {
  const main = namespaces.spreadsheet;
  const sheetPath = "xl/worksheets/sheet1.xml";
  const tablePath = "xl/tables/table1.xml";

  /** A package of one sheet named Data with this XML, and a table part when one is given. */
  function packageOfSheet(sheetXml: string, tableXml?: string): XlsxPackage {
    const relationship = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="${namespaces.officeRelationships}/${type}" Target="${target}"/>`;
    const relationships = (...entries: string[]) =>
      `<Relationships xmlns="${namespaces.packageRelationships}">${entries.join("")}</Relationships>`;
    return XlsxPackage.ofTexts("book.xlsx", {
      "[Content_Types].xml": `<Types xmlns="${namespaces.contentTypes}"/>`,
      "_rels/.rels": relationships(relationship("rId1", "officeDocument", "xl/workbook.xml")),
      "xl/workbook.xml":
        `<workbook xmlns="${main}" xmlns:r="${namespaces.officeRelationships}">` +
        '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels": relationships(
        relationship("rId1", "worksheet", "worksheets/sheet1.xml")
      ),
      [sheetPath]: sheetXml,
      ...(tableXml === undefined
        ? {}
        : {
            "xl/worksheets/_rels/sheet1.xml.rels": relationships(
              relationship("rId1", "table", "../tables/table1.xml")
            ),
            [tablePath]: tableXml,
          }),
    });
  }

  it("writes into an Open XML SDK sheet in its own prefix, and grows its dimension and its table", () => {
    const xlsx = packageOfSheet(
      `<x:worksheet xmlns:x="${main}"><x:dimension ref="A1:B2"/><x:sheetData>` +
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Enhet</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Verdi</x:t></x:is></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2" s="3" t="inlineStr"><x:is><x:t>0301</x:t></x:is></x:c><x:c r="B2"><x:v>1.5</x:v></x:c></x:row>' +
        "</x:sheetData></x:worksheet>",
      `<t:table xmlns:t="${main}" id="1" name="Data" displayName="Data" ref="A1:B2"><t:autoFilter ref="A1:B2"/></t:table>`
    );
    const appended = applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [["5001", 2]],
      replacedCells: [{ row: 1, column: 1, value: 7 }],
    });
    expect(appended).toEqual({ firstRow: 2, count: 1 });
    expect(xlsx.text(sheetPath)).toBe(
      `<x:worksheet xmlns:x="${main}"><x:dimension ref="A1:B3"/><x:sheetData>` +
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Enhet</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Verdi</x:t></x:is></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2" s="3" t="inlineStr"><x:is><x:t>0301</x:t></x:is></x:c><x:c r="B2"><x:v>7</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c r="A3" s="3" t="inlineStr"><x:is><x:t xml:space="preserve">5001</x:t></x:is></x:c><x:c r="B3"><x:v>2</x:v></x:c></x:row>' +
        "</x:sheetData></x:worksheet>"
    );
    expect(xlsx.text(tablePath)).toBe(
      `<t:table xmlns:t="${main}" id="1" name="Data" displayName="Data" ref="A1:B3"><t:autoFilter ref="A1:B3"/></t:table>`
    );
  });

  it("keeps every row it does not write to byte for byte, and the other cells of a row it writes to", () => {
    const rowOne =
      '<row r="1" spans="1:2" ht="20"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c></row>';
    const rowFour =
      '<row r="4"  spans="1:3"\n  customHeight="1" ht="30">\n  <c r="A4"><v>4</v></c>\n  <c r="C4" s="2"/>\n</row>';
    const rowSix = '<row spans="1:1" r="6"/>';
    const sheet = (rowsXml: string) =>
      `<?xml version="1.0"?>\n<worksheet xmlns="${main}"><sheetData>\n${rowsXml}\n</sheetData><pageMargins left="0.7"/></worksheet>`;
    const xlsx = packageOfSheet(sheet(`${rowOne}\n<!-- a note -->\n${rowFour}\n${rowSix}`));
    applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [[5, "five"]],
      replacedCells: [{ row: 3, column: 1, value: "B" }],
    });
    expect(xlsx.text(sheetPath)).toBe(
      sheet(
        `${rowOne}\n<!-- a note -->\n` +
          '<row r="4"\n  customHeight="1" ht="30">\n  <c r="A4"><v>4</v></c>\n  <c r="B4" t="inlineStr"><is><t xml:space="preserve">B</t></is></c><c r="C4" s="2"/>\n</row>\n' +
          '<row r="5"><c r="A5"><v>5</v></c><c r="B5" t="inlineStr"><is><t xml:space="preserve">five</t></is></c></row>' +
          rowSix
      )
    );
  });

  it("appends below the last row holding a value, not below one in a comment", () => {
    const xlsx = packageOfSheet(
      `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>` +
        '<!-- <row r="50"><c r="A50"><v>50</v></c></row> --><row r="2"><c r="A2" s="1"/></row></sheetData></worksheet>'
    );
    expect(
      applySheetRowChanges(xlsx, { sheet: "Data", appendedRows: [[2]], replacedCells: [] })
    ).toEqual({ firstRow: 1, count: 1 });
    expect(xlsx.text(sheetPath)).toContain('<row r="2"><c r="A2" s="1"><v>2</v></c></row>');
  });

  it("opens an empty <sheetData/> around the rows it appends", () => {
    const xlsx = packageOfSheet(
      `<worksheet xmlns="${main}"><dimension ref="A1"/><sheetData /></worksheet>`
    );
    applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [["Enhet"], ["0301"]],
      replacedCells: [],
    });
    expect(xlsx.text(sheetPath)).toBe(
      `<worksheet xmlns="${main}"><dimension ref="A1"/><sheetData >` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Enhet</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">0301</t></is></c></row>' +
        "</sheetData></worksheet>"
    );
  });

  const hostileSheets: Record<string, (size: number) => string> = {
    "unclosed <row> tags": (size) =>
      `<worksheet xmlns="${main}"><sheetData>${"<row>".repeat(size / 5)}`,
    "unclosed <c> tags in a row": (size) =>
      `<worksheet xmlns="${main}"><sheetData><row r="1">${'<c r="A1">'.repeat(size / 10)}`,
  };

  it.each(Object.entries(hostileSheets))(
    "refuses %s (500k characters) with a usage error naming the part",
    (_, make) => {
      expect(() =>
        applySheetRowChanges(packageOfSheet(make(500_000)), {
          sheet: "Data",
          appendedRows: [[1]],
          replacedCells: [],
        })
      ).toThrow(
        new RegExp(
          `^book\\.xlsx: the part ${sheetPath.replace(/\./g, "\\.")} is not well-formed XML: the text ends inside the element <(row|c)> \\(line 1, column \\d+\\)$`
        )
      );
    }
  );

  it.each(Object.entries(hostileSheets))(
    "takes time linear in the size of %s: 100k characters cost about ten times 10k",
    (name, make) => {
      const refuse = (hostile: string) => {
        try {
          applySheetRowChanges(packageOfSheet(hostile), {
            sheet: "Data",
            appendedRows: [[1]],
            replacedCells: [],
          });
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
        }
      };
      const ratio = costRatioOf10kTo100k(refuse, make);
      // Quadratic work would cost about 100 times; the bound leaves room for a loaded machine.
      expect({ name, ratio, linear: ratio < 40 }).toEqual({ name, ratio, linear: true });
    }
  );
});
