// Decoupling over a unit's years: each year-on-year step, the whole period from the base year, and how
// many steps fell in each degree.
import { failure, ok, type Result } from "../model/issue";
import { reportDecouplingIssue, type DecouplingIssueCode } from "./decoupling-issues";
import {
  decoupling,
  decouplingDegreeCodes,
  type DecouplingDegree,
  type DecouplingResult,
} from "./decoupling";

/** One unit's pressure and driver by year; a missing value is null (or NaN). */
export interface PressureAndDriverSeries {
  readonly years: readonly number[];
  readonly pressure: readonly (number | null)[];
  readonly driver: readonly (number | null)[];
}

/** The decoupling between two years: its elasticity and degree, or the reason there is none. */
export interface DecouplingPeriod {
  readonly startYear: number;
  readonly endYear: number;
  readonly pressureStart: number;
  readonly pressureEnd: number;
  readonly driverStart: number;
  readonly driverEnd: number;
  readonly result: DecouplingResult;
}

export interface DecouplingOverTime {
  /**
   * Each step from one year with both values to the next such year (a year missing either value is
   * stepped over, so a step may span more than one year).
   */
  readonly steps: readonly DecouplingPeriod[];
  /** From the base year to the last year with both values, or why there is no such period. */
  readonly wholePeriod: Result<DecouplingPeriod, DecouplingIssueCode>;
  /** How many steps fell in each degree (every degree present, 0 when none). */
  readonly stepsPerDegree: Readonly<Record<DecouplingDegree, number>>;
}

interface YearWithBoth {
  readonly year: number;
  readonly pressure: number;
  readonly driver: number;
}

function yearsWithBoth(series: PressureAndDriverSeries): YearWithBoth[] {
  const years: YearWithBoth[] = [];
  series.years.forEach((year, index) => {
    const pressure = series.pressure[index];
    const driver = series.driver[index];
    if (Number.isFinite(pressure) && Number.isFinite(driver))
      years.push({ year, pressure: pressure as number, driver: driver as number });
  });
  return years.sort((a, b) => a.year - b.year);
}

function periodBetween(start: YearWithBoth, end: YearWithBoth): DecouplingPeriod {
  const values = {
    pressureStart: start.pressure,
    pressureEnd: end.pressure,
    driverStart: start.driver,
    driverEnd: end.driver,
  };
  return { startYear: start.year, endYear: end.year, ...values, result: decoupling(values) };
}

/** The steps, the whole period from `baseYear` and the count of steps per degree for one unit. */
export function decouplingOverTime(
  series: PressureAndDriverSeries,
  baseYear: number
): DecouplingOverTime {
  const years = yearsWithBoth(series);
  const steps = years
    .slice(1)
    .map((end, index) => periodBetween(years[index] as YearWithBoth, end));
  const stepsPerDegree = Object.fromEntries(
    decouplingDegreeCodes.map((code) => [code, 0])
  ) as Record<DecouplingDegree, number>;
  for (const step of steps) if (step.result.ok) stepsPerDegree[step.result.value.degree] += 1;
  const base = years.find((candidate) => candidate.year === baseYear);
  const last = years[years.length - 1];
  const wholePeriod: Result<DecouplingPeriod, DecouplingIssueCode> =
    base === undefined
      ? failure(reportDecouplingIssue("decoupling_base_year_without_values", { baseYear }))
      : last === undefined || last.year <= baseYear
        ? failure(reportDecouplingIssue("decoupling_no_later_year", { baseYear }))
        : ok(periodBetween(base, last));
  return { steps, wholePeriod, stepsPerDegree };
}
