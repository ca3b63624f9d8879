// Number formats as exceljs reported them: the built-in codes styles.xml leaves out and the workbook's
// own codes.
import { isSpreadsheetNamespace } from "./ooxml-vocabulary";
import type { XmlReader } from "./xml-reader";

/** The built-in formats exceljs names; General (0) and the locale-dependent ids have no code. */
const builtInFormats: ReadonlyMap<number, string> = new Map([
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, 'm/d/yy "h":mm'],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00 ;(#,##0.00)"],
  [40, "#,##0.00 ;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

const builtInIds: ReadonlyMap<string, number> = new Map(
  [...builtInFormats].map(([id, code]) => [code, id])
);

/** The id of a built-in number format code (10 for "0.00%", 0 for General). */
export function builtInNumberFormatId(code: string): number | undefined {
  return code === "General" ? 0 : builtInIds.get(code);
}

/** The code of a built-in number format id ("0.00%" for 10). */
export function builtInNumberFormat(id: number): string | undefined {
  return builtInFormats.get(id);
}

/**
 * The number format the styles part just opened (`<numFmt>` at depth 3, in `<numFmts>`, not in a
 * `<dxf>`) defines: its id and code. Undefined for any other element.
 */
export function numberFormatAt(
  reader: XmlReader
): { readonly id: number; readonly code: string } | undefined {
  if (reader.localName !== "numFmt" || reader.depth !== 3) return undefined;
  if (!isSpreadsheetNamespace(reader.namespace)) return undefined;
  const id = Number.parseInt(reader.attribute("numFmtId") ?? "", 10);
  return Number.isNaN(id) ? undefined : { id, code: reader.attribute("formatCode") ?? "" };
}
