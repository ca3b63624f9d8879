// Writes sheet plans into an .xlsx package: each plan's sheet (a generated one, or a template sheet
// in a new workbook) becomes a worksheet part with its tables and charts; every other part of the
// workbook stays byte for byte as it was.
import {
  assertPlanStartsWithMarker,
  isGeneratedSheet,
  withinCellTextLimit,
  type CutText,
  type SheetPlan,
} from "../../core/sheet-plan";
import { UsageError } from "../command";
import {
  contentTypes,
  isRelationshipOf,
  isStrictOpenXml,
  relationshipType,
} from "./ooxml-vocabulary";
import {
  freeRelationshipId,
  PackageChanges,
  partTreeOf,
  relativeTarget,
  withoutRelationship,
  withRelationship,
} from "./package-changes";
import { cellReaderOf } from "./read-cell-grids";
import { minimalStylesXml, StyleSheet } from "./style-sheet";
import {
  definedNamesOf,
  sheetPositionOf,
  withPrintArea,
  withSheetEntry,
  withSheetName,
} from "./workbook-xml";
import {
  workbookPartOf,
  workbookPartOfKind,
  workbookSheetsOf,
  type WorkbookSheet,
} from "./workbook-sheets";
import {
  printAreaReference,
  relationshipIdOf,
  worksheetParts,
  type DrawingParts,
  type WorksheetParts,
} from "./worksheet-xml";
import { tableIdentityOf } from "./table-xml";
import { relationshipsPathOf, type XlsxPackage } from "./xlsx-package";

/** A sheet of the generated sheet's name exists that Veikart did not generate: it is never replaced. */
export class UserSheetConflictError extends UsageError {
  constructor(readonly sheetName: string) {
    super(
      `the workbook already has a sheet named "${sheetName}" that Veikart did not generate (its A1 lacks the marker); rename that sheet and run again`
    );
  }
}

/** An input plan's sheet (the template's) exists already: it is the user's, and never replaced. */
export class InputSheetExistsError extends UsageError {
  constructor(readonly sheetName: string) {
    super(
      `the workbook already has a sheet named "${sheetName}"; Veikart adds that sheet only to a workbook without one`
    );
  }
}

function isInput(plan: SheetPlan): boolean {
  return plan.purpose === "input";
}

/** Excel compares sheet and table names without case, whatever the user's locale. */
function caseless(name: string): string {
  return name.toLowerCase();
}

interface TableOfWorkbook {
  readonly sheet: WorkbookSheet;
  readonly name: string;
  readonly id: number;
}

/** The tables of the workbook's worksheets. */
function tablesOf(xlsx: XlsxPackage, sheets: readonly WorkbookSheet[]): TableOfWorkbook[] {
  return sheets.flatMap((sheet) =>
    xlsx
      .relationshipsOf(sheet.partPath)
      .filter((relationship) => isRelationshipOf(relationship.type, "table"))
      .map((relationship) => ({
        sheet,
        ...(xlsx.readXml(relationship.target, tableIdentityOf) ?? { name: "", id: 0 }),
      }))
  );
}

/** Stops before anything is written when a plan's sheet or table name is taken by the user's own. */
function refuseConflicts(
  xlsx: XlsxPackage,
  plans: readonly SheetPlan[],
  tables: readonly TableOfWorkbook[],
  replaced: readonly WorkbookSheet[],
  workbookXml: string
): void {
  for (const plan of plans) if (!isInput(plan)) assertPlanStartsWithMarker(plan);
  if (replaced.length > 0) {
    const reader = cellReaderOf(xlsx);
    for (const sheet of replaced)
      if (!sheet.isWorksheet || !isGeneratedSheet(reader.grid(sheet).values[0]?.[0]))
        throw new UserSheetConflictError(sheet.name);
  }
  const tableNames = new Set(
    tables.filter((table) => !replaced.includes(table.sheet)).map((table) => caseless(table.name))
  );
  const definedNames = new Set(definedNamesOf(workbookXml).map(caseless));
  for (const plan of plans)
    for (const block of plan.blocks) {
      if (block.kind !== "table") continue;
      const name = caseless(block.name);
      if (tableNames.has(name))
        throw new UsageError(
          `the workbook already has a table named "${block.name}"; rename that table and run again`
        );
      if (definedNames.has(name))
        throw new UsageError(
          `the workbook already defines the name "${block.name}", which Veikart gives a table; rename it and run again`
        );
      tableNames.add(name);
    }
}

/** Adds a drawing part, its chart parts and the relationships between them; returns the drawing's path. */
function addDrawing(changes: PackageChanges, drawing: DrawingParts): string {
  const drawingPath = changes.add("xl/drawings/drawing", drawing.drawingXml, contentTypes.drawing);
  let relationships: string | undefined;
  drawing.chartXmls.forEach((chartXml, index) => {
    const chartPath = changes.add("xl/charts/chart", chartXml, contentTypes.chart);
    relationships = withRelationship(
      relationships,
      relationshipIdOf(index),
      relationshipType("chart"),
      relativeTarget(drawingPath, chartPath)
    );
  });
  if (relationships !== undefined) changes.write(relationshipsPathOf(drawingPath), relationships);
  return drawingPath;
}

/** Writes a worksheet's part, its tables and its drawing, related to it as rId1, rId2, ... */
function addWorksheet(changes: PackageChanges, sheetPath: string, parts: WorksheetParts): void {
  changes.write(sheetPath, parts.worksheetXml, contentTypes.worksheet);
  const targets = [
    ...parts.tableXmls.map((tableXml) => ({
      type: relationshipType("table"),
      path: changes.add("xl/tables/table", tableXml, contentTypes.table),
    })),
    ...(parts.drawing === undefined
      ? []
      : [{ type: relationshipType("drawing"), path: addDrawing(changes, parts.drawing) }]),
  ];
  if (targets.length === 0) return;
  changes.write(
    relationshipsPathOf(sheetPath),
    targets.reduce<string | undefined>(
      (xml, target, index) =>
        withRelationship(
          xml,
          relationshipIdOf(index),
          target.type,
          relativeTarget(sheetPath, target.path)
        ),
      undefined
    ) ?? ""
  );
}

