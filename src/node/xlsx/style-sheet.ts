// The workbook's styles part, extended with the few cell styles generated sheets need: the existing
// styles keep their indexes, new fonts, number formats and cell formats are appended, in the prefix
// the part gives SpreadsheetML's namespace (`<x:xf>` in a part the Open XML SDK wrote).
import { builtInNumberFormatId, numberFormatAt } from "./number-formats";
import { isSpreadsheetNamespace, prefixOfName } from "./ooxml-vocabulary";
import { XmlReader } from "./xml-reader";
import { escapeXml } from "./xml-text";

export interface CellStyle {
  readonly bold?: boolean;
  /** Font size in points; the workbook's default font size when absent. */
  readonly fontSize?: number;
  /** An Excel number format code; General when absent. */
  readonly numberFormat?: string;
}

const firstCustomNumberFormat = 164;

/** A minimal styles part, for a package that has none: one font, the two fills Excel requires. */
export const minimalStylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** A child of the styles part's root that holds a list (`<fonts>`, `<cellXfs>`, `<numFmts>`). */
interface Container {
  readonly start: number;
  readonly startTagEnd: number;
  readonly qualifiedName: string;
  readonly isEmptyElement: boolean;
  readonly count: { readonly start: number; readonly end: number } | undefined;
  /** Where its end tag starts (where new children go); its start tag's end when it is empty. */
  closeStart: number;
  /** Each child element, whole. */
  readonly children: string[];
}

/** A `<font>` element: its start tag (as for an element with content) and its children, whole. */
interface FontElement {
  readonly qualifiedName: string;
  readonly startTag: string;
  readonly children: { readonly localName: string; readonly xml: string }[];
}

const containerNames = new Set(["numFmts", "fonts", "cellXfs"]);

/** What the StyleSheet needs to know of a styles part, read in one pass. */
interface StylesOutline {
  /** The prefix of the root element, for new elements ("" for the default namespace). */
  readonly prefix: string;
  readonly containers: Map<string, Container>;
  /** Where each child of the root first starts, by local name. */
  readonly childStarts: Map<string, number>;
  /** Where the root's end tag starts. */
  readonly rootCloseStart: number;
  /** The part's own number formats (of numFmts, not of dxfs) by id. */
  readonly ownFormats: Map<number, string>;
  /** Every number format id the part defines, dxfs' included: ids are unique across the part. */
  readonly numberFormatIds: number[];
  readonly defaultFont: FontElement | undefined;
}

function stylesOutlineOf(xml: string): StylesOutline {
  const reader = new XmlReader(xml);
  const outline: StylesOutline = {
    prefix: "",
    containers: new Map(),
    childStarts: new Map(),
    rootCloseStart: xml.length,
    ownFormats: new Map(),
    numberFormatIds: [],
    defaultFont: undefined,
  };
  let prefix = "";
  let rootCloseStart = xml.length;
  let container: Container | undefined;
  let defaultFont: FontElement | undefined;
  let childStart = 0;
  let grandchildStart = 0;
  while (reader.next() !== "end") {
    if (!isSpreadsheetNamespace(reader.namespace)) continue;
    const { depth, localName } = reader;
    if (reader.token === "open") {
      if (depth === 1) prefix = prefixOfName(reader.qualifiedName);
      if (depth === 2 && !outline.childStarts.has(localName))
        outline.childStarts.set(localName, reader.start);
      if (depth === 2 && containerNames.has(localName) && !outline.containers.has(localName))
        container = {
          start: reader.start,
          startTagEnd: reader.end,
          qualifiedName: reader.qualifiedName,
          isEmptyElement: reader.isEmptyElement,
          count: reader.attributeRange("count"),
          closeStart: reader.end,
          children: [],
        };
      if (depth === 3) childStart = reader.start;
      if (depth === 3 && localName === "font" && defaultFont === undefined) {
        const tag = xml.slice(reader.start, reader.end);
        defaultFont = {
          qualifiedName: reader.qualifiedName,
          startTag: reader.isEmptyElement ? tag.replace(/\s*\/>$/, ">") : tag,
          children: [],
        };
      }
      if (depth === 4) grandchildStart = reader.start;
      if (localName === "numFmt") {
        const format = numberFormatAt(reader);
        if (format !== undefined) outline.ownFormats.set(format.id, format.code);
        const id = Number.parseInt(reader.attribute("numFmtId") ?? "", 10);
        if (Number.isFinite(id)) outline.numberFormatIds.push(id);
      }
      continue;
    }
    if (reader.token !== "close") continue;
    if (depth === 0) rootCloseStart = reader.start;
    else if (depth === 1 && container !== undefined) {
      if (!reader.isEmptyElement) container.closeStart = reader.start;
      outline.containers.set(localName, container);
      container = undefined;
    } else if (depth === 2 && container !== undefined)
      container.children.push(xml.slice(childStart, reader.end));
    else if (depth === 3 && container?.children.length === 0 && localName !== "font")
      defaultFont?.children.push({ localName, xml: xml.slice(grandchildStart, reader.end) });
  }
  return { ...outline, prefix, rootCloseStart, defaultFont };
}

/** A font like the default one, bold and sized as asked (a font's children may come in any order). */
function derivedFontXml(defaultFont: FontElement, style: CellStyle): string {
  const prefix = prefixOfName(defaultFont.qualifiedName);
  const kept = defaultFont.children.filter(
    (child) => child.localName !== "b" && (style.fontSize === undefined || child.localName !== "sz")
  );
  return (
    defaultFont.startTag +
    (style.bold === true ? `<${prefix}b/>` : "") +
    kept.map((child) => child.xml).join("") +
    (style.fontSize === undefined ? "" : `<${prefix}sz val="${style.fontSize}"/>`) +
    `</${defaultFont.qualifiedName}>`
  );
}

