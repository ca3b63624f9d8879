// Writing rows into a user's sheet in place: rows appended below the last row that holds a value,
// and single cells replaced, inside the sheet part's XML. The part is read with the XML reader (any
// prefix, comments, CDATA; linear in its size), and only the rows written to change: every other
// row, and every other cell of a row written to, stays as it was, byte for byte. A cell written
// takes the style of the cell it replaces, or of the cell above in its column, so a text-formatted
// code column stays text. The sheet's Excel tables and its dimension grow to cover the appended rows.
import { columnIndexOf, columnLetters } from "../../core/cell-addresses";
import { UsageError } from "../command";
import { isSpreadsheetNamespace } from "./ooxml-vocabulary";
import { workbookSheetsOf } from "./workbook-sheets";
import type { XlsxPackage } from "./xlsx-package";
import type { XmlReader } from "./xml-reader";
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

/** Where an element is written in the part's text. */
interface ElementPlace {
  /** The element's name as written, "row" or "x:row". */
  readonly qualifiedName: string;
  readonly start: number;
  /** The end of its start tag. */
  readonly startTagEnd: number;
  /** Where its end tag starts; startTagEnd for an empty element (`<row r="3"/>`). */
  contentEnd: number;
  end: number;
  readonly isEmptyElement: boolean;
  /** The prefix of SpreadsheetML's namespace in the element's scope, for new children ("" for none). */
  readonly prefix: string;
}

interface CellElement {
  /** 0-based. */
  readonly column: number;
  readonly start: number;
  end: number;
  readonly style: string | undefined;
  holdsValue: boolean;
}

interface RowElement extends ElementPlace {
  /** 1-based, as the row's r attribute. */
  readonly number: number;
  /** Where the row's spans hint is written, if it has one: its name's start, and its value. */
  readonly spans: (TextRange & { readonly nameStart: number }) | undefined;
  holdsValue: boolean;
  /**
   * Its cells, kept only where they may be needed: rows written to, the last row holding a value
   * (whose styles new rows take) and rows without values (which appended rows may fill).
   */
  readonly cells: CellElement[];
}

interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A reference attribute (`ref="A1:G40"`) and where its value is written. */
interface ReferenceAttribute extends TextRange {
  readonly value: string;
}

interface SheetXml {
  readonly sheetData: ElementPlace;
  readonly rows: RowElement[];
  /** The rows by number (the last of a number written twice). */
  readonly rowOfNumber: ReadonlyMap<number, RowElement>;
  readonly dimension: ReferenceAttribute | undefined;
  /** The row of the greatest number that holds a value, its cells kept; new rows go below it. */
  readonly lastValueRow: RowElement | undefined;
}

/** A range of the original text replaced by new text (an insertion when start equals end). */
interface TextEdit extends TextRange {
  readonly text: string;
}

