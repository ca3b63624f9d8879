// The cell grids of a workbook read straight from its sheet XML, one pass of the XML reader per sheet
// (exceljs took seconds on a large workbook), in core's cell dialect (CellValue in core/validate/grid.ts), the one
// Office.js gives: numbers (dates as the serial numbers the file holds), strings, booleans, errors
// as their text, "" for an empty cell, and "General" for a cell without a number format. A grid is
// the rectangle from A1 to the last row and column holding a value.
import { cellReference, columnIndexOf } from "../../core/cell-addresses";
import type { CellValue, SheetGrid, WorkbookGrids } from "../../core/validate";
import { UsageError } from "../command";
import { builtInNumberFormat, numberFormatAt } from "./number-formats";
import { isSpreadsheetNamespace } from "./ooxml-vocabulary";
import {
  workbookPartOf,
  workbookPartOfKind,
  workbookSheetsOf,
  type WorkbookSheet,
} from "./workbook-sheets";
import type { XlsxPackage } from "./xlsx-package";
import type { XmlReader, XmlScanner } from "./xml-reader";

/** What the cells of every sheet refer to, read once per workbook. */
interface WorkbookContext {
  readonly sharedStrings: readonly string[];
  /** Each cell style's number format; none for style 0 and for General. */
  readonly styleFormats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

/** Reads worksheets one at a time, the workbook's strings and styles loaded once. */
export interface CellReader {
  grid(sheet: WorkbookSheet): SheetGrid;
}

/** "_x000D_" and the like as the characters they stand for (upper-case hex only, like exceljs). */
function withoutOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_escape, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16))
  );
}

/**
 * The text of the string item just opened (`<si>`, or `<is>` of an inline string): its texts, plain
 * or in rich text runs, joined; phonetic runs (`<rPh>`, the reading of East Asian text) left out.
 */
function stringItemText(reader: XmlReader): string {
  if (reader.isEmptyElement) {
    reader.next();
    return "";
  }
  const depth = reader.depth;
  let text = "";
  for (reader.next(); reader.token !== "close" || reader.depth >= depth; reader.next()) {
    if (reader.token !== "open") continue;
    if (reader.localName === "t") text += withoutOoxmlEscapes(reader.elementText());
    else if (reader.localName === "rPh") reader.skipElement();
  }
  return text;
}

function sharedStringsOf(reader: XmlReader): string[] {
  const strings: string[] = [];
  while (reader.next() !== "end")
    if (reader.token === "open" && reader.localName === "si" && reader.depth === 2)
      if (isSpreadsheetNamespace(reader.namespace)) strings.push(stringItemText(reader));
  return strings;
}

function styleFormatsOf(reader: XmlReader): (string | undefined)[] {
  const ownFormats = new Map<number, string>();
  const cellFormatIds: number[] = [];
  let section = "";
  while (reader.next() !== "end") {
    if (reader.token !== "open" || !isSpreadsheetNamespace(reader.namespace)) continue;
    if (reader.depth === 2) section = reader.localName;
    const format = numberFormatAt(reader);
    if (format !== undefined) ownFormats.set(format.id, format.code);
    else if (section === "cellXfs" && reader.depth === 3 && reader.localName === "xf")
      cellFormatIds.push(Number.parseInt(reader.attribute("numFmtId") ?? "", 10));
  }
  return cellFormatIds.map((id, style) => {
    // exceljs reported codes without their backslash escapes ("0.0\ %" as "0.0 %"), and no format
    // for style 0 unless the workbook defines its format itself.
    const own = ownFormats.get(id)?.replace(/\\(.)/g, "$1");
    return own || (style === 0 ? undefined : builtInNumberFormat(id));
  });
}

function isDate1904(reader: XmlReader): boolean {
  while (reader.next() !== "end")
    if (reader.token === "open" && reader.localName === "workbookPr" && reader.depth === 2) {
      const date1904 = reader.attribute("date1904");
      return date1904 === "1" || date1904 === "true";
    }
  return false;
}

interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function rangeOf(reference: string): CellRange | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(reference);
  if (match === null) return undefined;
  const [, firstColumn = "", firstRow = "", lastColumn = firstColumn, lastRow = firstRow] = match;
  const rows = [Number(firstRow) - 1, Number(lastRow) - 1];
  const columns = [columnIndexOf(firstColumn), columnIndexOf(lastColumn)];
  return {
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
}

