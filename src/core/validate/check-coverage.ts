// Coverage: which unit x indicator x year values are missing, per unit and dimension.
import type { IssueSink } from "./issue-collector";
import { indicatorFitsLevel } from "../template/default-catalogue";
import { numericSetting } from "./read-method";
import type { ObservationContext } from "./observation-checks";
import { reportValidationIssue as report } from "./validation-issues";

export interface DimensionCoverage {
  readonly unitCode: string;
  readonly dimensionId: string;
  /** Values present / values expected (scored indicators that fit the unit's level x years). */
  readonly present: number;
  readonly expected: number;
  readonly coverage: number;
}

export interface CoverageReport {
  readonly threshold: number;
  /** The years the Data sheet covers. */
  readonly years: readonly number[];
  readonly byUnitAndDimension: readonly DimensionCoverage[];
  readonly missing: readonly {
    readonly unitCode: string;
    readonly indicatorId: string;
    readonly year: number;
  }[];
  readonly unitsBelowThreshold: readonly string[];
}

export function checkCoverage(context: ObservationContext, issues: IssueSink): CoverageReport {
  const threshold = numericSetting(context.settings, "coverageThreshold");
  const yearSet = new Set<number>();
  for (const observation of context.observations) yearSet.add(observation.year);
  const years = [...yearSet].sort((a, b) => a - b);
  const empty = { threshold, years, byUnitAndDimension: [], missing: [], unitsBelowThreshold: [] };
  if (years.length === 0) return empty;
  const units = [...context.units.values()];
  const indicators = [...context.indicators.values()].filter(
    (indicator) => indicator.direction !== 0
  );
  const unitPositions = new Map(units.map((unit, index) => [unit.code, index]));
  const indicatorPositions = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  const { numbering } = context;
  const unitOf = numbering.unitCodes.map((code) => unitPositions.get(code));
  const indicatorOf = numbering.indicatorIds.map((id) => indicatorPositions.get(id));
  const firstYear = years[0] ?? 0;
  const yearOf = new Int32Array((years.at(-1) ?? 0) - firstYear + 1).fill(-1);
  years.forEach((year, index) => (yearOf[year - firstYear] = index));
  const present = new Uint8Array(units.length * indicators.length * years.length);
  const cellOf = (unit: number, indicator: number, year: number) =>
    (unit * indicators.length + indicator) * years.length + year;
  context.observations.forEach((observation, index) => {
    const unit = unitOf[numbering.units[index] ?? -1];
    const indicator = indicatorOf[numbering.indicators[index] ?? -1];
    const year = yearOf[observation.year - firstYear] ?? -1;
    if (observation.value !== null && unit !== undefined && indicator !== undefined && year >= 0)
      present[cellOf(unit, indicator, year)] = 1;
  });
  const byUnitAndDimension: DimensionCoverage[] = [];
  const missing: { unitCode: string; indicatorId: string; year: number }[] = [];
  const unitsBelowThreshold: string[] = [];
  units.forEach((unit, unitPosition) => {
    const counts = new Map<string, { present: number; expected: number }>();
    indicators.forEach((indicator, indicatorPosition) => {
      if (!indicatorFitsLevel(indicator.level, unit.level)) return;
      const count = counts.get(indicator.parentId) ?? { present: 0, expected: 0 };
      years.forEach((year, yearPosition) => {
        count.expected++;
        if (present[cellOf(unitPosition, indicatorPosition, yearPosition)] === 1) count.present++;
        else missing.push({ unitCode: unit.code, indicatorId: indicator.id, year });
      });
      counts.set(indicator.parentId, count);
    });
    const below: { id: string; coverage: number }[] = [];
    for (const [dimensionId, count] of counts) {
      const coverage = count.expected === 0 ? 1 : count.present / count.expected;
      byUnitAndDimension.push({ unitCode: unit.code, dimensionId, ...count, coverage });
      if (coverage < threshold) below.push({ id: dimensionId, coverage });
    }
    if (below.length === 0) return;
    unitsBelowThreshold.push(unit.code);
    const place = { ...context.unitPlaces.get(unit.code), unit: unit.code };
    issues.push(
      report(
        "coverage_below_threshold",
        { unit: `${unit.code} ${unit.name}`, threshold, dimensions: below },
        place
      )
    );
  });
  const totals = byUnitAndDimension.reduce(
    (sum, cell) => ({
      present: sum.present + cell.present,
      expected: sum.expected + cell.expected,
    }),
    { present: 0, expected: 0 }
  );
  issues.push(
    report(
      "coverage_summary",
      { ...totals, years, unitsBelow: unitsBelowThreshold },
      { sheet: context.dataSheet }
    )
  );
  return { threshold, years, byUnitAndDimension, missing, unitsBelowThreshold };
}
