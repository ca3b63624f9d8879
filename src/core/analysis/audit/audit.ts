// The statistical audit of an indicator set, COINr's measures on one year of a run: within each group
// (the aggregate just above the indicators, COINr's level 2) the Pearson and Spearman correlations of
// every pair of indicators, Cronbach's alpha and the first principal component; each indicator's
// Pearson correlation with its group's score and with the index; and the flags those numbers raise
// against the Metode thresholds (docs/method.md, "Audit of the indicator set").
import type { Framework } from "../../model/framework";
import type { Dataset } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { PipelineResult } from "../../model/pipeline-result";
import { reportAuditIssue, type AuditIssueCode } from "./audit-issues";
import { pearsonCorrelation, spearmanCorrelation } from "./correlation";
import { cronbachAlpha } from "./cronbach-alpha";
import { firstPrincipalComponent } from "./principal-components";

/** The thresholds the flags are raised at (Metode's audit settings). */
export interface AuditThresholds {
  /** A pair of one group correlated above this may count one thing twice (JRC: 0.9). */
  readonly highCorrelation: number;
  /** An indicator correlated with its group's score below this adds little or pulls against it. */
  readonly weakCorrelation: number;
  /** A group's Cronbach's alpha below this is low (0.7). */
  readonly minimumAlpha: number;
  /** A group's first principal component explaining less than this share is weak. */
  readonly minimumFirstComponentShare: number;
}

/** A group of indicators and the values the audit reads, one entry per unit in the same order. */
export interface AuditGroup {
  readonly id: string;
  readonly indicators: readonly string[];
}

export interface AuditInput {
  readonly groups: readonly AuditGroup[];
  /** The index (the root aggregate), when the tree has one. */
  readonly indexId: string | undefined;
  /** Normalised values of each indicator. */
  readonly indicatorValues: ReadonlyMap<string, ArrayLike<number>>;
  /** Aggregated scores of each group and of the index. */
  readonly aggregateValues: ReadonlyMap<string, ArrayLike<number>>;
  readonly thresholds: AuditThresholds;
}

export interface PairCorrelation {
  readonly group: string;
  readonly a: string;
  readonly b: string;
  readonly pearson: number | null;
  readonly spearman: number | null;
}

export interface ParentCorrelation {
  readonly code: string;
  /** The indicator's group, or the index. */
  readonly parent: string;
  readonly pearson: number | null;
}

export interface GroupAlpha {
  readonly group: string;
  readonly k: number;
  readonly alpha: number | null;
}

export interface GroupComponent {
  readonly group: string;
  readonly varianceShare: number | null;
  readonly rows: number;
  readonly loadings: Readonly<Record<string, number>>;
}

export interface AuditResult {
  readonly correlations: readonly PairCorrelation[];
  readonly parentCorrelations: readonly ParentCorrelation[];
  readonly cronbach: readonly GroupAlpha[];
  readonly pca: readonly GroupComponent[];
  readonly flags: readonly Issue<AuditIssueCode>[];
}

const present = (value: number): number | null => (Number.isFinite(value) ? value : null);

const none: ArrayLike<number> = [];

function pairsOf(group: AuditGroup, values: AuditInput["indicatorValues"]): PairCorrelation[] {
  const pairs: PairCorrelation[] = [];
  group.indicators.forEach((a, index) => {
    for (const b of group.indicators.slice(index + 1)) {
      const first = values.get(a) ?? none;
      const second = values.get(b) ?? none;
      pairs.push({
        group: group.id,
        a,
        b,
        pearson: present(pearsonCorrelation(first, second)),
        spearman: present(spearmanCorrelation(first, second)),
      });
    }
  });
  return pairs;
}

function componentOf(group: AuditGroup, columns: readonly ArrayLike<number>[]): GroupComponent {
  const component = firstPrincipalComponent(columns);
  return {
    group: group.id,
    varianceShare: component === undefined ? null : component.varianceShare,
    rows: component?.rows ?? 0,
    loadings:
      component === undefined
        ? {}
        : Object.fromEntries(
            group.indicators.map((code, index) => [code, component.loadings[index] as number])
          ),
  };
}