/** The workbook part and its relationships as they are being changed. */
interface WorkbookTexts {
  xml: string;
  relationships: string;
}

/** Places each plan's sheet: the replaced sheet's part, or a new part entered at the end of the tabs. */
function sheetPathOf(
  plan: SheetPlan,
  replaced: readonly WorkbookSheet[],
  workbookPart: string,
  workbook: WorkbookTexts,
  changes: PackageChanges
): string {
  const existing = replaced.find((sheet) => caseless(sheet.name) === caseless(plan.name));
  if (existing !== undefined) {
    workbook.xml = withSheetName(workbook.xml, existing.relationshipId, plan.name);
    return existing.partPath;
  }
  const sheetPath = changes.add("xl/worksheets/sheet", "", contentTypes.worksheet);
  const relationshipId = freeRelationshipId(workbook.relationships);
  workbook.relationships = withRelationship(
    workbook.relationships,
    relationshipId,
    relationshipType("worksheet"),
    relativeTarget(workbookPart, sheetPath)
  );
  workbook.xml = withSheetEntry(workbook.xml, plan.name, relationshipId);
  return sheetPath;
}

/**
 * Excel keeps a calculation chain of formula cells by sheet; one that names cells of a replaced sheet
 * makes it repair the file, so the chain goes (Excel builds it again).
 */
function dropCalculationChain(
  xlsx: XlsxPackage,
  workbookPart: string,
  workbook: WorkbookTexts,
  changes: PackageChanges
): void {
  const chain = xlsx.relationshipOf(workbookPart, "calcChain");
  if (chain === undefined) return;
  changes.remove([chain.target]);
  workbook.relationships = withoutRelationship(workbook.relationships, chain.id);
}

/**
 * Writes each plan as a worksheet of its name. An existing sheet of a generated plan's name is
 * replaced, in its place in the tab order, only when its A1 holds the generated-sheet marker;
 * otherwise nothing at all is written and UserSheetConflictError says which sheet is in the way. An
 * input plan (the template's) is written only as a new sheet, else InputSheetExistsError. Every
 * change is worked out before the package is touched. Texts longer than a cell holds are cut
 * (withinCellTextLimit); the cut ones are returned, for a warning.
 */
export function writeSheetPlans(
  xlsx: XlsxPackage,
  requestedPlans: readonly SheetPlan[]
): readonly CutText[] {
  const fitted = requestedPlans.map(withinCellTextLimit);
  const plans = fitted.map((result) => result.plan);
  const workbookPart = workbookPartOf(xlsx);
  const workbook: WorkbookTexts = {
    xml: xlsx.text(workbookPart) ?? "",
    relationships: xlsx.text(relationshipsPathOf(workbookPart)) ?? "",
  };
  if (isStrictOpenXml(workbook.xml))
    throw new UsageError(
      "the workbook is saved as Strict Open XML; save it as an Excel Workbook (.xlsx) and run again"
    );
  const sheets = workbookSheetsOf(xlsx);
  const planOf = (sheet: WorkbookSheet) =>
    plans.find((plan) => caseless(plan.name) === caseless(sheet.name));
  const taken = sheets.find((sheet) => {
    const plan = planOf(sheet);
    return plan !== undefined && isInput(plan);
  });
  if (taken !== undefined) throw new InputSheetExistsError(taken.name);
  const replaced = sheets.filter((sheet) => planOf(sheet) !== undefined);
  const tables = tablesOf(xlsx, sheets);
  refuseConflicts(xlsx, plans, tables, replaced, workbook.xml);

  const changes = new PackageChanges(xlsx);
  let nextTableId = Math.max(0, ...tables.map((table) => table.id)) + 1;
  for (const sheet of replaced) changes.remove(partTreeOf(xlsx, sheet.partPath));
  if (replaced.length > 0) dropCalculationChain(xlsx, workbookPart, workbook, changes);
  const stylesPart = workbookPartOfKind(xlsx, "styles");
  const stylesXml = xlsx.text(stylesPart.path);
  const styles = new StyleSheet(stylesXml ?? minimalStylesXml);
  for (const plan of plans) {
    const parts = worksheetParts(plan, {
      styleIndex: (style) => styles.cellStyleIndex(style),
      tableIds: plan.blocks.flatMap((block) => (block.kind === "table" ? [nextTableId++] : [])),
    });
    addWorksheet(changes, sheetPathOf(plan, replaced, workbookPart, workbook, changes), parts);
    // A replaced sheet's old print area goes with it; the plan's own, if any, takes its place.
    workbook.xml = withPrintArea(
      workbook.xml,
      sheetPositionOf(workbook.xml, plan.name),
      printAreaReference(plan)
    );
  }
  if (!stylesPart.related)
    workbook.relationships = withRelationship(
      workbook.relationships,
      freeRelationshipId(workbook.relationships),
      relationshipType("styles"),
      relativeTarget(workbookPart, stylesPart.path)
    );
  changes.write(
    stylesPart.path,
    styles.toXml(),
    stylesXml === undefined ? contentTypes.styles : undefined
  );
  changes.write(workbookPart, workbook.xml);
  changes.write(relationshipsPathOf(workbookPart), workbook.relationships);
  changes.apply();
  return fitted.flatMap((result) => result.cut);
}
