import type { Dataset } from "../../model/dataset";
import type { Framework } from "../../model/framework";
import type { Issue } from "../../model/issue";
import type { TreatmentSettings } from "../../model/methods";
import type { ColumnTreatment, TreatedPoint } from "../../model/pipeline-result";
import { reportEngineIssue } from "../engine-issues";
import { gather, scatter, scopesOf, type ScopeOptions } from "../scopes";
import { scoredIndicators } from "../scored-indicators";
import { presentCount } from "../statistics";
import type { StepOutput } from "../step-output";
import { coinrOutlierRule, treatColumn, type OutlierRule } from "./winsorise";

const minimumValues = 4;
const nullIfNaN = (value: number): number | null => (Number.isNaN(value) ? null : value);

export function outlierRuleOf(settings: TreatmentSettings): OutlierRule | undefined {
  if (settings.method === "none") return undefined;
  return {
    winmax: settings.winmax ?? coinrOutlierRule.winmax,
    skewThreshold: settings.skewThreshold ?? coinrOutlierRule.skewThreshold,
    kurtosisThreshold: settings.kurtosisThreshold ?? coinrOutlierRule.kurtosisThreshold,
  };
}

/**
 * Treat outliers in every scored indicator, scope by scope. The scope should be the normalisation's (the
 * pipeline passes it): COINr treats a panel per year but normalises it pooled, so its caps differ by year.
 */
export function treat(
  dataset: Dataset,
  framework: Framework,
  settings: TreatmentSettings,
  scope: ScopeOptions = {}
): StepOutput<{ step: "treat"; columns: ColumnTreatment[]; points: TreatedPoint[] }> {
  const issues: Issue[] = [];
  const treatedColumns: ColumnTreatment[] = [];
  const points: TreatedPoint[] = [];
  const rule = outlierRuleOf(settings);
  if (rule === undefined)
    return { dataset, issues, details: { step: "treat", columns: [], points: [] }, settings };
  if (!(Number.isInteger(rule.winmax) && rule.winmax >= 0)) {
    issues.push(
      reportEngineIssue("invalid_parameter", {
        name: "winmax",
        value: String(rule.winmax),
        expected: { nb: "et helt tall på 0 eller mer", en: "a whole number of 0 or more" },
      })
    );
    return { dataset, issues, details: { step: "treat", columns: [], points: [] }, settings };
  }
  const scopes = scopesOf(dataset, {
    pooled: scope.pooled ?? false,
    byPeerGroup: scope.byPeerGroup ?? false,
  });
  const columns = [...dataset.columns];
  for (const indicator of scoredIndicators(framework)) {
    const position = dataset.columnIds.indexOf(indicator.id);
    const source = dataset.columns[position];
    if (source === undefined) continue;
    const treatedValues = Float64Array.from(source);
    for (const part of scopes) {
      const values = gather(source, part.rows);
      const yearPlace = part.year === undefined ? {} : { year: part.year };
      const present = presentCount(values);
      if (present < minimumValues) {
        issues.push(
          reportEngineIssue(
            "too_few_values",
            { indicatorId: indicator.id, needed: minimumValues, present, step: "treat" },
            { indicator: indicator.id, ...yearPlace }
          )
        );
        continue;
      }
      const outcome = treatColumn(values, rule);
      scatter(treatedValues, part.rows, outcome.values);
      treatedColumns.push({
        indicatorId: indicator.id,
        ...yearPlace,
        skewness: nullIfNaN(outcome.after.skewness),
        kurtosis: nullIfNaN(outcome.after.kurtosis),
        winsorisedPoints: outcome.winsorisedPoints,
        logTransformed: outcome.logTransformed,
        passes: outcome.after.passes || Number.isNaN(outcome.after.skewness),
      });
      if (!outcome.logTransformed)
        values.forEach((before, index) => {
          const after = outcome.values[index] as number;
          if (Number.isNaN(before) || after === before) return;
          const row = part.rows[index] as number;
          points.push({
            unitCode: dataset.units[dataset.rowUnit[row] as number]?.code ?? "",
            ...(dataset.hasTime ? { year: dataset.rowYear[row] as number } : {}),
            indicatorId: indicator.id,
            before,
            after,
            how: after < before ? "winsorised_high" : "winsorised_low",
          });
        });
      if (!outcome.after.passes && !Number.isNaN(outcome.after.skewness))
        issues.push(
          reportEngineIssue(
            "outliers_remain",
            {
              indicatorId: indicator.id,
              skewness: outcome.after.skewness,
              kurtosis: outcome.after.kurtosis,
            },
            { indicator: indicator.id, ...yearPlace }
          )
        );
    }
    columns[position] = treatedValues;
  }
  return {
    dataset: { ...dataset, columns },
    issues,
    details: { step: "treat", columns: treatedColumns, points },
    settings: { method: settings.method, ...rule },
  };
}
