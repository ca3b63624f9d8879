// The cell grids of a workbook read straight from its sheet XML, one regex pass per sheet (exceljs took
// seconds on a large workbook), in core's cell dialect (CellValue in core/validate/grid.ts), the one
// Office.js gives: numbers (dates as the serial numbers the file holds), strings, booleans, errors
// as their text, "" for an empty cell, and "General" for a cell without a number format. A grid is
// the rectangle from A1 to the last row and column holding a value.
import { cellReference } from "../../core/cell-addresses";
import type { CellValue, SheetGrid, WorkbookGrids } from "../../core/validate";
import { UsageError } from "../command";
import { builtInNumberFormat, customNumberFormats } from "./number-formats";
import {
  workbookPartOf,
  workbookPartOfKind,
  workbookSheetsOf,
  type WorkbookSheet,
} from "./workbook-sheets";
import type { XlsxPackage } from "./xlsx-package";
import { attributesOf, elementContent, tagsNamed, unescapeXml } from "./xml-text";

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

/** Text content with XML's line-end normalisation and its entities decoded. */
function decodedText(raw: string): string {
  return unescapeXml(raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw);
}

/** "_x000D_" and the like as the characters they stand for (upper-case hex only, like exceljs). */
function withoutOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_escape, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16))
  );
}

const phoneticRunPattern = /<rPh\b[\s\S]*?<\/rPh>/g;
const textPattern = /<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g;

/** The text of a shared string item or an inline string: its runs joined, phonetic runs left out. */
function stringItemText(item: string): string {
  const runs = item.includes("<rPh") ? item.replace(phoneticRunPattern, "") : item;
  let text = "";
  for (const match of runs.matchAll(textPattern))
    text += withoutOoxmlEscapes(decodedText(match[1] ?? ""));
  return text;
}

const stringItemPattern = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;

function sharedStringsOf(xml: string): string[] {
  return Array.from(xml.matchAll(stringItemPattern), (match) => stringItemText(match[1] ?? ""));
}

function styleFormatsOf(stylesXml: string): (string | undefined)[] {
  const customFormats = customNumberFormats(stylesXml);
  return tagsNamed(elementContent(stylesXml, "cellXfs"), "xf").map((tag, style) => {
    const id = Number.parseInt(attributesOf(tag).get("numFmtId") ?? "", 10);
    if (style === 0 || !id) return undefined;
    // exceljs reported codes without their backslash escapes ("0.0\ %" as "0.0 %").
    return customFormats.get(id)?.replace(/\\(.)/g, "$1") || builtInNumberFormat(id);
  });
}

function isDate1904(workbookXml: string): boolean {
  const tag = tagsNamed(workbookXml, "workbookPr")[0] ?? "";
  const date1904 = attributesOf(tag).get("date1904");
  return date1904 === "1" || date1904 === "true";
}