const maxColumns = 16384;

/** A `<col min="1" max="3" style="2"/>` element: the columns it spans and their style's number format. */
interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly format: string | undefined;
}

function columnStyleOf(reader: XmlReader, context: WorkbookContext): ColumnStyle {
  return {
    min: Number.parseInt(reader.attribute("min") ?? "0", 10) || 0,
    max: Math.min(Number.parseInt(reader.attribute("max") ?? "0", 10) || 0, maxColumns),
    format: context.styleFormats[Number.parseInt(reader.attribute("style") ?? "", 10)],
  };
}

/** The number format of each column's style, first definition winning. */
function columnFormatsOf(columnStyles: ColumnStyle[]): (string | undefined)[] {
  const formats: (string | undefined)[] = [];
  let next = 1;
  for (const column of columnStyles.sort((a, b) => a.min - b.min)) {
    for (let index = Math.max(next, column.min); index <= column.max; index++)
      formats[index - 1] = column.format;
    next = Math.max(next, column.max + 1);
  }
  return formats;
}

const millisecondsPerDay = 24 * 3600 * 1000;
/** Day 0 of the 1900 date system for dates from 1 March 1900 on (before that, Excel's 29 February 1900 is one day short). */
const epoch1900 = Date.UTC(1899, 11, 30);
const firstMarch1900 = Date.UTC(1900, 2, 1);
const epoch1904 = Date.UTC(1904, 0, 1);

/**
 * A `t="d"` value as the serial number Excel holds for it, in the workbook's date system; ISO 8601
 * without a zone is the time as written, read as UTC. Text that is not a date stays text.
 */
function serialOfIsoDate(text: string, date1904: boolean): CellValue {
  const hasZone = !text.includes("T") || /(?:Z|[+-]\d\d:?\d\d)$/i.test(text);
  const time = new Date(hasZone ? text : `${text}Z`).getTime();
  if (Number.isNaN(time)) return text;
  if (date1904) return (time - epoch1904) / millisecondsPerDay;
  const days = (time - epoch1900) / millisecondsPerDay;
  return time < firstMarch1900 ? days - 1 : days;
}

/**
 * The most cells a sheet's rectangle may hold (the national Data sheet holds about 1.1 million): a
 * stray value far out, such as XFD1048576, would otherwise ask for billions of cells.
 */
export const maximumGridCells = 20_000_000;

/** The number format Office.js names for a cell without one. */
const general = "General";

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Powers of ten a double holds exactly, up to the largest a short decimal needs. */
const exactPowersOfTen = Array.from({ length: 16 }, (_, power) => 10 ** power);

/**
 * The number of a decimal written with at most 15 digits (`-?digits(.digits)?`, as Excel writes most
 * numbers) read from the text where it stands; NaN when written otherwise. Exactly the double that
 * parseFloat gives: the digits as a whole number and the power of ten are both exact doubles, and
 * IEEE division rounds their quotient correctly, as parseFloat rounds the decimal.
 */
function shortDecimal(xml: string, start: number, end: number): number {
  const negative = xml.charCodeAt(start) === 45;
  let index = negative ? start + 1 : start;
  let digits = 0;
  let whole = 0;
  let decimals = -1;
  for (; index < end; index++) {
    const code = xml.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      whole = whole * 10 + code - 48;
      digits++;
      if (decimals >= 0) decimals++;
    } else if (code === 46 && decimals < 0 && digits > 0) decimals = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return Number.NaN;
  const value = decimals > 0 ? whole / (exactPowersOfTen[decimals] as number) : whole;
  return negative ? -value : value;
}

/** Where text from `start` ends at markup, a reference or a carriage return (which XML turns into a line feed). */
function plainTextEnd(xml: string, start: number): number {
  let index = start;
  for (; index < xml.length; index++) {
    const code = xml.charCodeAt(index);
    if (code === 60 || code === 38 || code === 13) break;
  }
  return index;
}

/** The rest of a text element's start tag that keeps its spaces, `<t xml:space="preserve">`. */
const preservedSpace = ' xml:space="preserve">';

/** A shared string's index written as up to nine digits; -1 when written otherwise. */
function sharedStringIndex(xml: string, start: number, end: number): number {
  if (end - start > 9) return -1;
  let index = 0;
  for (let position = start; position < end; position++) {
    const code = xml.charCodeAt(position);
    if (code < 48 || code > 57) return -1;
    index = index * 10 + code - 48;
  }
  return index;
}

