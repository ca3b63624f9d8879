// The workbook part and its sheets, in the order Excel shows them.
import { UsageError } from "../command";
import type { XlsxPackage } from "./xlsx-package";
import { attributesOf, tagsNamed } from "./xml-text";

const officeDocumentType =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  /** The sheet's relationship id in the workbook part's relationships. */
  readonly relationshipId: string;
  /** The sheet part's path from the package root, "xl/worksheets/sheet1.xml". */
  readonly partPath: string;
  /** A chart sheet or dialog sheet rather than a worksheet: it has no cells to read. */
  readonly isWorksheet: boolean;
}

/** The path of the workbook part ("xl/workbook.xml" in every file Excel writes). */
export async function workbookPartOf(xlsx: XlsxPackage): Promise<string> {
  const root = await xlsx.relationshipsOf("");
  return (
    root.find((relationship) => relationship.type === officeDocumentType)?.target ??
    "xl/workbook.xml"
  );
}

/** The workbook's sheets in tab order. */
export async function workbookSheetsOf(xlsx: XlsxPackage): Promise<WorkbookSheet[]> {
  const workbookPart = await workbookPartOf(xlsx);
  const workbookXml = await xlsx.text(workbookPart);
  if (workbookXml === undefined)
    throw new UsageError(`the workbook part ${workbookPart} is missing`);
  const targets = new Map(
    (await xlsx.relationshipsOf(workbookPart)).map((relationship) => [
      relationship.id,
      relationship,
    ])
  );
  return tagsNamed(workbookXml, "sheet").map((tag) => {
    const attributes = attributesOf(tag);
    const relationshipId = attributes.get("r:id") ?? "";
    const relationship = targets.get(relationshipId);
    return {
      name: attributes.get("name") ?? "",
      sheetId: Number(attributes.get("sheetId") ?? 0),
      relationshipId,
      partPath: relationship?.target ?? "",
      isWorksheet: relationship?.type.endsWith("/worksheet") ?? false,
    };
  });
}
