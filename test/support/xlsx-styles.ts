// Workbooks built part by part the way other producers write them, for the readers' tests: the same
// cells in Excel's plain form, with the main namespace bound to a prefix as the Open XML SDK and
// ClosedXML write it (`<x:c>`), with LibreOffice's row attributes, `t="n"` and relationships parts
// typed by overrides instead of a "rels" default, and with XlsxWriter's inline strings. Each cell is
// written from one description, so the styles are twins.
import { deflateEntry, zipArchive } from "../../src/node/xlsx/zip-archive";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
const contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
const officeDocument = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export type WriterStyle = "excel" | "openXmlSdk" | "libreOffice" | "xlsxWriter";

/**
 * One cell. `xml` writes it in a style: `element(name)` is the element name in the style's prefix,
 * `sharedString(itemXml)` the index of a shared string item (its content, in the style's prefix).
 */
export type StyledCell = (writer: CellWriter) => string;

export interface CellWriter {
  readonly style: WriterStyle;
  element(name: string): string;
  sharedString(itemXml: string): number;
}

export interface StyledSheet {
  readonly name: string;
  /** Rows of cells, each row written as `<row r="n">`; a cell's reference comes from its place. */
  readonly rows: readonly (readonly (StyledCell | undefined)[])[];
  /** Extra elements after sheetData (mergeCells), written with `element`. */
  readonly after?: (element: (name: string) => string) => string;
}

