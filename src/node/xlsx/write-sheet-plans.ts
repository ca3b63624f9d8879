// Writes sheet plans into an .xlsx package: each generated sheet becomes a worksheet part with its
// tables and charts; every other part of the workbook stays byte for byte as it was.
import {
  assertPlanStartsWithMarker,
  isGeneratedSheet,
  type SheetPlan,
} from "../../core/sheet-plan";
import { UsageError } from "../command";
import {
  contentTypes,
  freePartPath,
  freeRelationshipId,
  relationshipTypes,
  relativeTarget,
  removePartTree,
  updateContentTypes,
  withRelationship,
} from "./package-edits";
import { cellReaderOf } from "./read-cell-grids";
import { minimalStylesXml, StyleSheet } from "./style-sheet";
import { workbookPartOf, workbookSheetsOf, type WorkbookSheet } from "./workbook-sheets";
import { relationshipIdOf, worksheetParts, type DrawingParts } from "./worksheet-xml";
import { relationshipsPathOf, type XlsxPackage } from "./xlsx-package";
import { attributesOf, escapeXml, tagsNamed } from "./xml-text";

/** A sheet of the generated sheet's name exists that Veikart did not generate: it is never replaced. */
export class UserSheetConflictError extends UsageError {
  constructor(readonly sheetName: string) {
    super(
      `the workbook already has a sheet named "${sheetName}" that Veikart did not generate (its A1 lacks the marker); rename that sheet and run again`
    );
  }
}

function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

interface TableOfWorkbook {
  readonly partPath: string;
  readonly name: string;
  readonly id: number;
}

async function tablesOf(xlsx: XlsxPackage): Promise<TableOfWorkbook[]> {
  const tables: TableOfWorkbook[] = [];
  for (const partPath of xlsx.partPaths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(partPath)) continue;
    const [tag] = tagsNamed((await xlsx.text(partPath)) ?? "", "table");
    const attributes = attributesOf(tag ?? "");
    tables.push({
      partPath,
      name: attributes.get("name") ?? "",
      id: Number(attributes.get("id") ?? 0),
    });
  }
  return tables;
}

/** Stops before anything is written when a plan's sheet or table name is taken by the user's own. */
async function refuseConflicts(
  xlsx: XlsxPackage,
  plans: readonly SheetPlan[],
  replaced: readonly WorkbookSheet[]
): Promise<void> {
  for (const plan of plans) assertPlanStartsWithMarker(plan);
  const reader = replaced.length > 0 ? await cellReaderOf(xlsx) : undefined;
  for (const sheet of replaced) {
    const firstCell = sheet.isWorksheet ? (await reader?.grid(sheet))?.values[0]?.[0] : undefined;
    if (!isGeneratedSheet(firstCell)) throw new UserSheetConflictError(sheet.name);
  }
  const replacedTables = new Set<string>();
  for (const sheet of replaced)
    for (const relationship of await xlsx.relationshipsOf(sheet.partPath))
      if (relationship.type === relationshipTypes.table) replacedTables.add(relationship.target);
  const taken = new Set(
    (await tablesOf(xlsx))
      .filter((table) => !replacedTables.has(table.partPath))
      .map((table) => table.name.toLocaleLowerCase())
  );
  for (const plan of plans)
    for (const block of plan.blocks) {
      if (block.kind !== "table") continue;
      if (taken.has(block.name.toLocaleLowerCase()))
        throw new UsageError(
          `the workbook already has a table named "${block.name}"; rename that table and run again`
        );
      taken.add(block.name.toLocaleLowerCase());
    }
}

/** The styles part's path, and its text unless the package has none (a new one is then added). */
async function stylesPartOf(
  xlsx: XlsxPackage,
  workbookPart: string
): Promise<{ path: string; xml: string | undefined; related: boolean }> {
  const relationship = (await xlsx.relationshipsOf(workbookPart)).find(
    (candidate) => candidate.type === relationshipTypes.styles
  );
  const path = relationship?.target ?? "xl/styles.xml";
  return { path, xml: await xlsx.text(path), related: relationship !== undefined };
}

/** The workbook part with a new sheet entry at the end of the tab order. */
function withSheetEntry(workbookXml: string, name: string, relationshipId: string): string {
  const sheetIds = tagsNamed(workbookXml, "sheet").map((tag) =>
    Number(attributesOf(tag).get("sheetId") ?? 0)
  );
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${relationshipId}"/>`;
  if (workbookXml.includes("</sheets>"))
    return workbookXml.replace("</sheets>", `${entry}</sheets>`);
  if (/<sheets\s*\/>/.test(workbookXml))
    return workbookXml.replace(/<sheets\s*\/>/, `<sheets>${entry}</sheets>`);
  const next = workbookXml.search(
    /<(functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s/>]|<\/workbook>/
  );
  return `${workbookXml.slice(0, next)}<sheets>${entry}</sheets>${workbookXml.slice(next)}`;
}

/** The workbook part with a sheet renamed (the plan's spelling of a name Excel compares without case). */
function withSheetName(workbookXml: string, relationshipId: string, name: string): string {
  return workbookXml.replace(/<sheet\s[^>]*>/g, (tag) => {
    const attributes = attributesOf(tag);
    if (attributes.get("r:id") !== relationshipId) return tag;
    return tag.replace(/\sname="[^"]*"/, ` name="${escapeXml(name)}"`);
  });
}