/** Whether two rows' number formats are the same, cell by cell (a cell the row does not hold as undefined). */
function sameFormats(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let column = 0; column < a.length; column++) if (a[column] !== b[column]) return false;
  return true;
}

/**
 * A row's number formats across the rectangle: a cell the row does not hold gets its row's or its
 * column's; `formats` itself when it needs no change (it may be shared with other rows, so it is
 * never changed).
 */
function rectangleFormats(
  formats: readonly string[],
  width: number,
  rowFormat: string | undefined,
  columnFormats: readonly (string | undefined)[]
): string[] {
  let complete = formats.length === width;
  for (let column = 0; complete && column < width; column++)
    complete = formats[column] !== undefined;
  if (complete) return formats as string[];
  return Array.from(
    { length: width },
    (_, column) => formats[column] ?? rowFormat ?? columnFormats[column] ?? general
  );
}

/**
 * One sheet's cells as they are read, row by row. A finished row whose number formats are those of
 * the finished row before it shares that row's array: a large sheet's rows mostly repeat a few
 * patterns, and a million-cell sheet kept as many arrays alive as it had rows.
 */
class SheetCells implements XmlScanner {
  readonly values: CellValue[][] = [];
  readonly numberFormats: string[][] = [];
  /** The number format of each row with a format of its own (`<row s="1" customFormat="1">`). */
  private readonly rowFormats: (string | undefined)[] = [];
  private row = -1;
  private column = -1;
  /** The last row and column holding a value so far; -1 for none. */
  private bottom = -1;
  private right = -1;
  /** The cells the current row and the row before it held, for the width of the next row's arrays. */
  private cellsInRow = 0;
  private cellsInRowBefore = 0;
  /** The number formats the last finished rows share, and every array rows have shared. */
  private sharedFormats: string[] = [];
  private readonly formatsMaybeShared = new Set<string[]>();
  /** Each column's last inline string in the scanner's form, as written and as read. */
  private readonly lastInlineWritten: string[] = [];
  private readonly lastInlineTexts: string[] = [];

  constructor(private readonly context: WorkbookContext) {}

  private put(row: number, column: number, value: CellValue, format: string | undefined): void {
    let cells = this.values[row];
    let formats = this.numberFormats[row];
    if (cells === undefined || formats === undefined) {
      // As wide as the rows so far, so that the rectangle need not grow it again; no wider than
      // twice the cells the row before held, so that the arrays stay in proportion to the XML.
      const width = Math.min(this.right + 1, 2 * this.cellsInRowBefore);
      cells = this.values[row] = new Array<CellValue>(width);
      formats = this.numberFormats[row] = new Array<string>(width);
    }
    cells[column] = value;
    formats[column] = format ?? general;
    this.cellsInRow++;
    if (value === "") return;
    if (row > this.bottom) this.bottom = row;
    if (column > this.right) this.right = column;
  }

  /**
   * Shares the current row's number formats with the rows before it when they are the same. Only a
   * row no longer than twice the cells it and the row before held is compared, so that a row of
   * one cell far out does not cost a comparison cell by cell.
   */
  finishRow(): void {
    const formats = this.numberFormats[this.row];
    if (formats === undefined || formats === this.sharedFormats) return;
    if (formats.length > 2 * (this.cellsInRow + this.cellsInRowBefore)) return;
    if (sameFormats(formats, this.sharedFormats)) this.numberFormats[this.row] = this.sharedFormats;
    else {
      this.sharedFormats = formats;
      this.formatsMaybeShared.add(formats);
    }
  }

  /** The row just opened (`<row r="3">`; without r, the row after the last). */
  readRow(reader: XmlReader): void {
    this.startRow(
      Number.parseInt(reader.attribute("r") ?? "", 10),
      reader.attribute("customFormat"),
      reader.attribute("s")
    );
  }