export interface StyledWorkbook {
  readonly sheets: readonly StyledSheet[];
  /** numFmts and cellXfs children, written with `element`. */
  readonly styles?: (element: (name: string) => string) => string;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `<c>` with its reference, style and type attributes in the style's order and form. */
export function cellTag(
  writer: CellWriter,
  reference: string,
  attributes: { readonly s?: number; readonly t?: string },
  content: string
): string {
  const c = writer.element("c");
  const style = attributes.s === undefined ? "" : ` s="${attributes.s}"`;
  const type =
    attributes.t === undefined
      ? writer.style === "libreOffice"
        ? ' t="n"'
        : ""
      : ` t="${attributes.t}"`;
  return content === ""
    ? `<${c} r="${reference}"${style}${type}/>`
    : `<${c} r="${reference}"${style}${type}>${content}</${c}>`;
}

/** Writes the workbook in one writer's style. */
export function workbookInStyle(workbook: StyledWorkbook, style: WriterStyle): Buffer {
  const prefixed = style === "openXmlSdk";
  const element = (name: string) => (prefixed ? `x:${name}` : name);
  const mainDeclaration = prefixed ? `xmlns:x="${main}"` : `xmlns="${main}"`;
  const strings: string[] = [];
  const writer: CellWriter = {
    style,
    element,
    sharedString: (itemXml) => strings.push(itemXml) - 1,
  };
  const sheetXmls = workbook.sheets.map((sheet) => {
    const rows = sheet.rows.map((cells, row) => {
      const rowAttributes =
        style === "libreOffice"
          ? ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"'
          : style === "xlsxWriter"
            ? ` spans="1:${cells.length}"`
            : "";
      const content = cells
        .map((cell, column) => {
          if (cell === undefined) return "";
          return cell(writer).replace(/\{ref\}/g, `${columnLetters(column)}${row + 1}`);
        })
        .join("");
      return `<${element("row")} r="${row + 1}"${rowAttributes}>${content}</${element("row")}>`;
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${element("worksheet")} ${mainDeclaration}>` +
      `<${element("sheetData")}>${rows.join("")}</${element("sheetData")}>` +
      `${sheet.after?.(element) ?? ""}</${element("worksheet")}>`
    );
  });
  // The Open XML SDK declares the relationships prefix where it is used; the others on the root.
  const sheetEntries = workbook.sheets
    .map(
      (sheet, index) =>
        `<${element("sheet")} name="${sheet.name}" sheetId="${index + 1}"${prefixed ? ` xmlns:r="${officeRelationships}"` : ""} r:id="rId${index + 1}"/>`
    )
    .join("");
  const workbookXml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<${element("workbook")} ${mainDeclaration}${prefixed ? "" : ` xmlns:r="${officeRelationships}"`}>` +
    `<${element("sheets")}>${sheetEntries}</${element("sheets")}></${element("workbook")}>`;
  const relationship = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${officeRelationships}/${type}" Target="${target}"/>`;
  const workbookRelationships = [
    ...workbook.sheets.map((_, index) =>
      relationship(`rId${index + 1}`, "worksheet", `worksheets/sheet${index + 1}.xml`)
    ),
    relationship("rIdStyles", "styles", "styles.xml"),
    relationship("rIdStrings", "sharedStrings", "sharedStrings.xml"),
  ];
  const stylesXml =
    `<${element("styleSheet")} ${mainDeclaration}>` +
    (workbook.styles?.(element) ??
      `<${element("cellXfs")} count="1"><${element("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/></${element("cellXfs")}>`) +
    `</${element("styleSheet")}>`;
  const sharedStringsXml = `<${element("sst")} ${mainDeclaration} count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((item) => `<${element("si")}>${item}</${element("si")}>`)
    .join("")}</${element("sst")}>`;
  const overrides = [
    ["/xl/workbook.xml", `${officeDocument}.sheet.main+xml`],
    ["/xl/styles.xml", `${officeDocument}.styles+xml`],
    ["/xl/sharedStrings.xml", `${officeDocument}.sharedStrings+xml`],
    ...workbook.sheets.map((_, index) => [
      `/xl/worksheets/sheet${index + 1}.xml`,
      `${officeDocument}.worksheet+xml`,
    ]),
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join("");
  // LibreOffice types each relationships part by an Override and declares no "rels" Default.
  const relationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
  const relationshipsTyping =
    style === "libreOffice"
      ? ["/_rels/.rels", "/xl/_rels/workbook.xml.rels"]
          .map((part) => `<Override PartName="${part}" ContentType="${relationshipsType}"/>`)
          .join("")
      : `<Default Extension="rels" ContentType="${relationshipsType}"/>`;
  const part = (name: string, text: string) => deflateEntry(name, Buffer.from(text, "utf8"));
  return zipArchive([
    part(
      "[Content_Types].xml",
      `<Types xmlns="${contentTypes}">${relationshipsTyping}<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`
    ),
    part(
      "_rels/.rels",
      `<Relationships xmlns="${packageRelationships}">${relationship("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`
    ),
    part("xl/workbook.xml", workbookXml),
    part(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${packageRelationships}">${workbookRelationships.join("")}</Relationships>`
    ),
    part("xl/styles.xml", stylesXml),
    part("xl/sharedStrings.xml", sharedStringsXml),
    ...sheetXmls.map((xml, index) => part(`xl/worksheets/sheet${index + 1}.xml`, xml)),
  ]);
}

/** A number as each style writes it. */
export function numberCell(value: number, style?: number): StyledCell {
  return (writer) =>
    cellTag(
      writer,
      "{ref}",
      { ...(style === undefined ? {} : { s: style }) },
      `<${writer.element("v")}>${value}</${writer.element("v")}>`
    );
}

/** A text as each style writes it: shared, or inline where XlsxWriter's constant memory mode writes it so. */
export function textCell(text: string): StyledCell {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return (writer) => {
    const t = writer.element("t");
    if (writer.style === "xlsxWriter")
      return cellTag(
        writer,
        "{ref}",
        { t: "inlineStr" },
        `<${writer.element("is")}><${t}>${escaped}</${t}></${writer.element("is")}>`
      );
    const index = writer.sharedString(`<${t}>${escaped}</${t}>`);
    return cellTag(
      writer,
      "{ref}",
      { t: "s" },
      `<${writer.element("v")}>${index}</${writer.element("v")}>`
    );
  };
}

/** Any cell written as given, `element` putting names in the style's prefix. */
export function rawCell(
  write: (writer: CellWriter, element: (name: string) => string) => string
): StyledCell {
  return (writer) => write(writer, (name) => writer.element(name));
}