/** The text from `from` to `to` with the edits made; edits sorted by start, none overlapping. */
function withEdits(xml: string, from: number, to: number, edits: readonly TextEdit[]): string {
  let text = "";
  let at = from;
  for (const edit of edits) {
    text += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return text + xml.slice(at, to);
}

/** Insertions before replacements at one offset, insertions in the order they were made. */
function sortedEdits(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

function referenceAttributeOf(reader: XmlReader): ReferenceAttribute | undefined {
  const range = reader.attributeRange("ref");
  const value = reader.attribute("ref");
  return range === undefined || value === undefined ? undefined : { ...range, value };
}

function placeOf(reader: XmlReader): ElementPlace {
  const { qualifiedName, start, end, isEmptyElement } = reader;
  return {
    qualifiedName,
    start,
    startTagEnd: end,
    contentEnd: end,
    end,
    isEmptyElement,
    prefix: reader.prefixOf(reader.namespace) ?? "",
  };
}

/** Whether the reader just opened a SpreadsheetML element of that name at that depth. */
function opened(reader: XmlReader, depth: number, localName: string): boolean {
  return (
    reader.token === "open" &&
    reader.depth === depth &&
    reader.localName === localName &&
    isSpreadsheetNamespace(reader.namespace)
  );
}

/** Whether the reader, moved on, is still inside the element it opened at `depth`. */
function isInside(reader: XmlReader, depth: number): boolean {
  return reader.next() !== "close" || reader.depth >= depth;
}

/** The cell the reader just opened, read to its close: whether it holds a value, a formula or a text. */
function readCell(reader: XmlReader, column: number): CellElement {
  const cell: CellElement = {
    column,
    start: reader.start,
    end: reader.end,
    style: reader.attribute("s"),
    holdsValue: false,
  };
  if (reader.isEmptyElement) {
    reader.next();
    return cell;
  }
  const depth = reader.depth;
  while (isInside(reader, depth))
    cell.holdsValue ||=
      opened(reader, depth + 1, "v") ||
      opened(reader, depth + 1, "f") ||
      opened(reader, depth + 1, "is");
  cell.end = reader.end;
  return cell;
}

/** The row the reader just opened, read to its close with its cells. */
function readRow(reader: XmlReader, number: number): RowElement {
  const { qualifiedName, start, startTagEnd, isEmptyElement, prefix } = placeOf(reader);
  const row: RowElement = {
    qualifiedName,
    start,
    startTagEnd,
    contentEnd: startTagEnd,
    end: startTagEnd,
    isEmptyElement,
    prefix,
    number,
    spans: reader.attributeRange("spans"),
    holdsValue: false,
    cells: [],
  };
  const depth = reader.depth;
  let column = -1;
  while (isInside(reader, depth)) {
    if (!opened(reader, depth + 1, "c")) continue;
    const reference = reader.attribute("r");
    column = reference === undefined ? column + 1 : columnIndexOf(reference);
    const cell = readCell(reader, column);
    row.holdsValue ||= cell.holdsValue;
    row.cells.push(cell);
  }
  if (!row.isEmptyElement) {
    row.contentEnd = reader.start;
    row.end = reader.end;
  }
  return row;
}

/**
 * The worksheet's dimension, sheetData and rows, the cells kept of the rows `written` (1-based) and
 * those `RowElement.cells` names; undefined when it has no sheetData.
 */
function readSheetXml(reader: XmlReader, written: ReadonlySet<number>): SheetXml | undefined {
  let dimension: ReferenceAttribute | undefined;
  let sheetData: ElementPlace | undefined;
  const rows: RowElement[] = [];
  const rowOfNumber = new Map<number, RowElement>();
  let lastValueRow: RowElement | undefined;
  const dropCells = (row: RowElement) => {
    if (!written.has(row.number)) row.cells.length = 0;
  };
  while (reader.next() !== "end") {
    if (opened(reader, 2, "dimension")) dimension = referenceAttributeOf(reader);
    if (!opened(reader, 2, "sheetData") || sheetData !== undefined) continue;
    sheetData = placeOf(reader);
    if (sheetData.isEmptyElement) continue;
    let previous = 0;
    while (isInside(reader, 2))
      if (opened(reader, 3, "row")) {
        const number = Number(reader.attribute("r") ?? previous + 1);
        previous = number;
        const row = readRow(reader, number);
        if (row.holdsValue && lastValueRow !== undefined && lastValueRow.number > number)
          dropCells(row);
        else if (row.holdsValue) {
          if (lastValueRow !== undefined) dropCells(lastValueRow);
          lastValueRow = row;
        }
        rows.push(row);
        rowOfNumber.set(number, row);
      }
    sheetData.contentEnd = reader.start;
    sheetData.end = reader.end;
  }
  return sheetData === undefined
    ? undefined
    : { sheetData, rows, rowOfNumber, dimension, lastValueRow };
}

function qualified(prefix: string, localName: string): string {
  return prefix === "" ? localName : `${prefix}:${localName}`;
}

/** A new cell element, in the prefix of the row it goes in. */
function cellXml(
  prefix: string,
  row: number,
  column: number,
  value: WrittenValue,
  style: string | undefined
): string {
  const element = (name: string) => qualified(prefix, name);
  const reference = `${columnLetters(column)}${row}`;
  const styleAttribute = style === undefined ? "" : ` s="${escapeXml(style)}"`;
  if (value === null) return `<${element("c")} r="${reference}"${styleAttribute}/>`;
  if (typeof value === "number")
    return `<${element("c")} r="${reference}"${styleAttribute}><${element("v")}>${value}</${element("v")}></${element("c")}>`;
  return (
    `<${element("c")} r="${reference}"${styleAttribute} t="inlineStr"><${element("is")}>` +
    `<${element("t")} xml:space="preserve">${escapeXml(value)}</${element("t")}></${element("is")}></${element("c")}>`
  );
}

/** A cell to write: its value, and the style it takes when it replaces no cell that has one. */
interface PendingWrite {
  readonly value: WrittenValue;
  readonly fallbackStyle: string | undefined;
}

/** The start tag's text without its spans hint (which no longer holds once cells are added), opened. */
function openedStartTag(xml: string, row: RowElement): string {
  const tagEnd = row.startTagEnd - (row.isEmptyElement ? 2 : 1);
  if (row.spans === undefined) return `${xml.slice(row.start, tagEnd)}>`;
  // From the space before its name to its closing quote.
  let cut = row.spans.nameStart;
  while (xml.charCodeAt(cut - 1) <= 32) cut--;
  return `${xml.slice(row.start, cut)}${xml.slice(row.spans.end + 1, tagEnd)}>`;
}

/**
 * The row with its cells written: a cell replaced where it is, a new one before the first cell to
 * its right; the other cells and whatever lies between them as they were.
 */
function writtenRowXml(xml: string, row: RowElement, writes: Map<number, PendingWrite>): string {
  const edits: TextEdit[] = [];
  for (const [column, write] of [...writes].sort(([a], [b]) => a - b)) {
    const existing = row.cells.find((cell) => cell.column === column);
    const style = existing?.style ?? write.fallbackStyle;
    if (existing === undefined && write.value === null) continue;
    const text = cellXml(row.prefix, row.number, column, write.value, style);
    if (existing !== undefined) edits.push({ start: existing.start, end: existing.end, text });
    else {
      const at = row.cells.find((cell) => cell.column > column)?.start ?? row.contentEnd;
      edits.push({ start: at, end: at, text });
    }
  }
  return (
    openedStartTag(xml, row) +
    withEdits(xml, row.startTagEnd, row.contentEnd, sortedEdits(edits)) +
    `</${row.qualifiedName}>`
  );
}

function rangeEnd(
  reference: string
): { readonly start: string; readonly endColumn: string; readonly endRow: number } | undefined {
  const match = /^([A-Z]+\d+):([A-Z]+)(\d+)$/.exec(reference);
  if (match === null) return undefined;
  return { start: match[1] as string, endColumn: match[2] as string, endRow: Number(match[3]) };
}

/** The reference moved down to end at `lastRow` if it ends at or below `fromRow` - 1 and above `lastRow`. */
function extendedReference(
  attribute: ReferenceAttribute,
  fromRow: number,
  lastRow: number
): TextEdit | undefined {
  const range = rangeEnd(attribute.value);
  if (range === undefined || range.endRow < fromRow - 1 || range.endRow >= lastRow)
    return undefined;
  return { ...attribute, text: `${range.start}:${range.endColumn}${lastRow}` };
}

/** The table part's range and its autoFilter's moved down to `lastRow`. */
function extendTable(xlsx: XlsxPackage, tablePath: string, fromRow: number, lastRow: number): void {
  const edits = xlsx.readXml(tablePath, (reader) => {
    const found: TextEdit[] = [];
    while (reader.next() !== "end") {
      const isRange = opened(reader, 1, "table") || opened(reader, 2, "autoFilter");
      const attribute = isRange ? referenceAttributeOf(reader) : undefined;
      const edit =
        attribute === undefined ? undefined : extendedReference(attribute, fromRow, lastRow);
      if (edit !== undefined) found.push(edit);
    }
    return found;
  });
  const xml = xlsx.text(tablePath);
  if (edits === undefined || edits.length === 0 || xml === undefined) return;
  xlsx.setText(tablePath, withEdits(xml, 0, xml.length, edits));
}

/** The cells to write by 1-based row, then 0-based column; a later write to a cell wins. */
function pendingWrites(
  changes: SheetRowChanges,
  sheet: SheetXml
): { readonly writes: Map<number, Map<number, PendingWrite>>; readonly firstNumber: number } {
  const writes = new Map<number, Map<number, PendingWrite>>();
  const write = (number: number, column: number, pending: PendingWrite) => {
    let row = writes.get(number);
    if (row === undefined) writes.set(number, (row = new Map()));
    row.set(column, pending);
  };
  for (const { row, column, value } of changes.replacedCells) {
    if (!sheet.rowOfNumber.has(row + 1))
      throw new UsageError(
        `${changes.sheet}!${columnLetters(column)}${row + 1} is not a row of the sheet`
      );
    write(row + 1, column, { value, fallbackStyle: undefined });
  }
  const styleRow = sheet.lastValueRow;
  const firstNumber = (styleRow?.number ?? 0) + 1;
  changes.appendedRows.forEach((values, index) =>
    values.forEach((value, column) => {
      if (value === null) return;
      const fallbackStyle = styleRow?.cells.find((cell) => cell.column === column)?.style;
      write(firstNumber + index, column, { value, fallbackStyle });
    })
  );
  return { writes, firstNumber };
}

/** A row the sheet does not have, with its cells, in the prefix of the sheetData it goes in. */
function newRowXml(prefix: string, number: number, writes: Map<number, PendingWrite>): string {
  const cells = [...writes]
    .sort(([a], [b]) => a - b)
    .filter(([, write]) => write.value !== null)
    .map(([column, write]) => cellXml(prefix, number, column, write.value, write.fallbackStyle));
  const row = qualified(prefix, "row");
  return `<${row} r="${number}">${cells.join("")}</${row}>`;
}

/** An empty `<sheetData/>` opened around its new rows. */
function openedSheetData(
  xml: string,
  sheetData: ElementPlace,
  newRows: readonly TextEdit[]
): TextEdit {
  const startTag = `${xml.slice(sheetData.start, sheetData.end - 2)}>`;
  const rows = newRows.map((edit) => edit.text).join("");
  return { ...sheetData, text: `${startTag}${rows}</${sheetData.qualifiedName}>` };
}

/**
 * The sheet part's text with the rows written: a row written to replaced where it is, a new row put
 * before the first row below it; and the dimension grown to `lastAppended`.
 */
function writtenSheetXml(
  xml: string,
  sheet: SheetXml,
  writes: Map<number, Map<number, PendingWrite>>,
  lastAppended: number | undefined
): string {
  const { sheetData, rows, rowOfNumber } = sheet;
  const byNumber = [...rows].sort((a, b) => a.number - b.number);
  let below = 0;
  const rowEdits: TextEdit[] = [];
  for (const [number, cells] of [...writes].sort(([a], [b]) => a - b)) {
    const row = rowOfNumber.get(number);
    if (row !== undefined) {
      rowEdits.push({ start: row.start, end: row.end, text: writtenRowXml(xml, row, cells) });
      continue;
    }
    while (below < byNumber.length && (byNumber[below] as RowElement).number < number) below++;
    const at = byNumber[below]?.start ?? sheetData.contentEnd;
    rowEdits.push({ start: at, end: at, text: newRowXml(sheetData.prefix, number, cells) });
  }
  const edits =
    sheetData.isEmptyElement && rowEdits.length > 0
      ? [openedSheetData(xml, sheetData, rowEdits)]
      : rowEdits;
  const grown =
    sheet.dimension === undefined || lastAppended === undefined
      ? undefined
      : extendedReference(sheet.dimension, 0, lastAppended);
  if (grown !== undefined) edits.push(grown);
  return withEdits(xml, 0, xml.length, sortedEdits(edits));
}

/**
 * Appends and replaces cells of one sheet in the package (in memory; the caller writes the file).
 * Throws a UsageError naming the sheet when it is missing or holds no cells to edit, and naming the
 * part when its XML is not well-formed.
 */
export function applySheetRowChanges(xlsx: XlsxPackage, changes: SheetRowChanges): AppendedRows {
  const sheet = workbookSheetsOf(xlsx).find((candidate) => candidate.name === changes.sheet);
  if (sheet === undefined || !sheet.isWorksheet)
    throw new UsageError(`the workbook has no worksheet named ${changes.sheet}`);
  const written = new Set(changes.replacedCells.map((write) => write.row + 1));
  const sheetXml = xlsx.readXml(sheet.partPath, (reader) => readSheetXml(reader, written));
  const xml = xlsx.text(sheet.partPath);
  if (sheetXml === undefined || xml === undefined)
    throw new UsageError(`the sheet ${changes.sheet} cannot be edited: its cells were not found`);
  const { writes, firstNumber } = pendingWrites(changes, sheetXml);
  const lastAppended = firstNumber + changes.appendedRows.length - 1;
  xlsx.setText(
    sheet.partPath,
    writtenSheetXml(
      xml,
      sheetXml,
      writes,
      changes.appendedRows.length > 0 ? lastAppended : undefined
    )
  );
  if (changes.appendedRows.length > 0)
    for (const relationship of xlsx.relationshipsOf(sheet.partPath))
      if (relationship.type.endsWith("/table") && !relationship.external)
        extendTable(xlsx, relationship.target, firstNumber, lastAppended);
  return { firstRow: firstNumber - 1, count: changes.appendedRows.length };
}
