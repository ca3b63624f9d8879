import JSZip from "jszip";
import { packageProblems } from "./package-check";

const relationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
const tableRelationship =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** A one-sheet package with a table over A1:B2 whose column names and header cells are given. */
async function packageWith(options: {
  readonly names: readonly string[];
  readonly headers: readonly string[];
  readonly relsDefault?: boolean;
  readonly tableTarget?: string;
}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${options.relsDefault === false ? "" : `<Default Extension="rels" ContentType="${relationshipsType}"/>`}<Default Extension="xml" ContentType="application/xml"/></Types>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${options.headers
      .map((header, index) => `<c r="${"AB"[index]}1" t="inlineStr"><is><t>${header}</t></is></c>`)
      .join("")}</row></sheetData></worksheet>`
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${tableRelationship}" Target="${options.tableTarget ?? "../tables/table1.xml"}"/></Relationships>`
  );
  zip.file(
    "xl/tables/table1.xml",
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A1:B2"><tableColumns count="2">${options.names
      .map((name, index) => `<tableColumn id="${index + 1}" name="${name}"/>`)
      .join("")}</tableColumns></table>`
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("packageProblems", () => {
  it("finds nothing wrong in a sound package", async () => {
    expect(
      await packageProblems(await packageWith({ names: ["a", "b"], headers: ["a", "b"] }))
    ).toEqual([]);
  });

  it("names a part without a content type", async () => {
    const bytes = await packageWith({ names: ["a", "b"], headers: ["a", "b"], relsDefault: false });
    expect(await packageProblems(bytes)).toEqual([
      "xl/worksheets/_rels/sheet1.xml.rels has no content type",
    ]);
  });

  it("names a relationship whose target is missing", async () => {
    const bytes = await packageWith({
      names: ["a", "b"],
      headers: ["a", "b"],
      tableTarget: "../tables/table9.xml",
    });
    expect(await packageProblems(bytes)).toEqual([
      "xl/worksheets/_rels/sheet1.xml.rels points at xl/tables/table9.xml, which is missing",
    ]);
  });

  it("names a table whose column names differ from its header cells", async () => {
    const bytes = await packageWith({
      names: ["a", "Oslo kommune"],
      headers: ["a", "Oslo\nkommune"],
    });
    expect(await packageProblems(bytes)).toEqual([
      'xl/tables/table1.xml: the column names ["a","Oslo kommune"] differ from the header cells ["a","Oslo\\nkommune"]',
    ]);
  });
});