  /** A row of that number (NaN for the next one) and, with customFormat, that style for its empty cells. */
  startRow(number: number, customFormat: string | undefined, style: string | undefined): void {
    this.finishRow();
    this.row = number > 0 ? number - 1 : this.row + 1;
    this.column = -1;
    this.cellsInRowBefore = this.cellsInRow;
    this.cellsInRow = 0;
    // A row given again that shares its number formats with other rows gets its own before they change.
    const formats = this.numberFormats[this.row];
    if (formats !== undefined && this.formatsMaybeShared.has(formats))
      this.numberFormats[this.row] = formats.slice();
    if (customFormat !== "1" && customFormat !== "true") return;
    this.rowFormats[this.row] = this.context.styleFormats[Number.parseInt(style ?? "", 10)];
  }

  /** The cell just opened (`<c r="B2" s="1" t="s">`; without r, the cell after the last), read to its end. */
  readCell(reader: XmlReader): void {
    const reference = reader.attribute("r");
    const style = Number.parseInt(reader.attribute("s") ?? "", 10) || 0;
    const type = reader.attribute("t");
    let text: string | undefined;
    let inlineString: string | undefined;
    if (!reader.isEmptyElement) {
      const depth = reader.depth;
      for (reader.next(); reader.token !== "close" || reader.depth >= depth; reader.next()) {
        if (reader.token !== "open") continue;
        if (reader.localName === "v") text = reader.elementText();
        else if (reader.localName === "is") inlineString = stringItemText(reader);
        else reader.skipElement();
      }
    }
    this.putCell(reference, style, type, type === "inlineStr" ? (inlineString ?? "") : text);
  }

  /**
   * A cell in the form Excel writes, where SpreadsheetML is the default namespace, read at `position`
   * of the sheet's XML: `<c r="B2" s="1" t="s"><v>3</v></c>`, or an inline string in one plain text
   * element as the template writer writes it, `<c r="A2" t="inlineStr"><is><t>0301</t></is></c>`;
   * matched as the regular expression
   * `<c r="([A-Z]{1,3}[0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:/>|><v>([^<&\r]*)</v></c>|><is><t(?: xml:space="preserve")?>([^<&\r]*)</t></is></c>)`
   * would match it, the last form only with t="inlineStr" (no formula, no references in the value).
   * Returns where the cell ends, or -1 when the text there is not in that form. Read character by
   * character, with a shared string's index and a short decimal number taken from the text as they
   * stand: a match and its substrings for each of a million cells kept the garbage collector busy
   * for longer than the matching took.
   */
  scan(xml: string, position: number): number {
    if (!xml.startsWith('<c r="', position)) return -1;
    let index = position + 6;
    let code = xml.charCodeAt(index);
    let column = 0;
    const lettersStart = index;
    while (code >= 65 && code <= 90) {
      column = column * 26 + code - 64;
      code = xml.charCodeAt(++index);
    }
    const letters = index - lettersStart;
    const digitsStart = index;
    while (code >= 48 && code <= 57) code = xml.charCodeAt(++index);
    const digits = index - digitsStart;
    if (letters < 1 || letters > 3 || digits < 1 || digits > 7 || code !== 34) return -1;
    index++;
    let style = 0;
    if (xml.startsWith(' s="', index)) {
      index += 4;
      const styleStart = index;
      for (code = xml.charCodeAt(index); code >= 48 && code <= 57; code = xml.charCodeAt(++index))
        style = style * 10 + code - 48;
      if (index === styleStart || index - styleStart > 9 || code !== 34) return -1;
      index++;
    }
    let typeStart = -1;
    let typeEnd = -1;
    if (xml.startsWith(' t="', index)) {
      index += 4;
      typeStart = index;
      for (code = xml.charCodeAt(index); isAsciiLetter(code); code = xml.charCodeAt(++index));
      typeEnd = index;
      if (typeEnd === typeStart || typeEnd - typeStart > 9 || code !== 34) return -1;
      index++;
    }
    const typeLength = typeEnd - typeStart;
    let valueStart = -1;
    let valueEnd = -1;
    let isInlineText = false;
    if (xml.startsWith("/>", index)) index += 2;
    else if (xml.startsWith("><v>", index)) {
      valueStart = index + 4;
      valueEnd = index = plainTextEnd(xml, valueStart);
      if (!xml.startsWith("</v></c>", index)) return -1;
      index += 8;
    } else if (
      typeLength === 9 &&
      xml.startsWith("inlineStr", typeStart) &&
      xml.startsWith("><is><t", index)
    ) {
      index += 7;
      if (xml.startsWith(preservedSpace, index)) index += preservedSpace.length;
      else if (xml.charCodeAt(index) === 62) index++;
      else return -1;
      valueStart = index;
      valueEnd = index = plainTextEnd(xml, valueStart);
      if (!xml.startsWith("</t></is></c>", index)) return -1;
      index += 13;
      isInlineText = true;
    } else return -1;
    this.column = column - 1;
    if (this.row < 0) return index;
    const format = this.context.styleFormats[style];
    if (valueStart === valueEnd) this.put(this.row, this.column, "", format);
    else if (isInlineText)
      this.put(this.row, this.column, this.inlineText(xml, valueStart, valueEnd), format);
    else if (typeStart < 0 || (typeLength === 1 && xml.charCodeAt(typeStart) === 110)) {
      const number = shortDecimal(xml, valueStart, valueEnd);
      this.put(
        this.row,
        this.column,
        Number.isNaN(number) ? this.valueOf(undefined, xml.slice(valueStart, valueEnd)) : number,
        format
      );
    } else if (typeLength === 1 && xml.charCodeAt(typeStart) === 115) {
      const index = sharedStringIndex(xml, valueStart, valueEnd);
      this.put(
        this.row,
        this.column,
        index < 0
          ? this.valueOf("s", xml.slice(valueStart, valueEnd))
          : (this.context.sharedStrings[index] ?? ""),
        format
      );
    } else this.putWritten(xml.slice(typeStart, typeEnd), xml.slice(valueStart, valueEnd), format);
    return index;
  }

