// The names the parts of an .xlsx package use: namespaces, content types and relationship types, and the
// prefix an element's name carries.

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const namespaces = {
  spreadsheet: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  officeRelationships,
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

const officeDocument = "application/vnd.openxmlformats-officedocument";

export const contentTypes = {
  workbook: `${officeDocument}.spreadsheetml.sheet.main+xml`,
  worksheet: `${officeDocument}.spreadsheetml.worksheet+xml`,
  table: `${officeDocument}.spreadsheetml.table+xml`,
  styles: `${officeDocument}.spreadsheetml.styles+xml`,
  drawing: `${officeDocument}.drawing+xml`,
  chart: `${officeDocument}.drawingml.chart+xml`,
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

/** Relationship types by their last segment, the same in transitional and Strict Open XML. */
export type RelationshipKind =
  | "officeDocument"
  | "worksheet"
  | "table"
  | "styles"
  | "sharedStrings"
  | "calcChain"
  | "drawing"
  | "chart";

/** The transitional relationship type Veikart writes for a kind of relationship. */
export function relationshipType(kind: RelationshipKind): string {
  return `${officeRelationships}/${kind}`;
}

/** Whether a relationship's type (transitional or Strict) is of that kind. */
export function isRelationshipOf(type: string, kind: RelationshipKind): boolean {
  return type.endsWith(`/${kind}`);
}

const strictNamespaces = {
  spreadsheet: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  officeRelationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
} as const;

/** The last namespace asked about and the answer: readers hand the same string for every element. */
let lastAsked = { namespace: "", isSpreadsheet: false };

/** Whether a namespace is SpreadsheetML's main one, transitional or Strict. */
export function isSpreadsheetNamespace(namespace: string): boolean {
  if (namespace !== lastAsked.namespace)
    lastAsked = {
      namespace,
      isSpreadsheet:
        namespace === namespaces.spreadsheet || namespace === strictNamespaces.spreadsheet,
    };
  return lastAsked.isSpreadsheet;
}

/** The namespaces of relationship ids (`r:id`): transitional and Strict. */
export const officeRelationshipsNamespaces: readonly string[] = [
  namespaces.officeRelationships,
  strictNamespaces.officeRelationships,
];

/** Strict Open XML, which Excel saves only when asked, uses namespaces of its own. */
export function isStrictOpenXml(workbookXml: string): boolean {
  return workbookXml.includes(strictNamespaces.spreadsheet);
}

/**
 * The prefix of an element's qualified name with its colon, so an element added beside it is written in
 * the same prefix: "x:" for `<x:sheets>` (as the Open XML SDK writes), "" for `<sheets>`.
 */
export function prefixOfName(qualifiedName: string): string {
  return qualifiedName.slice(0, qualifiedName.indexOf(":") + 1);
}
