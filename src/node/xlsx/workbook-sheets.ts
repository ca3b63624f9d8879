// The workbook part and its sheets, in the order Excel shows them.
import { UsageError } from "../command";
import { isRelationshipOf } from "./ooxml-vocabulary";
import { relationshipsPrefixOf, usesPrefixedElements } from "./workbook-xml";
import type { XlsxPackage } from "./xlsx-package";
import { attributesOf, tagsNamed } from "./xml-text";

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
  const workbookXml = xlsx.text(workbookPart);
  if (workbookXml === undefined)
    throw new UsageError(`the workbook part ${workbookPart} is missing`);
  if (usesPrefixedElements(workbookXml))
    throw new UsageError(
      "the workbook was written with prefixed XML elements (<x:sheet>), which Veikart cannot read yet; open and save it in Excel or LibreOffice first"
    );
  const relationshipIdAttribute = `${relationshipsPrefixOf(workbookXml) ?? "r"}:id`;
  const targets = new Map(
    xlsx.relationshipsOf(workbookPart).map((relationship) => [relationship.id, relationship])
  );
  return tagsNamed(workbookXml, "sheet").map((tag) => {
    const attributes = attributesOf(tag);
    const relationshipId = attributes.get(relationshipIdAttribute) ?? "";
    const relationship = targets.get(relationshipId);
    return {
      name: attributes.get("name") ?? "",
      sheetId: Number(attributes.get("sheetId") ?? 0),
      relationshipId,
      partPath: relationship?.target ?? "",
      isWorksheet: relationship !== undefined && isRelationshipOf(relationship.type, "worksheet"),
    };
  });
}