  /**
   * The text of the current cell's inline string written from `start` to `end`: the string of the
   * last inline string in its column when written the same, since a column of codes or names
   * repeats a few texts in many rows, and a string for each kept the garbage collector busy.
   */
  private inlineText(xml: string, start: number, end: number): string {
    const column = this.column;
    const written = this.lastInlineWritten[column];
    if (written !== undefined && written.length === end - start && xml.startsWith(written, start))
      return this.lastInlineTexts[column] as string;
    const text = xml.slice(start, end);
    this.lastInlineWritten[column] = text;
    return (this.lastInlineTexts[column] = withoutOoxmlEscapes(text));
  }

  /** A cell of that reference (the next one when none) and style; `text` is its value as written. */
  private putCell(
    reference: string | undefined,
    style: number,
    type: string | undefined,
    text: string | undefined
  ): void {
    const column = reference === undefined ? -1 : columnIndexOf(reference);
    this.column = column >= 0 ? column : this.column + 1;
    if (this.row < 0) return;
    this.putWritten(type, text, this.context.styleFormats[style]);
  }

  /** The current cell, of that type and number format; `text` is its value as written. */
  private putWritten(
    type: string | undefined,
    text: string | undefined,
    format: string | undefined
  ): void {
    const value = type === "inlineStr" ? (text ?? "") : this.valueOf(type, text);
    this.put(this.row, this.column, value, format);
  }

  /** The cell's value; "" when it holds none (a formula without a calculated value, a style alone). */
  private valueOf(type: string | undefined, text: string | undefined): CellValue {
    if (text === undefined || text === "") return "";
    switch (type) {
      case "s":
        return this.context.sharedStrings[Number.parseInt(text, 10)] ?? "";
      case "str":
      case "e":
        return text;
      case "b":
        return Number.parseInt(text, 10) !== 0;
      case "d":
        return serialOfIsoDate(text, this.context.date1904);
      default:
        return Number.parseFloat(text);
    }
  }

  /**
   * Every cell of a merged area but its first is empty, as Excel shows it. Only the cells the sheet
   * holds are visited, so a merge over a whole column costs its rows that exist; the extent is found
   * again once, after the last merge (`clearMergedAreas`), not once per merge.
   */
  private clearMerged(range: CellRange): boolean {
    let cleared = false;
    const bottom = Math.min(range.bottom, this.values.length - 1);
    for (let row = range.top; row <= bottom; row++) {
      const cells = this.values[row];
      if (cells === undefined) continue;
      const right = Math.min(range.right, cells.length - 1);
      for (let column = range.left; column <= right; column++)
        if (cells[column] !== undefined && (row !== range.top || column !== range.left)) {
          cleared ||= cells[column] !== "";
          cells[column] = "";
        }
    }
    return cleared;
  }

