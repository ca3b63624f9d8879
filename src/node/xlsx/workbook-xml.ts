// Edits of the workbook part's text: a sheet entry added or renamed; and the names it defines.
import { namespaces } from "./ooxml-vocabulary";
import { attributesOf, elementContent, escapeXml, tagsNamed } from "./xml-text";

/** The workbook part's root start tag. */
function rootTagOf(workbookXml: string): string {
  return /<(?!\?)[^>]+>/.exec(workbookXml)?.[0] ?? "";
}

/** The prefix the root binds to a namespace ("r" in `xmlns:r="..."`), if any. */
function prefixOf(workbookXml: string, namespace: string): string | undefined {
  for (const [name, value] of attributesOf(rootTagOf(workbookXml)))
    if (value === namespace && name.startsWith("xmlns:")) return name.slice("xmlns:".length);
  return undefined;
}

/** The prefix of relationship ids in the workbook part (Excel writes "r:id"). */
export function relationshipsPrefixOf(workbookXml: string): string | undefined {
  return prefixOf(workbookXml, namespaces.officeRelationships);
}

/** True when the workbook's own elements carry a prefix (`<x:workbook>`), as some generators write. */
export function usesPrefixedElements(workbookXml: string): boolean {
  const prefix = prefixOf(workbookXml, namespaces.spreadsheet);
  return prefix !== undefined && rootTagOf(workbookXml).startsWith(`<${prefix}:`);
}

/** The workbook part with the relationships prefix declared, and that prefix. */
function withRelationshipsPrefix(workbookXml: string): { xml: string; prefix: string } {
  const prefix = relationshipsPrefixOf(workbookXml);
  if (prefix !== undefined) return { xml: workbookXml, prefix };
  const root = rootTagOf(workbookXml);
  const declared = root.replace(
    /\/?>$/,
    (end) => ` xmlns:r="${namespaces.officeRelationships}"${end}`
  );
  return { xml: workbookXml.replace(root, declared), prefix: "r" };
}

/** What follows `<sheets>` in the workbook part, in the schema's order. */
const afterSheets =
  /<(functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s/>]|<\/workbook>/;

/** The workbook part with a new sheet entry at the end of the tab order. */
export function withSheetEntry(originalXml: string, name: string, relationshipId: string): string {
  const { xml: workbookXml, prefix } = withRelationshipsPrefix(originalXml);
  const sheetIds = tagsNamed(workbookXml, "sheet").map((tag) =>
    Number(attributesOf(tag).get("sheetId") ?? 0)
  );
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${prefix}:id="${relationshipId}"/>`;
  if (workbookXml.includes("</sheets>"))
    return workbookXml.replace("</sheets>", `${entry}</sheets>`);
  if (/<sheets\s*\/>/.test(workbookXml))
    return workbookXml.replace(/<sheets\s*\/>/, `<sheets>${entry}</sheets>`);
  const next = workbookXml.search(afterSheets);
  return `${workbookXml.slice(0, next)}<sheets>${entry}</sheets>${workbookXml.slice(next)}`;
}

/** The workbook part with a sheet renamed (the plan's spelling of a name Excel compares without case). */
export function withSheetName(workbookXml: string, relationshipId: string, name: string): string {
  const idAttribute = `${relationshipsPrefixOf(workbookXml) ?? "r"}:id`;
  return workbookXml.replace(/<sheet\s[^>]*>/g, (tag) => {
    if (attributesOf(tag).get(idAttribute) !== relationshipId) return tag;
    return tag.replace(/\sname="[^"]*"/, ` name="${escapeXml(name)}"`);
  });
}

/** The names the workbook defines (named ranges and formulas), which share one namespace with tables. */
export function definedNamesOf(workbookXml: string): string[] {
  return tagsNamed(elementContent(workbookXml, "definedNames"), "definedName").map(
    (tag) => attributesOf(tag).get("name") ?? ""
  );
}

/** Excel's name for a sheet's print area, defined with the sheet's position as its local sheet id. */
const printAreaName = "_xlnm.Print_Area";

/** What may follow `<definedNames>` in the workbook part, in the schema's order. */
const afterDefinedNames =
  /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s/>]|<\/workbook>/;

/**
 * The workbook part with the print area of the sheet at 0-based tab position `sheetPosition` set to
 * `reference` ("'Profil'!$A$1:$H$60"), or removed when `reference` is undefined.
 */
export function withPrintArea(
  workbookXml: string,
  sheetPosition: number,
  reference: string | undefined
): string {
  const isThisSheets = (attributes: Map<string, string>) =>
    attributes.get("name") === printAreaName &&
    attributes.get("localSheetId") === String(sheetPosition);
  const without = workbookXml.replace(
    /(<definedName(?=[\s>])[^>]*>)[\s\S]*?<\/definedName>/g,
    (element, startTag: string) => (isThisSheets(attributesOf(startTag)) ? "" : element)
  );
  const cleaned = without.replace(/<definedNames>\s*<\/definedNames>/, "");
  if (reference === undefined) return cleaned;
  const entry = `<definedName name="${printAreaName}" localSheetId="${sheetPosition}">${escapeXml(reference)}</definedName>`;
  if (cleaned.includes("</definedNames>"))
    return cleaned.replace("</definedNames>", `${entry}</definedNames>`);
  const next = cleaned.search(afterDefinedNames);
  return `${cleaned.slice(0, next)}<definedNames>${entry}</definedNames>${cleaned.slice(next)}`;
}

/** The 0-based tab position of the sheet of that name (Excel's localSheetId), -1 when none. */
export function sheetPositionOf(workbookXml: string, name: string): number {
  return tagsNamed(workbookXml, "sheet")
    .map((tag) => attributesOf(tag).get("name")?.toLowerCase())
    .indexOf(name.toLowerCase());
}
