import type { Dataset } from "../model/dataset";
import type { Framework } from "../model/framework";
import { ok, type Issue, type Success } from "../model/issue";
import type { Observation } from "../model/observations";
import type { Unit } from "../model/units";
import { reportEngineIssue } from "../steps/engine-issues";

/**
 * The first and last years of the observations (Infinity and -Infinity when there are none), not
 * found by spreading them into Math.min and Math.max: a national workbook's 155,000 observations
 * overflow the call stack as arguments.
 */
export function yearSpanOf(observations: readonly Observation[]): {
  readonly first: number;
  readonly last: number;
} {
  let first = Infinity;
  let last = -Infinity;
  for (const { year } of observations) {
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return { first, last };
}

/**
 * Builds the dense dataset from the template's long format: one row per unit and year that has at least one
 * observation (units in register order, years ascending), one column per framework indicator. Observations
 * whose indicator id names a denominator of the framework (`Indicator.denominator`) fill that denominator;
 * otherwise a unit's `denominators` are used for every year. Unknown units and ids are reported once each.
 */
export function datasetFromObservations(
  framework: Framework,
  units: readonly Unit[],
  observations: readonly Observation[]
): Success<Dataset> {
  const issues: Issue[] = [];
  const unitIndex = new Map<string, number>();
  units.forEach((unit, position) => {
    if (!unitIndex.has(unit.code)) unitIndex.set(unit.code, position);
  });
  const indicatorIds = framework.indicators.map((indicator) => indicator.id);
  const columnOfIndicator = new Map<string, number>();
  indicatorIds.forEach((id, position) => {
    if (!columnOfIndicator.has(id)) columnOfIndicator.set(id, position);
  });
  const denominatorNames = [
    ...new Set(
      framework.indicators.flatMap((indicator) =>
        indicator.denominator === undefined ? [] : [indicator.denominator]
      )
    ),
  ];
  const denominatorSet = new Set(denominatorNames);

  // Rows: the distinct unit-years, in register order and then by year.
  const yearsByUnit = new Map<number, Set<number>>();
  const unknownUnits = new Set<string>();
  const unknownIds = new Set<string>();
  for (const observation of observations) {
    const unit = unitIndex.get(observation.unitCode);
    if (unit === undefined) {
      unknownUnits.add(observation.unitCode);
      continue;
    }
    if (
      !columnOfIndicator.has(observation.indicatorId) &&
      !denominatorSet.has(observation.indicatorId)
    ) {
      unknownIds.add(observation.indicatorId);
      continue;
    }
    let years = yearsByUnit.get(unit);
    if (years === undefined) yearsByUnit.set(unit, (years = new Set()));
    years.add(observation.year);
  }
  for (const unitCode of unknownUnits)
    issues.push(reportEngineIssue("unknown_unit", { unitCode }, { unit: unitCode }));
  for (const indicatorId of unknownIds)
    issues.push(
      reportEngineIssue("unknown_indicator", { indicatorId }, { indicator: indicatorId })
    );

  const rowUnit: number[] = [];
  const rowYear: number[] = [];
  // Each unit's rows by year, looked up by number: a string key per observation (and another in
  // `filled`) made this loop the slowest part of a benchmark run after validation.
  const rowOfYearByUnit = new Map<number, Map<number, number>>();
  [...yearsByUnit.keys()]
    .sort((a, b) => a - b)
    .forEach((unit) => {
      const rowOfYear = new Map<number, number>();
      rowOfYearByUnit.set(unit, rowOfYear);
      for (const year of [...(yearsByUnit.get(unit) as Set<number>)].sort((a, b) => a - b)) {
        rowOfYear.set(year, rowUnit.length);
        rowUnit.push(unit);
        rowYear.push(year);
      }
    });
  const rows = rowUnit.length;
  const columns = indicatorIds.map(() => new Float64Array(rows).fill(Number.NaN));
  const denominators: Record<string, Float64Array> = {};
  for (const name of denominatorNames) {
    const column = new Float64Array(rows);
    for (let row = 0; row < rows; row++)
      column[row] = units[rowUnit[row] as number]?.denominators?.[name] ?? Number.NaN;
    denominators[name] = column;
  }

  // Where each id's values go (an indicator before a denominator of the same name), and which rows
  // an observation has filled already.
  const targets = new Map<string, { readonly values: Float64Array; readonly filled: Uint8Array }>();
  for (const [id, column] of columnOfIndicator)
    targets.set(id, { values: columns[column] as Float64Array, filled: new Uint8Array(rows) });
  for (const name of denominatorNames)
    if (!targets.has(name))
      targets.set(name, {
        values: denominators[name] as Float64Array,
        filled: new Uint8Array(rows),
      });
  for (const observation of observations) {
    const unit = unitIndex.get(observation.unitCode);
    if (unit === undefined) continue;
    const row = rowOfYearByUnit.get(unit)?.get(observation.year);
    if (row === undefined) continue;
    const value =
      observation.value === null || !Number.isFinite(observation.value)
        ? Number.NaN
        : observation.value;
    const target = targets.get(observation.indicatorId);
    if (target === undefined) continue;
    if (target.filled[row] === 1)
      issues.push(
        reportEngineIssue(
          "duplicate_row",
          { unitCode: observation.unitCode, year: observation.year },
          { unit: observation.unitCode, year: observation.year, indicator: observation.indicatorId }
        )
      );
    target.filled[row] = 1;
    target.values[row] = value;
  }

  return ok(
    {
      units,
      rowUnit: Int32Array.from(rowUnit),
      rowYear: Int32Array.from(rowYear),
      hasTime: true,
      columnIds: indicatorIds,
      columns,
      denominators,
    },
    issues
  );
}