  /** Clears every merged area's cells but its first, and finds the extent again when values went. */
  clearMergedAreas(ranges: readonly CellRange[]): void {
    let cleared = false;
    for (const range of ranges) cleared = this.clearMerged(range) || cleared;
    if (cleared) this.findExtent();
  }

  /** The last row and column holding a value, found again after values were cleared. */
  private findExtent(): void {
    this.bottom = -1;
    this.right = -1;
    this.values.forEach((cells, row) => {
      for (let column = cells.length - 1; column >= 0; column--) {
        const cell = cells[column];
        if (cell !== undefined && cell !== "") {
          this.bottom = row;
          this.right = Math.max(this.right, column);
          break;
        }
      }
    });
  }

  /** The number of cells in the rectangle from A1 to the last value, and where that value lies. */
  get extent(): { readonly cells: number; readonly row: number; readonly column: number } {
    return { cells: (this.bottom + 1) * (this.right + 1), row: this.bottom, column: this.right };
  }

  /**
   * The rectangle from A1 to the last row and column holding a value: the cells outside it left
   * out, the cells inside that the sheet does not hold filled with "" and their row's or column's
   * number format.
   */
  rectangle(columnFormats: readonly (string | undefined)[]): SheetGrid["values"] {
    const { bottom, right } = this;
    this.finishRow();
    this.values.length = bottom + 1;
    this.numberFormats.length = bottom + 1;
    const width = right + 1;
    // Rows that share their number formats share them in the rectangle too, made once per run.
    let lastFormats: string[] | undefined;
    let lastRowFormat: string | undefined;
    let lastRectangleFormats: string[] | undefined;
    for (let row = 0; row <= bottom; row++) {
      const cells = (this.values[row] ??= new Array<CellValue>(width));
      if (cells.length > width) cells.length = width;
      for (let column = 0; column < width; column++) cells[column] ??= "";
      const formats = this.numberFormats[row];
      const rowFormat = this.rowFormats[row];
      if (
        lastRectangleFormats === undefined ||
        formats === undefined ||
        formats !== lastFormats ||
        rowFormat !== lastRowFormat
      ) {
        lastFormats = formats;
        lastRowFormat = rowFormat;
        lastRectangleFormats = rectangleFormats(formats ?? [], width, rowFormat, columnFormats);
      }
      this.numberFormats[row] = lastRectangleFormats;
    }
    return this.values;
  }
}

// Rows and cells in the form Excel writes them are taken whole by scanners where SpreadsheetML is the
// default namespace; anything else (a formula, a reference, another order, a prefix) goes through the
// XML reader element by element. Linear: a scanner stops at the first character its form does not
// allow, and a row start tag it refuses is read again once, element by element.

/** The cells as Excel writes them from where the reader stands in a row. */
function readExcelCells(reader: XmlReader, cells: SheetCells): void {
  while (reader.scanAt(cells));
}

function isAttributeNameCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 58);
}

/**
 * A row's start tag in the form Excel writes it, as the regular expression
 * `<row r="([0-9]{1,7})"((?: (?!xmlns)[A-Za-z0-9:]{1,64}="[^"<&]*")*)>` would match it (no namespace
 * declarations among its attributes), its row started on the sheet's cells with its number and, with
 * customFormat, its style.
 */
class ExcelRowStart implements XmlScanner {
  /** Where the last start tag scanned begins in the XML text. */
  start = -1;

  constructor(private readonly cells: SheetCells) {}

  scan(xml: string, position: number): number {
    if (!xml.startsWith('<row r="', position)) return -1;
    let index = position + 8;
    let number = 0;
    let code = xml.charCodeAt(index);
    for (; code >= 48 && code <= 57; code = xml.charCodeAt(++index))
      number = number * 10 + code - 48;
    if (index === position + 8 || index - position - 8 > 7 || code !== 34) return -1;
    let style: string | undefined;
    let customFormat: string | undefined;
    for (code = xml.charCodeAt(++index); code !== 62; code = xml.charCodeAt(index)) {
      if (code !== 32) return -1;
      const nameStart = ++index;
      while (isAttributeNameCharacter(xml.charCodeAt(index))) index++;
      const nameLength = index - nameStart;
      if (nameLength < 1 || nameLength > 64 || xml.startsWith("xmlns", nameStart)) return -1;
      if (!xml.startsWith('="', index)) return -1;
      const valueStart = index + 2;
      for (index = valueStart; index < xml.length; index++) {
        code = xml.charCodeAt(index);
        if (code === 34 || code === 60 || code === 38) break;
      }
      if (code !== 34 || index >= xml.length) return -1;
      if (nameLength === 1 && xml.charCodeAt(nameStart) === 115)
        style = xml.slice(valueStart, index);
      else if (nameLength === 12 && xml.startsWith("customFormat", nameStart))
        customFormat = xml.slice(valueStart, index);
      index++;
    }
    this.start = position;
    this.cells.startRow(number, customFormat, style);
    return index + 1;
  }
}

