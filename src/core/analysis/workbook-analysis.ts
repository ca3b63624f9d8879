// The analyses of a workbook beside its index: the decoupling of each Metode pair for every unit the
// pair applies to, and the audit of the indicator set in the year benchmarked.
import { benchmarkWorkbook, type BenchmarkOptions } from "../benchmark/benchmark-workbook";
import type { Issue } from "../model/issue";
import { indicatorFitsLevel } from "../template/default-catalogue";
import type { MethodValues } from "../template/method-settings";
import type { WorkbookContent } from "../validate/validate-workbook";
import { auditRun, type AuditResult, type AuditThresholds } from "./audit/audit";
import { decouplingOverTime, type DecouplingOverTime } from "./decoupling-over-time";
import { decouplingPairsOf, type DecouplingPair } from "./decoupling-pairs";

/** One unit's decoupling for one pair. */
export interface UnitDecoupling extends DecouplingOverTime {
  readonly unitCode: string;
  readonly unitName: string;
  readonly pair: DecouplingPair;
}

export interface WorkbookAnalysis {
  /** The year audited (the benchmark's year); null when nothing could be scored. */
  readonly year: number | null;
  readonly baseYear: number;
  readonly decoupling: readonly UnitDecoupling[];
  readonly audit: AuditResult | null;
  /** Why the run was not scored, when it was not. */
  readonly blockingIssues: readonly Issue[];
}

export function auditThresholdsOf(settings: MethodValues): AuditThresholds {
  return {
    highCorrelation: settings.auditHighCorrelation,
    weakCorrelation: settings.auditWeakCorrelation,
    minimumAlpha: settings.auditMinimumAlpha,
    minimumFirstComponentShare: settings.auditMinimumFirstComponentShare,
  };
}

/** Every unit's decoupling for every pair whose two indicators apply to the unit's level. */
export function decouplingOfContent(content: WorkbookContent): UnitDecoupling[] {
  const pairs = decouplingPairsOf(content.settings.decouplingPairs) ?? [];
  const indicators = new Map(
    content.framework.indicators.map((indicator) => [indicator.id, indicator])
  );
  const values = new Map<string, number>();
  const years = new Set<number>();
  for (const observation of content.observations)
    if (observation.value !== null) {
      values.set(
        `${observation.unitCode}|${observation.indicatorId}|${observation.year}`,
        observation.value
      );
      years.add(observation.year);
    }
  const allYears = [...years].sort((a, b) => a - b);
  const rows: UnitDecoupling[] = [];
  for (const pair of pairs) {
    const pressure = indicators.get(pair.pressure);
    const driver = indicators.get(pair.driver);
    if (pressure === undefined || driver === undefined) continue;
    for (const unit of content.units) {
      if (
        !indicatorFitsLevel(pressure.level, unit.level) ||
        !indicatorFitsLevel(driver.level, unit.level)
      )
        continue;
      const seriesOf = (id: string) =>
        allYears.map((year) => values.get(`${unit.code}|${id}|${year}`) ?? null);
      rows.push({
        unitCode: unit.code,
        unitName: unit.name,
        pair,
        ...decouplingOverTime(
          { years: allYears, pressure: seriesOf(pair.pressure), driver: seriesOf(pair.driver) },
          content.settings.baseYear
        ),
      });
    }
  }
  return rows;
}

/**
 * The decoupling and the audit of a workbook's content, the audit in the benchmark's year, both with
 * the method the options' overrides make.
 */
export function analyseWorkbook(
  content: WorkbookContent,
  options: BenchmarkOptions = {}
): WorkbookAnalysis {
  const run = benchmarkWorkbook(content, options);
  // The Metode values with the options' overrides (such as the pairs the pane edits) applied.
  const settings = run.method.values;
  const audit =
    run.pipeline === null || run.year === null
      ? undefined
      : auditRun(run.pipeline, run.year, auditThresholdsOf(settings));
  return {
    year: run.year,
    baseYear: settings.baseYear,
    decoupling: decouplingOfContent({ ...content, settings }),
    audit: audit ?? null,
    blockingIssues: run.blockingIssues,
  };
}
