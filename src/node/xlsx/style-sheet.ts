// The workbook's styles part, extended with the few cell styles generated sheets need: the existing
// styles keep their indexes, new fonts, number formats and cell formats are appended.
import { builtInNumberFormatId, customNumberFormats } from "./number-formats";
import { attributesOf, elementContent, escapeXml, tagsNamed } from "./xml-text";

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

/** Every `<font>` element whole, in order (the first is the workbook's default font). */
function fontXmls(xml: string): string[] {
  return (
    elementContent(xml, "fonts").match(
      /<font(?:\s[^>]*?)?\/>|<font(?:\s[^>]*)?>[\s\S]*?<\/font>/g
    ) ?? []
  );
}

/** The cell formats' `xf` elements whole, in order. */
function cellFormatXmls(xml: string): string[] {
  return elementContent(xml, "cellXfs").match(/<xf\s[^>]*\/>|<xf\s[^>]*>[\s\S]*?<\/xf>/g) ?? [];
}

/** A font like the default one, bold and sized as asked (children kept in the schema's order). */
function derivedFontXml(defaultFont: string, style: CellStyle): string {
  let font = defaultFont
    .replace(
      /^<font(\s[^>]*?)?\/>$/,
      (_whole, attributes: string | undefined) => `<font${attributes ?? ""}></font>`
    )
    .replace(/<b\s*\/>/, "");
  if (style.fontSize !== undefined) {
    const size = `<sz val="${style.fontSize}"/>`;
    font = /<sz\s[^>]*\/>/.test(font)
      ? font.replace(/<sz\s[^>]*\/>/, size)
      : font.replace(/<\/font>$/, `${size}</font>`);
  }
  return style.bold === true ? font.replace(/^<font(\s[^>]*)?>/, (open) => `${open}<b/>`) : font;
}

/**
 * Appends children to a container element holding `existing` children and sets its count; adds the
 * container before the first of `insertBefore` present when it is absent.
 */
function appendChildren(
  xml: string,
  element: string,
  existing: number,
  children: readonly string[],
  insertBefore: readonly string[]
): string {
  if (children.length === 0) return xml;
  const container = new RegExp(`<${element}(?=[\\s>/])([^>]*?)(/?)>`);
  const match = container.exec(xml);
  if (match !== null) {
    const attributes = (match[1] ?? "").replace(/\s*count="\d*"/, "");
    const open = `<${element} count="${existing + children.length}"${attributes}>`;
    if (match[2] === "/") return xml.replace(match[0], `${open}${children.join("")}</${element}>`);
    const close = `</${element}>`;
    const closeAt = xml.indexOf(close, match.index);
    return (
      xml.slice(0, match.index) +
      open +
      xml.slice(match.index + match[0].length, closeAt) +
      children.join("") +
      xml.slice(closeAt)
    );
  }
  const block = `<${element} count="${children.length}">${children.join("")}</${element}>`;
  for (const next of insertBefore) {
    const at = xml.search(new RegExp(`<${next}(?=[\\s>/])`));
    if (at >= 0) return xml.slice(0, at) + block + xml.slice(at);
  }
  return xml.replace("</styleSheet>", `${block}</styleSheet>`);
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
  private readonly fonts: string[];
  private readonly cellFormats: string[];
  private readonly numberFormatIds = new Map<string, number>();
  private readonly numberFormatCount: number;
  private nextNumberFormatId: number;
  private readonly newNumberFormats: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newCellFormats: string[] = [];
  private readonly fontIds = new Map<string, number>();
  private readonly cellStyleIndexes = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.fonts = fontXmls(xml);
    this.cellFormats = cellFormatXmls(xml);
    const ownFormats = customNumberFormats(xml);
    this.numberFormatCount = ownFormats.size;
    for (const [id, code] of ownFormats)
      if (!this.numberFormatIds.has(code)) this.numberFormatIds.set(code, id);
    // Ids are unique across the whole part: conditional formats (dxfs) carry numFmts of their own.
    const ids = tagsNamed(xml, "numFmt").map((tag) => Number(attributesOf(tag).get("numFmtId")));
    this.nextNumberFormatId =
      Math.max(firstCustomNumberFormat - 1, ...ids.filter(Number.isFinite)) + 1;
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
      `<xf numFmtId="${numberFormatId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${numberFormatId !== 0 ? ' applyNumberFormat="1"' : ""}${fontId !== 0 ? ' applyFont="1"' : ""}/>`;
    const index = indexOrAppend(this.cellFormats, this.newCellFormats, cellFormat);
    this.cellStyleIndexes.set(key, index);
    return index;
  }

  /** The styles part with the new formats appended. */
  toXml(): string {
    let xml = appendChildren(
      this.xml,
      "numFmts",
      this.numberFormatCount,
      this.newNumberFormats,
      afterNumberFormats
    );
    xml = appendChildren(
      xml,
      "fonts",
      this.fonts.length,
      this.newFonts,
      afterNumberFormats.slice(1)
    );
    return appendChildren(
      xml,
      "cellXfs",
      this.cellFormats.length,
      this.newCellFormats,
      afterCellFormats
    );
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const id = builtInNumberFormatId(code) ?? this.numberFormatIds.get(code);
    if (id !== undefined) return id;
    const added = this.nextNumberFormatId++;
    this.numberFormatIds.set(code, added);
    this.newNumberFormats.push(`<numFmt numFmtId="${added}" formatCode="${escapeXml(code)}"/>`);
    return added;
  }

  private fontId(style: CellStyle): number {
    if (style.bold !== true && style.fontSize === undefined) return 0;
    const key = `${style.bold === true}|${style.fontSize ?? ""}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const id = indexOrAppend(
      this.fonts,
      this.newFonts,
      derivedFontXml(this.fonts[0] ?? "<font/>", style)
    );
    this.fontIds.set(key, id);
    return id;
  }
}