/**
 * Rows as Excel writes them, from where the reader stands in an unprefixed `<sheetData>`, each taken
 * whole without entering it; a row whose cells end in another form is left open on the reader, which
 * reads on element by element.
 */
function readExcelRows(reader: XmlReader, cells: SheetCells): void {
  const rowStart = new ExcelRowStart(cells);
  while (reader.scanAt(rowStart)) {
    readExcelCells(reader, cells);
    if (!reader.skip("</row>")) return reader.enter("row", rowStart.start);
  }
}

function gridOfSheetXml(name: string, reader: XmlReader, context: WorkbookContext): SheetGrid {
  const cells = new SheetCells(context);
  const columnStyles: ColumnStyle[] = [];
  const mergedRanges: CellRange[] = [];
  let excelRows = false;
  while (reader.next() !== "end") {
    if (!isSpreadsheetNamespace(reader.namespace)) continue;
    if (reader.token === "close") {
      if (excelRows && reader.localName === "row") readExcelRows(reader, cells);
      continue;
    }
    if (reader.token !== "open") continue;
    switch (reader.localName) {
      case "sheetData":
        // Unprefixed in SpreadsheetML's namespace: unprefixed rows and cells in it are SpreadsheetML's.
        excelRows = reader.qualifiedName === "sheetData" && !reader.isEmptyElement;
        if (excelRows) readExcelRows(reader, cells);
        break;
      case "c":
        cells.readCell(reader);
        if (excelRows) readExcelCells(reader, cells);
        break;
      case "row":
        cells.readRow(reader);
        if (excelRows && !reader.isEmptyElement) readExcelCells(reader, cells);
        break;
      case "col":
        columnStyles.push(columnStyleOf(reader, context));
        break;
      case "mergeCell": {
        const range = rangeOf(reader.attribute("ref") ?? "");
        if (range !== undefined) mergedRanges.push(range);
      }
    }
  }
  cells.clearMergedAreas(mergedRanges);
  const extent = cells.extent;
  if (extent.cells > maximumGridCells)
    throw new UsageError(
      `the sheet ${name} holds a value as far out as ${cellReference(name, extent.row, extent.column)}: ` +
        `reading it from A1 would take ${extent.cells.toLocaleString("en")} cells, more than the ` +
        `${maximumGridCells.toLocaleString("en")} Veikart reads; clear the cells beyond the data and save again`
    );
  const values = cells.rectangle(columnFormatsOf(columnStyles));
  return { name, values, numberFormats: cells.numberFormats };
}

/** Reads worksheets one at a time: `cellReaderOf(xlsx).grid(sheet)` for just that sheet. */
export function cellReaderOf(xlsx: XlsxPackage): CellReader {
  const context: WorkbookContext = {
    sharedStrings:
      xlsx.readXml(workbookPartOfKind(xlsx, "sharedStrings").path, sharedStringsOf) ?? [],
    styleFormats: xlsx.readXml(workbookPartOfKind(xlsx, "styles").path, styleFormatsOf) ?? [],
    date1904: xlsx.readXml(workbookPartOf(xlsx), isDate1904) ?? false,
  };
  return {
    grid(sheet) {
      const grid = xlsx.readXml(sheet.partPath, (reader) =>
        gridOfSheetXml(sheet.name, reader, context)
      );
      return grid ?? { name: sheet.name, values: [], numberFormats: [] };
    },
  };
}

/** Every worksheet of the workbook as a grid, in tab order; chart sheets are left out. */
export function readCellGrids(xlsx: XlsxPackage): WorkbookGrids {
  const reader = cellReaderOf(xlsx);
  return workbookSheetsOf(xlsx)
    .filter((sheet) => sheet.isWorksheet)
    .map((sheet) => reader.grid(sheet));
}
