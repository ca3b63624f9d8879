// The workbook part and its sheets, in the order Excel shows them.
import { UsageError } from "../command";
import { isRelationshipOf, isSpreadsheetNamespace } from "./ooxml-vocabulary";
import { relationshipIdOf } from "./workbook-xml";
import type { XlsxPackage } from "./xlsx-package";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  /** The sheet's relationship id in the workbook part's relationships. */
  readonly relationshipId: string;
  /** The sheet part's path from the package root, "xl/worksheets/sheet1.xml". */
  readonly partPath: string;
  /** True for a worksheet; false for a chart sheet or dialog sheet, which have no cells to read. */
  readonly isWorksheet: boolean;
}

/** The path of the workbook part ("xl/workbook.xml" in every file Excel writes). */
export function workbookPartOf(xlsx: XlsxPackage): string {
  return xlsx.relationshipOf("", "officeDocument")?.target ?? "xl/workbook.xml";
}

/** The workbook's part of that kind ("xl/styles.xml"), and whether the workbook relates to it at all. */
export function workbookPartOfKind(
  xlsx: XlsxPackage,
  kind: "styles" | "sharedStrings" | "calcChain"
): { readonly path: string; readonly related: boolean } {
  const relationship = xlsx.relationshipOf(workbookPartOf(xlsx), kind);
  return { path: relationship?.target ?? `xl/${kind}.xml`, related: relationship !== undefined };
}

/** The workbook's sheets in tab order. */
export function workbookSheetsOf(xlsx: XlsxPackage): WorkbookSheet[] {
  const workbookPart = workbookPartOf(xlsx);
  const entries = xlsx.readXml(workbookPart, (reader) => {
    const found: { name: string; sheetId: number; relationshipId: string }[] = [];
    while (reader.next() !== "end")
      if (
        reader.token === "open" &&
        reader.localName === "sheet" &&
        reader.depth === 3 &&
        isSpreadsheetNamespace(reader.namespace)
      )
        found.push({
          name: reader.attribute("name") ?? "",
          sheetId: Number(reader.attribute("sheetId") ?? 0),
          relationshipId: relationshipIdOf(reader) ?? "",
        });
    return found;
  });
  if (entries === undefined) throw new UsageError(`the workbook part ${workbookPart} is missing`);
  const targets = new Map(
    xlsx.relationshipsOf(workbookPart).map((relationship) => [relationship.id, relationship])
  );
  return entries.map((entry) => {
    const relationship = targets.get(entry.relationshipId);
    return {
      ...entry,
      partPath: relationship?.target ?? "",
      isWorksheet: relationship !== undefined && isRelationshipOf(relationship.type, "worksheet"),
    };
  });
}
