import type { Dataset } from "../../model/dataset";
import type { Framework } from "../../model/framework";
import type { Issue } from "../../model/issue";
import { reportEngineIssue } from "../engine-issues";
import type { StepOutput } from "../step-output";

/** `value / denominator` per row; missing where either is missing or the denominator is 0. */
export function divideColumn(
  values: ArrayLike<number>,
  denominators: ArrayLike<number>
): Float64Array {
  const result = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) {
    const denominator = denominators[row] as number;
    result[row] =
      denominator === 0 || Number.isNaN(denominator)
        ? Number.NaN
        : (values[row] as number) / denominator;
  }
  return result;
}

/**
 * Denominate: each indicator with a `denominator` is divided by that denominator (population, area, GDP)
 * of its unit and year. An unknown denominator leaves the indicator missing (dividing nothing would mix
 * scales silently); a missing or zero denominator makes that one value missing.
 */
export function denominate(
  dataset: Dataset,
  framework: Framework
): StepOutput<{ step: "denominate"; denominatedIndicators: string[] }> {
  const issues: Issue[] = [];
  const denominated: string[] = [];
  const columns = dataset.columns.map((column, index) => {
    const id = dataset.columnIds[index] as string;
    const denominatorName = framework.indicators.find(
      (indicator) => indicator.id === id
    )?.denominator;
    if (denominatorName === undefined) return column;
    const denominators = dataset.denominators[denominatorName];
    if (denominators === undefined) {
      issues.push(
        reportEngineIssue(
          "unknown_denominator",
          { indicatorId: id, denominator: denominatorName },
          { indicator: id }
        )
      );
      return new Float64Array(column.length).fill(Number.NaN);
    }
    denominated.push(id);
    for (let row = 0; row < column.length; row++) {
      const denominator = denominators[row] as number;
      if (!Number.isNaN(column[row] as number) && (denominator === 0 || Number.isNaN(denominator)))
        issues.push(
          reportEngineIssue(
            "unusable_denominator",
            { denominator: denominatorName },
            {
              indicator: id,
              unit: dataset.units[dataset.rowUnit[row] as number]?.code ?? "",
              ...(dataset.hasTime ? { year: dataset.rowYear[row] as number } : {}),
            }
          )
        );
    }
    return divideColumn(column, denominators);
  });
  return {
    dataset: { ...dataset, columns },
    issues,
    details: { step: "denominate", denominatedIndicators: denominated },
    settings: true,
  };
}
