import { generatedMarkerBlock, type SheetPlan } from "../../../src/core/sheet-plan";
import { workbookSheetsOf } from "../../../src/node/xlsx/workbook-sheets";
import { writeSheetPlans } from "../../../src/node/xlsx/write-sheet-plans";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { deflateEntry, zipArchive } from "../../../src/node/xlsx/zip-archive";

const relationshipsNamespace =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const packageRelationshipsNamespace =
  "http://schemas.openxmlformats.org/package/2006/relationships";

/** A minimal package around this workbook part, with one worksheet related as rId1. */
function packageWith(workbookXml: string): XlsxPackage {
  const part = (name: string, text: string) => deflateEntry(name, Buffer.from(text));
  return XlsxPackage.fromBuffer(
    zipArchive([
      part(
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'
      ),
      part(
        "_rels/.rels",
        `<Relationships xmlns="${packageRelationshipsNamespace}"><Relationship Id="rId1" Type="${relationshipsNamespace}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      part("xl/workbook.xml", workbookXml),
      part(
        "xl/_rels/workbook.xml.rels",
        `<Relationships xmlns="${packageRelationshipsNamespace}"><Relationship Id="rId1" Type="${relationshipsNamespace}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
      ),
      part(
        "xl/worksheets/sheet1.xml",
        `<worksheet xmlns="${spreadsheetNamespace}"><sheetData/></worksheet>`
      ),
    ]),
    "generated.xlsx"
  );
}

const validering: SheetPlan = {
  name: "Validering",
  blocks: [generatedMarkerBlock],
  charts: [],
  columnWidths: [],
};

describe("workbookSheetsOf", () => {
  it("finds the sheets whatever prefix the workbook gives relationship ids, and writes with that prefix (and a styles part where there was none)", () => {
    const xlsx = packageWith(
      `<workbook xmlns="${spreadsheetNamespace}" xmlns:rel="${relationshipsNamespace}"><sheets><sheet name="Data" sheetId="1" rel:id="rId1"/></sheets></workbook>`
    );
    expect(workbookSheetsOf(xlsx)).toEqual([
      {
        name: "Data",
        sheetId: 1,
        relationshipId: "rId1",
        partPath: "xl/worksheets/sheet1.xml",
        isWorksheet: true,
      },
    ]);
    writeSheetPlans(xlsx, [validering]);
    expect(xlsx.text("xl/workbook.xml")).toContain(
      '<sheet name="Validering" sheetId="2" rel:id="rId2"/>'
    );
    expect(xlsx.relationshipOf("xl/workbook.xml", "styles")?.target).toBe("xl/styles.xml");
    expect(xlsx.text("[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    expect(workbookSheetsOf(xlsx).map((sheet) => [sheet.name, sheet.partPath])).toEqual([
      ["Data", "xl/worksheets/sheet1.xml"],
      ["Validering", "xl/worksheets/sheet2.xml"],
    ]);
  });

  it("reads a workbook whose elements carry a prefix, as the Open XML SDK writes, and adds a sheet in that prefix", () => {
    const xlsx = packageWith(
      `<x:workbook xmlns:x="${spreadsheetNamespace}"><x:sheets><x:sheet name="Data" sheetId="1" xmlns:r="${relationshipsNamespace}" r:id="rId1"/></x:sheets></x:workbook>`
    );
    expect(workbookSheetsOf(xlsx).map((sheet) => [sheet.name, sheet.partPath])).toEqual([
      ["Data", "xl/worksheets/sheet1.xml"],
    ]);
    writeSheetPlans(xlsx, [validering]);
    expect(xlsx.text("xl/workbook.xml")).toContain(
      `<x:sheet name="Validering" sheetId="2" xmlns:r="${relationshipsNamespace}" r:id="rId2"/></x:sheets>`
    );
    expect(workbookSheetsOf(xlsx).map((sheet) => [sheet.name, sheet.partPath])).toEqual([
      ["Data", "xl/worksheets/sheet1.xml"],
      ["Validering", "xl/worksheets/sheet2.xml"],
    ]);
  });

  it("finds no sheet in elements of another namespace that happen to be named sheet", () => {
    const xlsx = packageWith(
      `<workbook xmlns="${spreadsheetNamespace}" xmlns:o="urn:other" xmlns:r="${relationshipsNamespace}"><sheets><o:sheet name="Other" sheetId="1" r:id="rId1"/><!-- <sheet name="Comment" sheetId="2" r:id="rId1"/> --></sheets></workbook>`
    );
    expect(workbookSheetsOf(xlsx)).toEqual([]);
  });
});
