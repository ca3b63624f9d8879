// Writing rows into a user's sheet in place: rows appended below the last row that holds a value,
// and single cells replaced, inside the sheet part's XML. Every other row and cell stays as it was,
// byte for byte; a cell written takes the style of the cell it replaces, or of the cell above in its
// column, so a text-formatted code column stays text. The sheet's Excel table and its dimension grow
// to cover the appended rows.
import { columnLetters } from "../../core/cell-addresses";
import { UsageError } from "../command";
import { workbookSheetsOf } from "./workbook-sheets";
import type { XlsxPackage } from "./xlsx-package";
import { escapeXml } from "./xml-text";

/** A cell's new content: text, a number, or null for an empty cell. */
export type WrittenValue = string | number | null;

export interface CellWrite {
  /** 0-based, from A1. */
  readonly row: number;
  readonly column: number;
  readonly value: WrittenValue;
}

export interface SheetRowChanges {
  readonly sheet: string;
  /** Rows to append, each by 0-based column from A; null leaves the cell as it is. */
  readonly appendedRows: readonly (readonly WrittenValue[])[];
  /** Cells of existing rows to replace. */
  readonly replacedCells: readonly CellWrite[];
}

export interface AppendedRows {
  /** The 0-based row of the first appended row. */
  readonly firstRow: number;
  readonly count: number;
}

interface RowElement {
  /** 1-based, as the row's r attribute. */
  readonly number: number;
  readonly startTag: string;
  readonly cells: CellElement[];
}

interface CellElement {
  /** 0-based. */
  readonly column: number;
  xml: string;
}

