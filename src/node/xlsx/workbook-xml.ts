// Edits of the workbook part's text: a sheet entry added or renamed; and the names it defines. The
// part is read with its namespaces, so a workbook whose elements carry a prefix (`<x:sheet>`, as the
// Open XML SDK writes) is read and edited in its own prefixes.
import {
  isSpreadsheetNamespace,
  namespaces,
  officeRelationshipsNamespaces,
  prefixOfName,
} from "./ooxml-vocabulary";
import { XmlReader } from "./xml-reader";
import { escapeXml } from "./xml-text";

/** The relationship id (`r:id`, whatever its prefix) of the element the reader just opened. */
export function relationshipIdOf(reader: XmlReader): string | undefined {
  for (const namespace of officeRelationshipsNamespaces) {
    const id = reader.attribute("id", namespace);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** The workbook part's children that follow `<sheets>`, in the schema's order. */
const childrenAfterSheets = [
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const afterSheets = new Set(childrenAfterSheets);

/** Where a new sheet entry goes in the workbook part, and the prefixes in scope there. */
interface SheetEntryPlace {
  /** The offset to insert at; with `replacing`, the end of the text it replaces. */
  at: number;
  /** An empty `<sheets/>` tag to open, from this offset to `at`. */
  replacing?: { readonly start: number; readonly qualifiedName: string };
  /** No `<sheets>` element: one is written around the entry. */
  needsSheets: boolean;
  elementPrefix: string;
  relationshipsPrefix: string | undefined;
  largestSheetId: number;
}

function sheetEntryPlaceOf(workbookXml: string): SheetEntryPlace {
  const reader = new XmlReader(workbookXml);
  const place: SheetEntryPlace = {
    at: workbookXml.length,
    needsSheets: true,
    elementPrefix: "",
    relationshipsPrefix: undefined,
    largestSheetId: 0,
  };
  let beforeSheets: number | undefined;
  while (reader.next() !== "end") {
    if (!isSpreadsheetNamespace(reader.namespace)) continue;
    const { localName, depth } = reader;
    if (reader.token === "close") {
      if (depth === 0 && place.needsSheets) place.at = beforeSheets ?? reader.start;
      else if (depth === 1 && localName === "sheets" && !reader.isEmptyElement)
        place.at = reader.start;
      continue;
    }
    if (reader.token !== "open") continue;
    if (depth === 1 || (depth === 2 && localName === "sheets")) {
      place.elementPrefix = prefixOfName(reader.qualifiedName);
      place.relationshipsPrefix = reader.prefixOf(namespaces.officeRelationships) || undefined;
    }
    if (depth === 2 && localName === "sheets") {
      place.needsSheets = false;
      if (reader.isEmptyElement)
        place.replacing = { start: reader.start, qualifiedName: reader.qualifiedName };
      place.at = reader.end;
    } else if (depth === 2 && afterSheets.has(localName)) beforeSheets ??= reader.start;
    else if (depth === 3 && localName === "sheet")
      place.largestSheetId = Math.max(
        place.largestSheetId,
        Number(reader.attribute("sheetId") ?? 0) || 0
      );
  }
  return place;
}

/** The workbook part with a new sheet entry at the end of the tab order. */
export function withSheetEntry(workbookXml: string, name: string, relationshipId: string): string {
  const place = sheetEntryPlaceOf(workbookXml);
  const prefix = place.elementPrefix;
  const relationshipsId =
    place.relationshipsPrefix === undefined
      ? `xmlns:r="${namespaces.officeRelationships}" r:id`
      : `${place.relationshipsPrefix}:id`;
  let entry = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${place.largestSheetId + 1}" ${relationshipsId}="${relationshipId}"/>`;
  if (place.needsSheets) entry = `<${prefix}sheets>${entry}</${prefix}sheets>`;
  if (place.replacing === undefined)
    return workbookXml.slice(0, place.at) + entry + workbookXml.slice(place.at);
  const { start, qualifiedName } = place.replacing;
  const openTag = workbookXml.slice(start, place.at).replace(/\s*\/>$/, ">");
  return (
    workbookXml.slice(0, start) +
    openTag +
    entry +
    `</${qualifiedName}>` +
    workbookXml.slice(place.at)
  );
}

/** The workbook part with a sheet renamed (the plan's spelling of a name Excel compares without case). */
export function withSheetName(workbookXml: string, relationshipId: string, name: string): string {
  const reader = new XmlReader(workbookXml);
  while (reader.next() !== "end") {
    if (reader.token !== "open" || reader.localName !== "sheet" || reader.depth !== 3) continue;
    if (!isSpreadsheetNamespace(reader.namespace) || relationshipIdOf(reader) !== relationshipId)
      continue;
    const range = reader.attributeRange("name");
    if (range === undefined) return workbookXml;
    // The value may be in single quotes.
    const value = escapeXml(name).replace(/'/g, "&apos;");
    return workbookXml.slice(0, range.start) + value + workbookXml.slice(range.end);
  }
  return workbookXml;
}

/** The names the workbook defines (named ranges and formulas), which share one namespace with tables. */
export function definedNamesOf(workbookXml: string): string[] {
  const names: string[] = [];
  const reader = new XmlReader(workbookXml);
  while (reader.next() !== "end")
    if (
      reader.token === "open" &&
      reader.localName === "definedName" &&
      reader.depth === 3 &&
      isSpreadsheetNamespace(reader.namespace)
    )
      names.push(reader.attribute("name") ?? "");
  return names;
}

/** Excel's name for a sheet's print area, defined with the sheet's position as its local sheet id. */
const printAreaName = "_xlnm.Print_Area";

/** The workbook part's children that follow `<definedNames>`. */
const afterDefinedNames = new Set(
  childrenAfterSheets.slice(childrenAfterSheets.indexOf("definedNames") + 1)
);

/** Where the defined names are in the workbook part, and the print area entry of one sheet. */
interface DefinedNamesPlace {
  /** The `<definedNames>` element: its start, the start of its end tag, its end. */
  names?: { start: number; closeStart: number; end: number; qualifiedName: string; empty: boolean };
  /** The sheet's print area entry, start to end. */
  printArea?: { start: number; end: number };
  /** How many other names the part defines. */
  otherNames: number;
  /** Where a new `<definedNames>` goes when there is none. */
  insertAt: number;
  elementPrefix: string;
}

function definedNamesPlaceOf(workbookXml: string, sheetPosition: number): DefinedNamesPlace {
  const reader = new XmlReader(workbookXml);
  const place: DefinedNamesPlace = {
    otherNames: 0,
    insertAt: workbookXml.length,
    elementPrefix: "",
  };
  let insertBefore: number | undefined;
  let printAreaStart: number | undefined;
  while (reader.next() !== "end") {
    if (!isSpreadsheetNamespace(reader.namespace)) continue;
    const { localName, depth } = reader;
    if (reader.token === "open") {
      if (depth === 1) place.elementPrefix = prefixOfName(reader.qualifiedName);
      else if (depth === 2 && localName === "definedNames")
        place.names = {
          start: reader.start,
          closeStart: reader.end,
          end: reader.end,
          qualifiedName: reader.qualifiedName,
          empty: reader.isEmptyElement,
        };
      else if (depth === 2 && afterDefinedNames.has(localName)) insertBefore ??= reader.start;
      else if (depth === 3 && localName === "definedName") {
        if (
          reader.attribute("name") === printAreaName &&
          reader.attribute("localSheetId") === String(sheetPosition)
        )
          printAreaStart = reader.start;
        else place.otherNames++;
      }
    } else if (reader.token === "close") {
      if (depth === 2 && localName === "definedName" && printAreaStart !== undefined) {
        place.printArea = { start: printAreaStart, end: reader.end };
        printAreaStart = undefined;
      } else if (depth === 1 && localName === "definedNames" && place.names !== undefined) {
        if (!place.names.empty) place.names.closeStart = reader.start;
        place.names.end = reader.end;
      } else if (depth === 0) place.insertAt = insertBefore ?? reader.start;
    }
  }
  return place;
}

/**
 * The workbook part with the print area of the sheet at 0-based tab position `sheetPosition` set to
 * `reference` ("'Profil'!$A$1:$H$60"), or removed when `reference` is undefined.
 */
export function withPrintArea(
  workbookXml: string,
  sheetPosition: number,
  reference: string | undefined
): string {
  const place = definedNamesPlaceOf(workbookXml, sheetPosition);
  const { names, printArea } = place;
  const prefix = names === undefined ? place.elementPrefix : prefixOfName(names.qualifiedName);
  const entry =
    reference === undefined
      ? ""
      : `<${prefix}definedName name="${printAreaName}" localSheetId="${sheetPosition}">${escapeXml(reference)}</${prefix}definedName>`;
  if (names === undefined)
    return entry === ""
      ? workbookXml
      : `${workbookXml.slice(0, place.insertAt)}<${prefix}definedNames>${entry}</${prefix}definedNames>${workbookXml.slice(place.insertAt)}`;
  if (entry === "" && place.otherNames === 0)
    return workbookXml.slice(0, names.start) + workbookXml.slice(names.end);
  if (names.empty)
    return `${workbookXml.slice(0, names.start)}<${names.qualifiedName}>${entry}</${names.qualifiedName}>${workbookXml.slice(names.end)}`;
  const withEntry =
    workbookXml.slice(0, names.closeStart) + entry + workbookXml.slice(names.closeStart);
  return printArea === undefined
    ? withEntry
    : withEntry.slice(0, printArea.start) + withEntry.slice(printArea.end);
}

/** The 0-based tab position of the sheet of that name (Excel's localSheetId), -1 when none. */
export function sheetPositionOf(workbookXml: string, name: string): number {
  const reader = new XmlReader(workbookXml);
  const wanted = name.toLowerCase();
  let position = 0;
  while (reader.next() !== "end") {
    if (reader.token !== "open" || reader.localName !== "sheet" || reader.depth !== 3) continue;
    if (!isSpreadsheetNamespace(reader.namespace)) continue;
    if (reader.attribute("name")?.toLowerCase() === wanted) return position;
    position++;
  }
  return -1;
}
