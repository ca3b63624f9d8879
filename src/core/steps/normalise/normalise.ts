import type { Framework, Indicator } from "../../model/framework";
import type { Dataset } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { NormalisationMethodSettings, NormalisationSettings } from "../../model/methods";
import { reportEngineIssue, type EngineIssueCode } from "../engine-issues";
import { mapScopes, scopesOf, unitSeriesOf, type Scope, type UnitSeries } from "../scopes";
import { scoredIndicators } from "../scored-indicators";
import { parameterChecker } from "../parameter-check";
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

/** Values multiplied by the direction: the column itself for +1, a negated copy for -1. */
function directedColumn(source: Float64Array, direction: 1 | -1): Float64Array {
  if (direction === 1) return source;
  const directed = new Float64Array(source.length);
  for (let row = 0; row < source.length; row++) directed[row] = -(source[row] as number);
  return directed;
}

/** Sets infinite scores to missing; returns how many there were. */
function clearOverflows(scores: Float64Array): number {
  let overflowed = 0;
  for (let row = 0; row < scores.length; row++) {
    const value = scores[row] as number;
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      scores[row] = Number.NaN;
      overflowed++;
    }
  }
  return overflowed;
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
  let unitSeries: UnitSeries[] | undefined;
  const columnIds: string[] = [];
  const columns: Float64Array[] = [];
  const methods: Record<string, string> = {};

  const parametersValid = parameterChecker(
    (methodSettings: NormalisationMethodSettings) =>
      normalisationMethodOf(methodSettings).parameterProblems(methodSettings),
    issues
  );
  const needsMet = (indicator: Indicator, needs: readonly IndicatorRequirement[]): boolean => {
    const unmet = needs.filter((need) => !requirementMet[need](indicator));
    for (const need of unmet)
      issues.push(
        reportEngineIssue(
          requirementIssue[need],
          { indicatorId: indicator.id },
          { indicator: indicator.id }
        )
      );
    return unmet.length === 0;
  };
  const scoresOf = (
    indicator: Indicator,
    source: Float64Array,
    methodSettings: NormalisationMethodSettings
  ): Float64Array => {
    const method = normalisationMethodOf(methodSettings);
    const direction = indicator.direction === -1 ? -1 : 1;
    const scored: ScoredIndicator = { indicator, direction };
    const directed = directedColumn(source, direction);
    const reported = (scope: Scope, output: NormalisationOutput): Float64Array => {
      if (output.problem !== undefined) {
        const place: { year?: number; unit?: string } = {};
        if (scope.year !== undefined) place.year = scope.year;
        if (method.kind === "series")
          place.unit =
            dataset.units[dataset.rowUnit[scope.rows[0] as number] as number]?.code ?? "";
        issues.push(problemIssue(output.problem, indicator.id, place));
      }
      return output.scores;
    };
    const scores =
      method.kind === "cross-section"
        ? mapScopes(directed, scopes, (values, scope) =>
            reported(scope, method.scoreColumn(values, methodSettings, scored))
          )
        : mapScopes(directed, (unitSeries ??= unitSeriesOf(dataset)), (values, series) =>
            reported(series, method.scoreSeries(values, series.years, methodSettings, scored))
          );
    const overflowed = clearOverflows(scores);
    if (overflowed > 0)
      issues.push(
        reportEngineIssue(
          "overflow",
          { indicatorId: indicator.id, count: overflowed },
          { indicator: indicator.id }
        )
      );
    return scores;
  };

  for (const indicator of scoredIndicators(framework)) {
    const source = dataset.columns[dataset.columnIds.indexOf(indicator.id)];
    if (source === undefined) continue;
    const methodSettings = settings.byIndicator?.[indicator.id] ?? settings.method;
    columnIds.push(indicator.id);
    methods[indicator.id] = methodSettings.method;
    columns.push(
      parametersValid(methodSettings) &&
        needsMet(indicator, normalisationMethodOf(methodSettings).needs)
        ? scoresOf(indicator, source, methodSettings)
        : missingScores(rows)
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