/** A 0-based column from a cell reference ("AB12" → 27), -1 when it has no column letters. */
function columnIndexOf(reference: string | undefined): number {
  if (reference === undefined) return -1;
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
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

function mergedRangesOf(sheetTail: string): CellRange[] {
  return tagsNamed(sheetTail, "mergeCell").flatMap((tag) => {
    const range = rangeOf(attributesOf(tag).get("ref") ?? "");
    return range === undefined ? [] : [range];
  });
}

const maxColumns = 16384;

/** The number format of each column's style (`<col min="1" max="3" style="2"/>`), first definition winning. */
function columnFormatsOf(sheetHead: string, context: WorkbookContext): (string | undefined)[] {
  const formats: (string | undefined)[] = [];
  const columns = tagsNamed(sheetHead, "col")
    .map((tag) => attributesOf(tag))
    .map((attributes) => ({
      min: Number.parseInt(attributes.get("min") ?? "0", 10) || 0,
      max: Math.min(Number.parseInt(attributes.get("max") ?? "0", 10) || 0, maxColumns),
      format: context.styleFormats[Number.parseInt(attributes.get("style") ?? "", 10)],
    }))
    .sort((a, b) => a.min - b.min);
  let next = 1;
  for (const column of columns) {
    for (let index = Math.max(next, column.min); index <= column.max; index++)
      formats[index - 1] = column.format;
    next = Math.max(next, column.max + 1);
  }
  return formats;
}

const valuePattern = /<v\b[^>]*>([^<]*)<\/v>/;

function valueTextOf(content: string): string | undefined {
  if (content.startsWith("<v>")) {
    const end = content.indexOf("</v>");
    if (end >= 0) return content.slice(3, end);
  }
  return valuePattern.exec(content)?.[1];
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

function attributeOf(tag: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(tag);
  return match === null ? undefined : (match[1] ?? match[2]);
}

const referenceAttribute = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const styleAttribute = /\ss\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const typeAttribute = /\st\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const customFormatAttribute = /\scustomFormat\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * The most cells a sheet's rectangle may hold (the national Data sheet holds about 1.1 million): a
 * stray value far out, such as XFD1048576, would otherwise ask for billions of cells.
 */
export const maximumGridCells = 20_000_000;

/** The number format Office.js names for a cell without one. */
const general = "General";

/** One sheet's cells as they are read, row by row. */
class SheetCells {
  readonly values: CellValue[][] = [];
  readonly numberFormats: string[][] = [];
  /** The number format of each row with a format of its own (`<row s="1" customFormat="1">`). */
  private readonly rowFormats: (string | undefined)[] = [];
  private row = -1;
  private column = -1;
  /** The last row and column holding a value so far; -1 for none. */
  private bottom = -1;
  private right = -1;

  constructor(private readonly context: WorkbookContext) {}

  private put(row: number, column: number, value: CellValue, format: string | undefined): void {
    (this.values[row] ??= [])[column] = value;
    (this.numberFormats[row] ??= [])[column] = format ?? general;
    if (value === "") return;
    if (row > this.bottom) this.bottom = row;
    if (column > this.right) this.right = column;
  }

  readRow(tag: string): void {
    const number = Number.parseInt(attributeOf(tag, referenceAttribute) ?? "", 10);
    this.row = number > 0 ? number - 1 : this.row + 1;
    this.column = -1;
    const customFormat = attributeOf(tag, customFormatAttribute);
    if (customFormat !== "1" && customFormat !== "true") return;
    const style = Number.parseInt(attributeOf(tag, styleAttribute) ?? "", 10);
    this.rowFormats[this.row] = this.context.styleFormats[style];
  }

  /** A cell in any form: its start tag's attributes and its content. */
  readCellTag(tag: string, content: string): void {
    const style = Number.parseInt(attributeOf(tag, styleAttribute) ?? "", 10) || 0;
    const type = attributeOf(tag, typeAttribute);
    this.readCell(attributeOf(tag, referenceAttribute), style, type, valueTextOf(content), content);
  }

  /** A cell; `content` holds at least its inline string elements. */
  readCell(
    reference: string | undefined,
    style: number,
    type: string | undefined,
    text: string | undefined,
    content: string
  ): void {
    const column = columnIndexOf(reference);
    this.column = column >= 0 ? column : this.column + 1;
    if (this.row < 0) return;
    this.put(
      this.row,
      this.column,
      this.valueOf(type, text, content),
      this.context.styleFormats[style]
    );
  }

  /** The cell's value; "" when it holds none (a formula without a calculated value, a style alone). */
  private valueOf(type: string | undefined, text: string | undefined, content: string): CellValue {
    if (type === "inlineStr") return stringItemText(content);
    if (text === undefined || text === "") return "";
    switch (type) {
      case "s":
        return this.context.sharedStrings[Number.parseInt(text, 10)] ?? "";
      case "str":
        return decodedText(text);
      case "b":
        return Number.parseInt(text, 10) !== 0;
      case "e":
        return decodedText(text);
      case "d":
        return serialOfIsoDate(text, this.context.date1904);
      default:
        return Number.parseFloat(text);
    }
  }

  /** Every cell of a merged area but its first is empty, as Excel shows it. */
  clearMerged(range: CellRange): void {
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
    this.values.length = bottom + 1;
    this.numberFormats.length = bottom + 1;
    const width = right + 1;
    for (let row = 0; row <= bottom; row++) {
      const cells = (this.values[row] ??= []);
      const formats = (this.numberFormats[row] ??= []);
      if (cells.length > width) {
        cells.length = width;
        formats.length = width;
      }
      const rowFormat = this.rowFormats[row];
      for (let column = 0; column < width; column++)
        if (cells[column] === undefined) {
          cells[column] = "";
          formats[column] = rowFormat ?? columnFormats[column] ?? general;
        }
    }
    return this.values;
  }
}

// Cells as Excel writes them, <c r="B2" s="1" t="s"><f>…</f><v>…</v></c>, are read by one match
// (groups 1-5); a row or a cell in any other form matches by its start tag (groups 6 and 7).
const sheetDataPattern =
  /<c r="([A-Z]+\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?:\/>|>(<f\b[^>]*?(?:\/>|>[^<]*<\/f>))?(?:<v>([^<]*)<\/v>)?<\/c>)|<(row|c)\b([^>]*)>/g;

function readSheetData(xml: string, start: number, end: number, cells: SheetCells): void {
  sheetDataPattern.lastIndex = start;
  for (let match = sheetDataPattern.exec(xml); match !== null && match.index < end; ) {
    const element = match[6];
    const tag = match[7] ?? "";
    if (element === undefined) {
      const style = match[2] === undefined ? 0 : Number.parseInt(match[2], 10);
      cells.readCell(match[1], style, match[3], match[5], match[4] ?? "");
    } else if (element === "row") cells.readRow(tag);
    else if (tag.endsWith("/")) cells.readCellTag(tag, "");
    else {
      const close = xml.indexOf("</c>", sheetDataPattern.lastIndex);
      const contentEnd = close < 0 ? end : close;
      cells.readCellTag(tag, xml.slice(sheetDataPattern.lastIndex, contentEnd));
      sheetDataPattern.lastIndex = contentEnd + 4;
    }
    match = sheetDataPattern.exec(xml);
  }
}

function gridOfSheetXml(name: string, xml: string, context: WorkbookContext): SheetGrid {
  const start = xml.indexOf("<sheetData");
  if (start < 0) return { name, values: [], numberFormats: [] };
  const closing = xml.lastIndexOf("</sheetData>");
  const end = closing < start ? xml.length : closing;
  const cells = new SheetCells(context);
  readSheetData(xml, start, end, cells);
  for (const range of mergedRangesOf(xml.slice(end))) cells.clearMerged(range);
  const extent = cells.extent;
  if (extent.cells > maximumGridCells)
    throw new UsageError(
      `the sheet ${name} holds a value as far out as ${cellReference(name, extent.row, extent.column)}: ` +
        `reading it from A1 would take ${extent.cells.toLocaleString("en")} cells, more than the ` +
        `${maximumGridCells.toLocaleString("en")} Veikart reads; clear the cells beyond the data and save again`
    );
  const values = cells.rectangle(columnFormatsOf(xml.slice(0, start), context));
  return { name, values, numberFormats: cells.numberFormats };
}

/** Reads worksheets one at a time: `cellReaderOf(xlsx).grid(sheet)` for just that sheet. */
export function cellReaderOf(xlsx: XlsxPackage): CellReader {
  const workbookXml = xlsx.text(workbookPartOf(xlsx)) ?? "";
  const sharedStringsXml = xlsx.text(workbookPartOfKind(xlsx, "sharedStrings").path) ?? "";
  const context: WorkbookContext = {
    sharedStrings: sharedStringsOf(sharedStringsXml),
    styleFormats: styleFormatsOf(xlsx.text(workbookPartOfKind(xlsx, "styles").path) ?? ""),
    date1904: isDate1904(workbookXml),
  };
  return {
    grid(sheet) {
      const xml = xlsx.text(sheet.partPath);
      if (xml === undefined) return { name: sheet.name, values: [], numberFormats: [] };
      return gridOfSheetXml(sheet.name, xml, context);
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
