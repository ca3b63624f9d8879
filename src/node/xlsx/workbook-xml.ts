// Edits of the workbook part's text: a sheet entry added or renamed; and the names it defines.
import { attributesOf, elementContent, escapeXml, tagsNamed } from "./xml-text";

/** What follows `<sheets>` in the workbook part, in the schema's order. */
const afterSheets =
  /<(functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s/>]|<\/workbook>/;

/** The workbook part with a new sheet entry at the end of the tab order. */
export function withSheetEntry(workbookXml: string, name: string, relationshipId: string): string {
  const sheetIds = tagsNamed(workbookXml, "sheet").map((tag) =>
    Number(attributesOf(tag).get("sheetId") ?? 0)
  );
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${relationshipId}"/>`;
  if (workbookXml.includes("</sheets>"))
    return workbookXml.replace("</sheets>", `${entry}</sheets>`);
  if (/<sheets\s*\/>/.test(workbookXml))
    return workbookXml.replace(/<sheets\s*\/>/, `<sheets>${entry}</sheets>`);
  const next = workbookXml.search(afterSheets);
  return `${workbookXml.slice(0, next)}<sheets>${entry}</sheets>${workbookXml.slice(next)}`;
}

/** The workbook part with a sheet renamed (the plan's spelling of a name Excel compares without case). */
export function withSheetName(workbookXml: string, relationshipId: string, name: string): string {
  return workbookXml.replace(/<sheet\s[^>]*>/g, (tag) => {
    if (attributesOf(tag).get("r:id") !== relationshipId) return tag;
    return tag.replace(/\sname="[^"]*"/, ` name="${escapeXml(name)}"`);
  });
}

/** The names the workbook defines (named ranges and formulas), which share one namespace with tables. */
export function definedNamesOf(workbookXml: string): string[] {
  return tagsNamed(elementContent(workbookXml, "definedNames"), "definedName").map(
    (tag) => attributesOf(tag).get("name") ?? ""
  );
}
