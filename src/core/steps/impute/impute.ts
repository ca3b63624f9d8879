import type { Dataset } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { ImputationSettings } from "../../model/methods";
import type { Unit } from "../../model/units";
import { reportEngineIssue } from "../engine-issues";
import { mapScopes, scopesOf, unitSeriesOf } from "../scopes";
import type { StepOutput } from "../step-output";
import {
  groupColumnOf,
  imputationMethods,
  type CrossSectionImputation,
  type SeriesImputation,
} from "./methods";

/** The peer group is addressed as the group column "peerGroup". */
export const peerGroupColumn = "peerGroup";

function groupLabel(unit: Unit | undefined, column: string): string | undefined {
  if (unit === undefined) return undefined;
  return column === peerGroupColumn ? unit.peerGroup : unit.groups?.[column];
}

/** Fills a column year by year; each year's group labels are read once, not once per column. */
function crossSectionFiller(
  dataset: Dataset,
  method: CrossSectionImputation,
  groups: readonly string[]
): (column: Float64Array) => Float64Array {
  const scopes = scopesOf(dataset).map((scope) => ({
    ...scope,
    groups: method.needsGroup ? Array.from(scope.rows, (row) => groups[row] ?? "") : [],
  }));
  return (column) =>
    mapScopes(column, scopes, (values, scope) => method.fill(values, scope.groups));
}

/** Fills a column along each unit's years. */
function seriesFiller(
  dataset: Dataset,
  method: SeriesImputation
): (column: Float64Array) => Float64Array {
  const series = unitSeriesOf(dataset);
  return (column) => mapScopes(column, series, (values, unit) => method.fill(values, unit.years));
}

/**
 * Impute: fill missing values of every indicator column. Cross-section methods (mean, median, group mean,
 * group median) work within each year; panel methods (last value carried forward, linear) along each unit's
 * years. Values that cannot be filled stay missing and are counted in an issue.
 */
export function impute(
  dataset: Dataset,
  settings: ImputationSettings
): StepOutput<{ step: "impute"; imputedCells: Record<string, number> }> {
  const issues: Issue[] = [];
  const method = imputationMethods[settings.method];
  const imputedCells: Record<string, number> = {};
  const done = (columns: readonly Float64Array[]) => ({
    dataset: { ...dataset, columns },
    issues,
    details: { step: "impute" as const, imputedCells },
    settings,
  });
  if (method.kind === "none") return done(dataset.columns);

  const rows = dataset.rowUnit.length;
  let groups: string[] = [];
  const groupColumn = groupColumnOf(settings);
  if (method.needsGroup && groupColumn !== undefined) {
    const labels = Array.from(dataset.rowUnit, (unit) =>
      groupLabel(dataset.units[unit], groupColumn)
    );
    if (labels.every((label) => label === undefined)) {
      issues.push(reportEngineIssue("unknown_group", { group: groupColumn }));
      return done(dataset.columns);
    }
    groups = labels.map((label) => label ?? "");
  }

  const fillColumn =
    method.kind === "cross-section"
      ? crossSectionFiller(dataset, method, groups)
      : seriesFiller(dataset, method);
  const columns = dataset.columns.map((column, index) => {
    const id = dataset.columnIds[index] as string;
    const filled = fillColumn(column);
    let imputed = 0;
    let remaining = 0;
    for (let row = 0; row < rows; row++) {
      if (!Number.isNaN(column[row] as number)) continue;
      if (Number.isNaN(filled[row] as number)) remaining++;
      else imputed++;
    }
    imputedCells[id] = imputed;
    if (remaining > 0)
      issues.push(
        reportEngineIssue(
          "imputation_incomplete",
          { indicatorId: id, count: remaining },
          { indicator: id }
        )
      );
    return filled;
  });
  return done(columns);
}