/**
 * Appends children to a container element and sets its count; adds the container before the first
 * of `insertBefore` present when it is absent.
 */
function appendChildren(
  xml: string,
  element: string,
  children: readonly string[],
  insertBefore: readonly string[]
): string {
  if (children.length === 0) return xml;
  const outline = stylesOutlineOf(xml);
  const container = outline.containers.get(element);
  if (container === undefined) {
    const name = `${outline.prefix}${element}`;
    const block = `<${name} count="${children.length}">${children.join("")}</${name}>`;
    const before = insertBefore
      .map((next) => outline.childStarts.get(next))
      .find((at) => at !== undefined);
    const at = before ?? outline.rootCloseStart;
    return xml.slice(0, at) + block + xml.slice(at);
  }
  const count = `${container.children.length + children.length}`;
  const added = children.join("");
  const startTag =
    container.count === undefined
      ? xml
          .slice(container.start, container.startTagEnd)
          .replace(/^<[^\s/>]+/, (name) => `${name} count="${count}"`)
      : xml.slice(container.start, container.count.start) +
        count +
        xml.slice(container.count.end, container.startTagEnd);
  if (container.isEmptyElement)
    return (
      xml.slice(0, container.start) +
      startTag.replace(/\s*\/>$/, ">") +
      added +
      `</${container.qualifiedName}>` +
      xml.slice(container.startTagEnd)
    );
  return (
    xml.slice(0, container.start) +
    startTag +
    xml.slice(container.startTagEnd, container.closeStart) +
    added +
    xml.slice(container.closeStart)
  );
}

/** The index of an element equal to `element` among the existing and added ones, adding it if new. */
function indexOrAppend(existing: readonly string[], added: string[], element: string): number {
  const found = existing.indexOf(element);
  if (found >= 0) return found;
  added.push(element);
  return existing.length + added.length - 1;
}

const afterNumberFormats = ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];
const afterCellFormats = ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export class StyleSheet {
  private readonly prefix: string;
  private readonly fonts: readonly string[];
  private readonly defaultFont: FontElement;
  private readonly cellFormats: readonly string[];
  private readonly numberFormatIds = new Map<string, number>();
  /** Ids the part defines itself: a built-in id among them no longer means its built-in code. */
  private readonly ownNumberFormatIds: ReadonlySet<number>;
  private nextNumberFormatId: number;
  private readonly newNumberFormats: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newCellFormats: string[] = [];
  private readonly fontIds = new Map<string, number>();
  private readonly cellStyleIndexes = new Map<string, number>();

  constructor(private readonly xml: string) {
    const outline = stylesOutlineOf(xml);
    this.prefix = outline.prefix;
    this.fonts = outline.containers.get("fonts")?.children ?? [];
    this.defaultFont = outline.defaultFont ?? {
      qualifiedName: `${outline.prefix}font`,
      startTag: `<${outline.prefix}font>`,
      children: [],
    };
    this.cellFormats = outline.containers.get("cellXfs")?.children ?? [];
    this.ownNumberFormatIds = new Set(outline.ownFormats.keys());
    for (const [id, code] of outline.ownFormats)
      if (!this.numberFormatIds.has(code)) this.numberFormatIds.set(code, id);
    this.nextNumberFormatId = Math.max(firstCustomNumberFormat - 1, ...outline.numberFormatIds) + 1;
  }

  /** The index in cellXfs of a cell format with this style (0, the default, for no style). */
  cellStyleIndex(style: CellStyle): number {
    if (style.bold !== true && style.fontSize === undefined && style.numberFormat === undefined)
      return 0;
    const key = `${style.bold === true}|${style.fontSize ?? ""}|${style.numberFormat ?? ""}`;
    const known = this.cellStyleIndexes.get(key);
    if (known !== undefined) return known;
    const numberFormatId = this.numberFormatId(style.numberFormat);
    const fontId = this.fontId(style);
    const cellFormat =
      `<${this.prefix}xf numFmtId="${numberFormatId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${numberFormatId !== 0 ? ' applyNumberFormat="1"' : ""}${fontId !== 0 ? ' applyFont="1"' : ""}/>`;
    const index = indexOrAppend(this.cellFormats, this.newCellFormats, cellFormat);
    this.cellStyleIndexes.set(key, index);
    return index;
  }

  /** The styles part with the new formats appended. */
  toXml(): string {
    let xml = appendChildren(this.xml, "numFmts", this.newNumberFormats, afterNumberFormats);
    xml = appendChildren(xml, "fonts", this.newFonts, afterNumberFormats.slice(1));
    return appendChildren(xml, "cellXfs", this.newCellFormats, afterCellFormats);
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = builtInNumberFormatId(code);
    if (builtIn !== undefined && !this.ownNumberFormatIds.has(builtIn)) return builtIn;
    const id = this.numberFormatIds.get(code);
    if (id !== undefined) return id;
    const added = this.nextNumberFormatId++;
    this.numberFormatIds.set(code, added);
    this.newNumberFormats.push(
      `<${this.prefix}numFmt numFmtId="${added}" formatCode="${escapeXml(code)}"/>`
    );
    return added;
  }

  private fontId(style: CellStyle): number {
    if (style.bold !== true && style.fontSize === undefined) return 0;
    const key = `${style.bold === true}|${style.fontSize ?? ""}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const id = indexOrAppend(this.fonts, this.newFonts, derivedFontXml(this.defaultFont, style));
    this.fontIds.set(key, id);
    return id;
  }
}
