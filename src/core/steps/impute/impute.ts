import type { Dataset } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { ImputationSettings } from "../../model/methods";
import type { Unit } from "../../model/units";
import { reportEngineIssue } from "../engine-issues";
import { gather, scatter, scopesOf } from "../scopes";
import type { StepOutput } from "../step-output";
import { groupColumnOf, imputationMethods } from "./methods";

/** The peer group is addressed as the group column "peerGroup". */
export const peerGroupColumn = "peerGroup";

function groupLabel(unit: Unit | undefined, column: string): string | undefined {
  if (unit === undefined) return undefined;
  return column === peerGroupColumn ? unit.peerGroup : unit.groups?.[column];
}

function rowsByUnitInYearOrder(dataset: Dataset): Int32Array[] {
  const byUnit = new Map<number, number[]>();
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const unit = dataset.rowUnit[row] as number;
    const list = byUnit.get(unit);
    if (list === undefined) byUnit.set(unit, [row]);
    else list.push(row);
  }
  return [...byUnit.values()].map((rows) =>
    Int32Array.from(
      rows.sort((a, b) => (dataset.rowYear[a] as number) - (dataset.rowYear[b] as number))
    )
  );
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

  const scopes = method.kind === "cross-section" ? scopesOf(dataset) : [];
  const series = method.kind === "series" ? rowsByUnitInYearOrder(dataset) : [];
  const columns = dataset.columns.map((column, index) => {
    const id = dataset.columnIds[index] as string;
    const filled = Float64Array.from(column);
    if (method.kind === "cross-section") {
      for (const scope of scopes) {
        const scopeGroups = method.needsGroup
          ? Array.from(scope.rows, (row) => groups[row] ?? "")
          : [];
        scatter(filled, scope.rows, method.fill(gather(column, scope.rows), scopeGroups));
      }
    } else {
      for (const unitRows of series) {
        const years = Int32Array.from(unitRows, (row) => dataset.rowYear[row] as number);
        scatter(filled, unitRows, method.fill(gather(column, unitRows), years));
      }
    }
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