function flagsOf(
  result: Omit<AuditResult, "flags">,
  groupOf: ReadonlyMap<string, string>,
  thresholds: AuditThresholds
): Issue<AuditIssueCode>[] {
  const flags: Issue<AuditIssueCode>[] = [];
  for (const { group, a, b, pearson } of result.correlations)
    if (pearson !== null && pearson > thresholds.highCorrelation)
      flags.push(
        reportAuditIssue(
          "audit_high_correlation",
          { group, first: a, second: b, pearson, threshold: thresholds.highCorrelation },
          { indicator: a, magnitude: pearson - thresholds.highCorrelation }
        )
      );
  for (const { code, parent, pearson } of result.parentCorrelations)
    if (pearson !== null && groupOf.get(code) === parent && pearson < thresholds.weakCorrelation)
      flags.push(
        reportAuditIssue(
          "audit_weak_dimension_correlation",
          { indicator: code, parent, pearson, threshold: thresholds.weakCorrelation },
          { indicator: code, magnitude: thresholds.weakCorrelation - pearson }
        )
      );
  for (const { group, k, alpha } of result.cronbach)
    if (alpha !== null && alpha < thresholds.minimumAlpha)
      flags.push(
        reportAuditIssue(
          "audit_low_alpha",
          { group, alpha, count: k, threshold: thresholds.minimumAlpha },
          { magnitude: thresholds.minimumAlpha - alpha }
        )
      );
  for (const { group, varianceShare } of result.pca)
    if (varianceShare !== null && varianceShare < thresholds.minimumFirstComponentShare)
      flags.push(
        reportAuditIssue(
          "audit_weak_first_component",
          { group, share: varianceShare, threshold: thresholds.minimumFirstComponentShare },
          { magnitude: thresholds.minimumFirstComponentShare - varianceShare }
        )
      );
  return flags;
}

/** The audit of the groups' indicators. */
export function auditIndicatorSet(input: AuditInput): AuditResult {
  const { groups, indicatorValues, aggregateValues, indexId } = input;
  const groupOf = new Map(
    groups.flatMap((group) => group.indicators.map((code) => [code, group.id]))
  );
  const parentCorrelations: ParentCorrelation[] = [];
  for (const group of groups)
    for (const code of group.indicators)
      for (const parent of indexId === undefined ? [group.id] : [group.id, indexId])
        parentCorrelations.push({
          code,
          parent,
          pearson: present(
            pearsonCorrelation(
              indicatorValues.get(code) ?? none,
              aggregateValues.get(parent) ?? none
            )
          ),
        });
  const columnsOf = (group: AuditGroup) =>
    group.indicators.map((code) => indicatorValues.get(code) ?? none);
  const measures = {
    correlations: groups.flatMap((group) => pairsOf(group, indicatorValues)),
    parentCorrelations,
    cronbach: groups.map((group) => ({
      group: group.id,
      k: group.indicators.length,
      alpha: present(cronbachAlpha(columnsOf(group))),
    })),
    pca: groups.map((group) => componentOf(group, columnsOf(group))),
  };
  return { ...measures, flags: flagsOf(measures, groupOf, input.thresholds) };
}

/** The groups of a framework: each aggregate with scored indicators directly under it, in catalogue order. */
export function auditGroupsOf(framework: Framework, scored: ReadonlySet<string>): AuditGroup[] {
  const byParent = new Map<string, string[]>();
  for (const indicator of framework.indicators) {
    if (!scored.has(indicator.id)) continue;
    const members = byParent.get(indicator.parentId) ?? [];
    members.push(indicator.id);
    byParent.set(indicator.parentId, members);
  }
  return framework.aggregates
    .filter((aggregate) => byParent.has(aggregate.id))
    .map((aggregate) => ({ id: aggregate.id, indicators: byParent.get(aggregate.id) ?? [] }));
}

/** The rows of one year (every row when the data has no years). */
function rowsOfYear(dataset: Dataset, year: number | undefined): number[] {
  const rows: number[] = [];
  for (let row = 0; row < dataset.rowYear.length; row++)
    if (!dataset.hasTime || year === undefined || dataset.rowYear[row] === year) rows.push(row);
  return rows;
}

function columnsAt(dataset: Dataset, rows: readonly number[]): Map<string, Float64Array> {
  const columns = new Map<string, Float64Array>();
  dataset.columnIds.forEach((id, index) => {
    const column = dataset.columns[index] as Float64Array;
    const values = new Float64Array(rows.length);
    for (let position = 0; position < rows.length; position++)
      values[position] = column[rows[position] as number] as number;
    columns.set(id, values);
  });
  return columns;
}

/**
 * The audit of a run in one year: the indicators as normalised, the groups and index as aggregated.
 * Undefined when the run did not reach the aggregated stage.
 */
export function auditRun(
  result: PipelineResult,
  year: number | undefined,
  thresholds: AuditThresholds
): AuditResult | undefined {
  const normalised = result.stages.normalised;
  const aggregated = result.stages.aggregated;
  if (normalised === undefined || aggregated === undefined) return undefined;
  const indicatorValues = columnsAt(normalised, rowsOfYear(normalised, year));
  const aggregateValues = columnsAt(aggregated, rowsOfYear(aggregated, year));
  const root = result.framework.aggregates.filter((aggregate) => aggregate.parentId === undefined);
  return auditIndicatorSet({
    groups: auditGroupsOf(result.framework, new Set(normalised.columnIds)),
    indexId: root.length === 1 ? root[0]?.id : undefined,
    indicatorValues,
    aggregateValues,
    thresholds,
  });
}
