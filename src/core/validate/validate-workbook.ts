// The validator: reads a workbook's grids into the model and collects every problem it finds.
import type { Framework, Issue, Observation, Unit } from "../model";
import { peerGroupsOf } from "../model/units";
import {
  dataSheet,
  defaultMethodValues,
  dimensionsSheet,
  indicatorsSheet,
  methodSheet,
  unitsSheet,
} from "../template";
import { checkCoverage, type CoverageReport } from "./check-coverage";
import { checkJumps } from "./check-jumps";
import { checkOutliers } from "./check-outliers";
import { checkPlausibleRanges } from "./check-plausibility";
import type { WorkbookGrids } from "./grid";
import { IssueCollector, type IssueSink } from "./issue-collector";
import { readCatalogue } from "./read-catalogue";
import { readMethod, type MethodValues } from "./read-method";
import { readObservations } from "./read-observations";
import { readTable } from "./read-tables";
import { readUnits } from "./read-units";
import { summarise, type ValidationSummary } from "./summary";
import { reportValidationIssue as report, type ValidationIssueCode } from "./validation-issues";

/** What a workbook holds, as far as it could be read, with the way back to its rows. */
export interface WorkbookContent {
  readonly framework: Framework;
  readonly units: readonly Unit[];
  readonly observations: readonly Observation[];
  /** The Data row (0-based, in the Data grid) of each observation. */
  readonly observationRows: readonly number[];
  readonly settings: MethodValues;
}

export interface WorkbookValidation {
  /**
   * The issues, up to `keptIssuesPerColumn` of one code in one column; the rest of them are counted
   * in an issues_not_listed issue, so the summary's counts are of every issue found.
   */
  readonly issues: readonly Issue<ValidationIssueCode>[];
  readonly summary: ValidationSummary;
  readonly content: WorkbookContent;
  readonly coverage: CoverageReport | undefined;
}

function validateGrids(
  grids: WorkbookGrids,
  issues: IssueSink
): Omit<WorkbookValidation, "issues" | "summary"> {
  const tables = {
    indicators: readTable(grids, indicatorsSheet, issues),
    dimensions: readTable(grids, dimensionsSheet, issues),
    units: readTable(grids, unitsSheet, issues),
    data: readTable(grids, dataSheet, issues),
    method: readTable(grids, methodSheet, issues),
  };
  for (const [table, sheet] of [
    [tables.indicators, indicatorsSheet],
    [tables.units, unitsSheet],
    [tables.data, dataSheet],
  ] as const)
    if (table !== undefined && table.rows.length === 0)
      issues.push(
        report(
          "sheet_empty",
          { sheet: table.grid.name },
          { sheet: table.grid.name, row: table.headerRow },
          sheet === dataSheet ? "warning" : "error"
        )
      );
  const catalogue = readCatalogue(tables.indicators, tables.dimensions, issues);
  const { units, unitRows } = readUnits(tables.units, issues);
  const unitsByCode = new Map(units.map((unit) => [unit.code, unit]));
  const indicatorsById = new Map(
    catalogue.framework.indicators.map((indicator) => [indicator.id, indicator])
  );
  const peerGroups = peerGroupsOf(units);
  const { settings } = readMethod(tables.method, peerGroups, issues);
  const { observations, observationRows, numbering } = readObservations(
    tables.data,
    {
      units: tables.units === undefined ? undefined : unitsByCode,
      indicators: tables.indicators === undefined ? undefined : indicatorsById,
    },
    issues
  );
  const content = {
    framework: catalogue.framework,
    units,
    observations,
    observationRows,
    settings,
  };
  if (tables.data === undefined) return { content, coverage: undefined };
  const unitsTable = tables.units;
  const unitPlaces = new Map(
    [...unitRows].map(([code, row]) => [
      code,
      { sheet: unitsTable?.grid.name ?? unitsSheet.name, row, column: unitsTable?.columns.code },
    ])
  );
  const context = {
    observations,
    observationRows,
    numbering,
    dataSheet: tables.data.grid.name,
    valueColumn: tables.data.columns.value,
    units: unitsByCode,
    unitPlaces,
    indicators: indicatorsById,
    kinds: catalogue.kinds,
    settings,
  };
  checkPlausibleRanges(context, issues);
  checkOutliers(context, issues);
  checkJumps(context, issues);
  const coverage = checkCoverage(context, issues);
  return { content, coverage };
}

/**
 * Checks a workbook given as cell grids (one per sheet) against the template and reads it into the
 * model. Finds every problem instead of stopping at the first; never throws; never changes `grids`.
 */
export function validateWorkbook(grids: WorkbookGrids): WorkbookValidation {
  const issues = new IssueCollector();
  let result: Omit<WorkbookValidation, "issues" | "summary">;
  try {
    result = validateGrids(grids, issues);
  } catch (error) {
    issues.push(
      report("validation_failed", {
        reason: error instanceof Error ? error.message : String(error),
      })
    );
    const content = {
      framework: { indicators: [], aggregates: [] },
      units: [],
      observations: [],
      observationRows: [],
      settings: defaultMethodValues,
    };
    result = { content, coverage: undefined };
  }
  const kept = issues.issues();
  return { issues: kept, summary: summarise(kept), ...result };
}