/** Adds a part at the first free "<prefix><n>.xml" and records its content type; returns its path. */
function addPart(
  xlsx: XlsxPackage,
  added: Map<string, string>,
  prefix: string,
  xml: string,
  contentType: string
): string {
  const path = freePartPath(xlsx, prefix, ".xml");
  xlsx.setText(path, xml);
  added.set(path, contentType);
  return path;
}

/** Adds a drawing part, its chart parts and the relationships between them; returns the drawing's path. */
function addDrawing(xlsx: XlsxPackage, added: Map<string, string>, drawing: DrawingParts): string {
  const drawingPath = addPart(
    xlsx,
    added,
    "xl/drawings/drawing",
    drawing.drawingXml,
    contentTypes.drawing
  );
  let relationships: string | undefined;
  drawing.chartXmls.forEach((chartXml, index) => {
    const chartPath = addPart(xlsx, added, "xl/charts/chart", chartXml, contentTypes.chart);
    relationships = withRelationship(
      relationships,
      relationshipIdOf(index),
      relationshipTypes.chart,
      relativeTarget(drawingPath, chartPath)
    );
  });
  if (relationships !== undefined) xlsx.setText(relationshipsPathOf(drawingPath), relationships);
  return drawingPath;
}

/**
 * Writes each plan as a worksheet of its name. An existing sheet of that name is replaced, in its place
 * in the tab order, only when its A1 holds the generated-sheet marker; otherwise nothing at all is
 * written and UserSheetConflictError says which sheet is in the way.
 */
export async function writeSheetPlans(
  xlsx: XlsxPackage,
  plans: readonly SheetPlan[]
): Promise<void> {
  const sheets = await workbookSheetsOf(xlsx);
  const replaced = sheets.filter((sheet) =>
    plans.some((plan) => sameSheetName(sheet.name, plan.name))
  );
  await refuseConflicts(xlsx, plans, replaced);
  const workbookPart = await workbookPartOf(xlsx);
  const stylesPart = await stylesPartOf(xlsx, workbookPart);
  const styles = new StyleSheet(stylesPart.xml ?? minimalStylesXml);
  let nextTableId = Math.max(0, ...(await tablesOf(xlsx)).map((table) => table.id)) + 1;
  const planned = plans.map((plan) => {
    const tableIds = plan.blocks.flatMap((block) =>
      block.kind === "table" ? [nextTableId++] : []
    );
    const parts = worksheetParts(plan, {
      styleIndex: (style) => styles.cellStyleIndex(style),
      tableId: (index) => tableIds[index] ?? 0,
    });
    return { plan, parts };
  });

  const workbookRelationshipsPath = relationshipsPathOf(workbookPart);
  let workbookXml = (await xlsx.text(workbookPart)) ?? "";
  let workbookRelationships = (await xlsx.text(workbookRelationshipsPath)) ?? "";
  const added = new Map<string, string>();
  const removed: string[] = [];
  for (const sheet of replaced) removed.push(...(await removePartTree(xlsx, sheet.partPath)));
  for (const { plan, parts } of planned) {
    const existing = replaced.find((sheet) => sameSheetName(sheet.name, plan.name));
    let sheetPath: string;
    if (existing !== undefined) {
      sheetPath = existing.partPath;
      workbookXml = withSheetName(workbookXml, existing.relationshipId, plan.name);
    } else {
      sheetPath = freePartPath(xlsx, "xl/worksheets/sheet", ".xml");
      const relationshipId = freeRelationshipId(workbookRelationships);
      workbookRelationships = withRelationship(
        workbookRelationships,
        relationshipId,
        relationshipTypes.worksheet,
        relativeTarget(workbookPart, sheetPath)
      );
      workbookXml = withSheetEntry(workbookXml, plan.name, relationshipId);
    }
    xlsx.setText(sheetPath, parts.worksheetXml);
    added.set(sheetPath, contentTypes.worksheet);
    let sheetRelationships: string | undefined;
    const relate = (index: number, type: string, partPath: string) => {
      sheetRelationships = withRelationship(
        sheetRelationships,
        relationshipIdOf(index),
        type,
        relativeTarget(sheetPath, partPath)
      );
    };
    parts.tableXmls.forEach((tableXml, index) => {
      const tablePath = addPart(xlsx, added, "xl/tables/table", tableXml, contentTypes.table);
      relate(index, relationshipTypes.table, tablePath);
    });
    if (parts.drawing !== undefined)
      relate(
        parts.tableXmls.length,
        relationshipTypes.drawing,
        addDrawing(xlsx, added, parts.drawing)
      );
    if (sheetRelationships !== undefined)
      xlsx.setText(relationshipsPathOf(sheetPath), sheetRelationships);
  }
  if (!stylesPart.related)
    workbookRelationships = withRelationship(
      workbookRelationships,
      freeRelationshipId(workbookRelationships),
      relationshipTypes.styles,
      relativeTarget(workbookPart, stylesPart.path)
    );
  if (stylesPart.xml === undefined) added.set(stylesPart.path, contentTypes.styles);
  xlsx.setText(stylesPart.path, styles.toXml());
  xlsx.setText(workbookPart, workbookXml);
  xlsx.setText(workbookRelationshipsPath, workbookRelationships);
  await updateContentTypes(xlsx, added, removed);
}