const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const cellPattern = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function columnOfReference(reference: string): number {
  const letters = /^([A-Z]+)/.exec(reference)?.[1] ?? "";
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * An unprefixed attribute's value in one start tag (`<row r="5" spans="1:3">`), the five entities
 * decoded. The tag is one the row and cell patterns have already matched, so the search is bounded.
 */
function attributeOfTag(startTag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(startTag);
  const value = match?.[1] ?? match?.[2];
  return value
    ?.replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function parseRows(sheetData: string): RowElement[] {
  const rows: RowElement[] = [];
  let previous = 0;
  for (const match of sheetData.matchAll(rowPattern)) {
    const number = Number(attributeOfTag(`<row${match[1] ?? ""}>`, "r") ?? previous + 1);
    previous = number;
    let column = -1;
    const cells = [...(match[2] ?? "").matchAll(cellPattern)].map((cell) => {
      const reference = attributeOfTag(cell[0].slice(0, cell[0].indexOf(">") + 1), "r");
      column = reference === undefined ? column + 1 : columnOfReference(reference);
      return { column, xml: cell[0] };
    });
    rows.push({ number, startTag: `<row${match[1] ?? ""}>`.replace(/\/>$/, ">"), cells });
  }
  return rows;
}

function holdsValue(cellXml: string): boolean {
  return /<(v|f|is)\b/.test(cellXml);
}

function styleOf(cellXml: string | undefined): string | undefined {
  if (cellXml === undefined) return undefined;
  return attributeOfTag(cellXml.slice(0, cellXml.indexOf(">") + 1), "s");
}

function cellXml(
  row: number,
  column: number,
  value: string | number,
  style: string | undefined
): string {
  const reference = `${columnLetters(column)}${row}`;
  const styleAttribute = style === undefined ? "" : ` s="${escapeXml(style)}"`;
  if (typeof value === "number") return `<c r="${reference}"${styleAttribute}><v>${value}</v></c>`;
  return `<c r="${reference}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The row's start tag without its spans hint, which no longer holds once cells are added. */
function startTagOf(row: RowElement): string {
  return row.startTag.replace(/\s+spans="[^"]*"/, "");
}

function rowXml(row: RowElement): string {
  const cells = [...row.cells].sort((a, b) => a.column - b.column);
  return `${startTagOf(row)}${cells.map((cell) => cell.xml).join("")}</row>`;
}

/** Writes `value` into the row's cell at `column`, keeping that cell's style, or `fallbackStyle`. */
function writeCell(
  row: RowElement,
  column: number,
  value: WrittenValue,
  fallbackStyle?: string
): void {
  const existing = row.cells.find((cell) => cell.column === column);
  const style = styleOf(existing?.xml) ?? fallbackStyle;
  if (value === null) {
    if (existing !== undefined)
      existing.xml = `<c r="${columnLetters(column)}${row.number}"${style === undefined ? "" : ` s="${escapeXml(style)}"`}/>`;
    return;
  }
  const xml = cellXml(row.number, column, value, style);
  if (existing !== undefined) existing.xml = xml;
  else row.cells.push({ column, xml });
}

function rangeEnd(
  reference: string
): { readonly start: string; readonly endColumn: string; readonly endRow: number } | undefined {
  const match = /^([A-Z]+\d+):([A-Z]+)(\d+)$/.exec(reference);
  if (match === null) return undefined;
  return { start: match[1] as string, endColumn: match[2] as string, endRow: Number(match[3]) };
}

/** Moves the end row of the `ref` attributes of a table part (and its autoFilter) to `lastRow`. */
function extendTable(tableXml: string, fromRow: number, lastRow: number): string {
  return tableXml.replace(
    /(<(?:table|autoFilter)\b[^>]*?\sref=")([^"]+)(")/g,
    (whole, before: string, reference: string, after: string) => {
      const range = rangeEnd(reference);
      if (range === undefined || range.endRow < fromRow - 1 || range.endRow >= lastRow)
        return whole;
      return `${before}${range.start}:${range.endColumn}${lastRow}${after}`;
    }
  );
}

/**
 * Appends and replaces cells of one sheet in the package (in memory; the caller writes the file).
 * Throws a UsageError naming the sheet when it is missing or its XML is not one Veikart can edit.
 */
export function applySheetRowChanges(xlsx: XlsxPackage, changes: SheetRowChanges): AppendedRows {
  const sheet = workbookSheetsOf(xlsx).find((candidate) => candidate.name === changes.sheet);
  if (sheet === undefined || !sheet.isWorksheet)
    throw new UsageError(`the workbook has no worksheet named ${changes.sheet}`);
  const xml = xlsx.text(sheet.partPath);
  const open = xml === undefined ? -1 : xml.search(/<sheetData\b/);
  if (xml === undefined || open < 0)
    throw new UsageError(`the sheet ${changes.sheet} cannot be edited: its cells were not found`);
  const selfClosing = /^<sheetData\b[^>]*\/>/.exec(xml.slice(open));
  const contentStart = xml.indexOf(">", open) + 1;
  const close = selfClosing === null ? xml.indexOf("</sheetData>", contentStart) : contentStart;
  if (close < 0)
    throw new UsageError(`the sheet ${changes.sheet} cannot be edited: its cells were not found`);
  const rows = parseRows(selfClosing === null ? xml.slice(contentStart, close) : "");
  const byNumber = new Map(rows.map((row) => [row.number, row]));

  for (const write of changes.replacedCells) {
    const row = byNumber.get(write.row + 1);
    if (row === undefined)
      throw new UsageError(
        `${changes.sheet}!${columnLetters(write.column)}${write.row + 1} is not a row of the sheet`
      );
    writeCell(row, write.column, write.value);
  }

  const lastValueRow = rows.reduce(
    (last, row) =>
      row.cells.some((cell) => holdsValue(cell.xml)) ? Math.max(last, row.number) : last,
    0
  );
  const styleRow = byNumber.get(lastValueRow);
  const firstNumber = lastValueRow + 1;
  changes.appendedRows.forEach((values, index) => {
    const number = firstNumber + index;
    let row = byNumber.get(number);
    if (row === undefined) {
      row = { number, startTag: `<row r="${number}">`, cells: [] };
      byNumber.set(number, row);
      rows.push(row);
    }
    const target = row;
    values.forEach((value, column) => {
      if (value !== null)
        writeCell(
          target,
          column,
          value,
          styleOf(styleRow?.cells.find((cell) => cell.column === column)?.xml)
        );
    });
  });
  rows.sort((a, b) => a.number - b.number);

  const lastAppended = firstNumber + changes.appendedRows.length - 1;
  let updated = `${selfClosing === null ? xml.slice(0, contentStart) : `${xml.slice(0, open)}<sheetData>`}${rows.map(rowXml).join("")}${
    selfClosing === null
      ? xml.slice(close)
      : `</sheetData>${xml.slice(open + selfClosing[0].length)}`
  }`;
  if (changes.appendedRows.length > 0) {
    updated = updated.replace(
      /(<dimension\b[^>]*\sref=")([^"]+)(")/,
      (whole, before: string, reference: string, after: string) => {
        const range = rangeEnd(reference);
        return range === undefined || range.endRow >= lastAppended
          ? whole
          : `${before}${range.start}:${range.endColumn}${lastAppended}${after}`;
      }
    );
    for (const relationship of xlsx.relationshipsOf(sheet.partPath)) {
      if (!relationship.type.endsWith("/table") || relationship.external) continue;
      const tableXml = xlsx.text(relationship.target);
      if (tableXml !== undefined) {
        const extended = extendTable(tableXml, firstNumber, lastAppended);
        if (extended !== tableXml) xlsx.setText(relationship.target, extended);
      }
    }
  }
  xlsx.setText(sheet.partPath, updated);
  return { firstRow: firstNumber - 1, count: changes.appendedRows.length };
}
