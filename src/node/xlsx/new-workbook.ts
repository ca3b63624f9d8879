// A new, empty workbook package: the parts every .xlsx needs and no sheets yet, for sheet plans to be
// written into (writeSheetPlans adds the sheets, their parts and the cell styles they use).
import { contentTypes, namespaces, relationshipType, xmlDeclaration } from "./ooxml-vocabulary";
import { minimalStylesXml } from "./style-sheet";
import { XlsxPackage } from "./xlsx-package";

const contentTypesXml =
  `${xmlDeclaration}<Types xmlns="${namespaces.contentTypes}">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${contentTypes.workbook}"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${contentTypes.styles}"/>` +
  "</Types>";

const packageRelationshipsXml =
  `${xmlDeclaration}<Relationships xmlns="${namespaces.packageRelationships}">` +
  `<Relationship Id="rId1" Type="${relationshipType("officeDocument")}" Target="xl/workbook.xml"/>` +
  "</Relationships>";

const workbookXml =
  `${xmlDeclaration}<workbook xmlns="${namespaces.spreadsheet}" xmlns:r="${namespaces.officeRelationships}">` +
  '<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>';

const workbookRelationshipsXml =
  `${xmlDeclaration}<Relationships xmlns="${namespaces.packageRelationships}">` +
  `<Relationship Id="rId1" Type="${relationshipType("styles")}" Target="styles.xml"/>` +
  "</Relationships>";

/** A workbook without sheets; `name` is how errors refer to it. */
export function newWorkbookPackage(name: string): XlsxPackage {
  return XlsxPackage.ofTexts(name, {
    "[Content_Types].xml": contentTypesXml,
    "_rels/.rels": packageRelationshipsXml,
    "xl/workbook.xml": workbookXml,
    "xl/_rels/workbook.xml.rels": workbookRelationshipsXml,
    "xl/styles.xml": minimalStylesXml,
  });
}
