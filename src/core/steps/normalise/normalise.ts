import type { Framework } from "../../model/framework";
import type { Dataset } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { NormalisationMethodSettings, NormalisationSettings } from "../../model/methods";
import { reportEngineIssue, type EngineIssueCode } from "../engine-issues";
import { coversAllRowsInOrder, gather, scatter, scopesOf, type Scope } from "../scopes";
import { scoredIndicators } from "../scored-indicators";
import type { StepOutput } from "../step-output";
import {
  missingScores,
  type NormalisationOutput,
  type NormalisationProblem,
} from "./kernel-output";
import {
  normalisationMethodOf,
  requirementMet,
  type IndicatorRequirement,
  type ScoredIndicator,
} from "./methods";

export const defaultNormalisation: NormalisationSettings = {
  method: { method: "minmax", lower: 0, upper: 100 },
  scope: { pooled: false, byPeerGroup: false },
};

const requirementIssue: { readonly [Need in IndicatorRequirement]: EngineIssueCode } = {
  target: "missing_target",
  goalposts: "missing_goalposts",
};

function problemIssue(
  problem: NormalisationProblem,
  indicatorId: string,
  place: { year?: number; unit?: string }
): Issue {
  const at = { indicator: indicatorId, ...place };
  switch (problem.kind) {
    case "all_missing":
      return reportEngineIssue("all_missing", { indicatorId }, at);
    case "zero_range":
      return reportEngineIssue("zero_range", { indicatorId }, at);
    case "too_few_values":
      return reportEngineIssue(
        "too_few_values",
        { indicatorId, needed: problem.needed, present: problem.present, step: "normalise" },
        at
      );
    case "target_not_above_minimum":
      return reportEngineIssue("target_not_above_minimum", { indicatorId }, at);
    case "missing_base_value":
      return reportEngineIssue(
        "missing_base_value",
        { indicatorId, baseYear: problem.baseYear },
        at
      );
  }
}

/** Rows grouped by unit, each group ordered by year (for series methods). */
function rowsByUnit(dataset: Dataset): Int32Array[] {
  const byUnit = new Map<number, number[]>();
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const unit = dataset.rowUnit[row] as number;
    const rows = byUnit.get(unit);
    if (rows === undefined) byUnit.set(unit, [row]);
    else rows.push(row);
  }
  return [...byUnit.values()].map((rows) =>
    Int32Array.from(
      rows.sort((a, b) => (dataset.rowYear[a] as number) - (dataset.rowYear[b] as number))
    )
  );
}

/**
 * Normalise: each scored indicator is multiplied by its direction, then scored with its method within each
 * scope (per year by default, or pooled; among all units or within each peer group). The stage keeps only
 * the scored indicators; a context indicator is not normalised.
 */
export function normalise(
  dataset: Dataset,
  framework: Framework,
  settings: NormalisationSettings = defaultNormalisation
): StepOutput<{ step: "normalise"; methods: Record<string, string> }> {
  const issues: Issue[] = [];
  const rows = dataset.rowUnit.length;
  const scopes = scopesOf(dataset, settings.scope);
  // One scope holding every row in order: kernels work on the whole column, no gathering.
  const wholeColumn =
    scopes.length === 1 && coversAllRowsInOrder(scopes[0] as Scope, rows) ? scopes[0] : undefined;
  let unitSeries: Int32Array[] | undefined;
  const columnIds: string[] = [];
  const columns: Float64Array[] = [];
  const methods: Record<string, string> = {};
  const checked = new Map<NormalisationMethodSettings, boolean>();

  for (const indicator of scoredIndicators(framework)) {
    const sourceIndex = dataset.columnIds.indexOf(indicator.id);
    const source = dataset.columns[sourceIndex];
    if (source === undefined) continue;
    const methodSettings = settings.byIndicator?.[indicator.id] ?? settings.method;
    const method = normalisationMethodOf(methodSettings);
    // All missing until scored; the whole-column path replaces it with the kernel's own array.
    let scores: Float64Array = missingScores(rows);
    columnIds.push(indicator.id);
    columns.push(scores);
    methods[indicator.id] = methodSettings.method;

    if (!checked.has(methodSettings)) {
      const problems = method.parameterProblems(methodSettings);
      for (const problem of problems)
        issues.push(reportEngineIssue("invalid_parameter", problem, {}));
      checked.set(methodSettings, problems.length === 0);
    }
    if (checked.get(methodSettings) !== true) continue;
    const unmet = method.needs.filter((need) => !requirementMet[need](indicator));
    if (unmet.length > 0) {
      for (const need of unmet)
        issues.push(
          reportEngineIssue(
            requirementIssue[need],
            { indicatorId: indicator.id },
            { indicator: indicator.id }
          )
        );
      continue;
    }

    const direction = indicator.direction === -1 ? -1 : 1;
    const scored: ScoredIndicator = { indicator, direction };
    let directed = source;
    if (direction === -1) {
      directed = new Float64Array(rows);
      for (let row = 0; row < rows; row++) directed[row] = -(source[row] as number);
    }

    const report = (scope: Scope, output: NormalisationOutput): void => {
      if (output.problem !== undefined) {
        const place: { year?: number; unit?: string } = {};
        if (scope.year !== undefined) place.year = scope.year;
        if (method.kind === "series")
          place.unit =
            dataset.units[dataset.rowUnit[scope.rows[0] as number] as number]?.code ?? "";
        issues.push(problemIssue(output.problem, indicator.id, place));
      }
    };
    const score = (scope: Scope, output: NormalisationOutput): void => {
      report(scope, output);
      scatter(scores, scope.rows, output.scores);
    };

    if (method.kind === "cross-section" && wholeColumn !== undefined) {
      const output = method.scoreColumn(directed, methodSettings, scored);
      report(wholeColumn, output);
      scores = output.scores;
      columns[columns.length - 1] = scores;
    } else if (method.kind === "cross-section") {
      for (const scope of scopes)
        score(scope, method.scoreColumn(gather(directed, scope.rows), methodSettings, scored));
    } else {
      unitSeries ??= rowsByUnit(dataset);
      for (const unitRows of unitSeries) {
        const years = new Int32Array(unitRows.length);
        for (let index = 0; index < unitRows.length; index++)
          years[index] = dataset.rowYear[unitRows[index] as number] as number;
        score(
          { rows: unitRows },
          method.scoreSeries(gather(directed, unitRows), years, methodSettings, scored)
        );
      }
    }

    let overflowed = 0;
    for (let row = 0; row < rows; row++) {
      const value = scores[row] as number;
      if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
        scores[row] = Number.NaN;
        overflowed++;
      }
    }
    if (overflowed > 0)
      issues.push(
        reportEngineIssue(
          "overflow",
          { indicatorId: indicator.id, count: overflowed },
          { indicator: indicator.id }
        )
      );
  }

  const resolvedByIndicator: Record<string, NormalisationMethodSettings> = {};
  for (const [id, methodSettings] of Object.entries(settings.byIndicator ?? {}))
    resolvedByIndicator[id] = normalisationMethodOf(methodSettings).withDefaults(methodSettings);
  return {
    dataset: { ...dataset, columnIds, columns },
    issues,
    details: { step: "normalise", methods },
    settings: {
      method: normalisationMethodOf(settings.method).withDefaults(settings.method),
      ...(settings.byIndicator === undefined ? {} : { byIndicator: resolvedByIndicator }),
      scope: {
        pooled: settings.scope?.pooled ?? false,
        byPeerGroup: settings.scope?.byPeerGroup ?? false,
      },
    },
  };
}
