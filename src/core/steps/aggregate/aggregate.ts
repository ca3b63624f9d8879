import type { Dataset } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { AggregationMethodSettings, AggregationSettings } from "../../model/methods";
import {
  missingReasons,
  type AggregationOutcome,
  type MissingReason,
} from "../../model/pipeline-result";
import { reportEngineIssue } from "../engine-issues";
import { parameterChecker } from "../parameter-check";
import type { StepOutput } from "../step-output";
import { aggregationMethodOf } from "./methods";
import type { AggregationTree, TreeAggregate } from "./tree";

export const arithmeticMean: AggregationMethodSettings = { method: "arithmetic" };

const reasonCode = (reason: MissingReason): number => missingReasons.indexOf(reason);

/** The mean an aggregate uses: by id, else by level, else the default. */
export function aggregationMethodFor(
  node: TreeAggregate,
  settings: AggregationSettings
): AggregationMethodSettings {
  return (
    settings.byAggregate?.[node.id] ??
    settings.byLevel?.[node.level] ??
    settings.method ??
    arithmeticMean
  );
}

function minCoverageFor(node: TreeAggregate, settings: AggregationSettings): number | undefined {
  return settings.minCoverageByAggregate?.[node.id] ?? settings.minCoverage;
}

/** A child column under a mean: its generator's value f(x) per row, and 1 where x is outside the mean's domain. */
export interface TransformedColumn {
  readonly values: Float64Array;
  readonly outside: Uint8Array;
}

/**
 * How the step gets a child column's TransformedColumn: written into `scratch` (the step's own, reused for
 * every child), or one the caller kept from before for a column it aggregates often.
 */
export type ColumnTransform = (
  column: Float64Array,
  methodSettings: AggregationMethodSettings,
  scratch: TransformedColumn
) => TransformedColumn;

/** A child column's generator values and domain flags under a mean, written into `into` (every row). */
export function transformedColumn(
  column: Float64Array,
  methodSettings: AggregationMethodSettings,
  into: TransformedColumn = {
    values: new Float64Array(column.length),
    outside: new Uint8Array(column.length),
  }
): TransformedColumn {
  const method = aggregationMethodOf(methodSettings);
  const generator = method.generator(methodSettings);
  const { values, outside } = into;
  for (let row = 0; row < column.length; row++) {
    const value = column[row] as number;
    const missing = Number.isNaN(value);
    outside[row] = missing || method.accepts(value, methodSettings) ? 0 : 1;
    values[row] = missing ? value : generator.transform(value);
  }
  return into;
}

/** Σ w f(x), Σ w, the count of present values and domain violations, row by row. */
interface Accumulation {
  readonly sums: Float64Array;
  readonly weightSums: Float64Array;
  readonly present: Int32Array;
  readonly outside: Uint8Array;
}

/**
 * Adds one child's column to its parent's accumulation. A function of its own, called once per child, so
 * that V8 optimises it after the first few children instead of running the whole step's one loop
 * unoptimised (at 8,160 units that loop took five times as long as the normalisation).
 */
function addChild(
  { sums, weightSums, present, outside }: Accumulation,
  column: Float64Array,
  generated: TransformedColumn,
  weight: number
): void {
  for (let row = 0; row < column.length; row++) {
    if (Number.isNaN(column[row] as number)) continue;
    if (generated.outside[row] === 1) outside[row] = 1;
    sums[row] = (sums[row] as number) + weight * (generated.values[row] as number);
    weightSums[row] = (weightSums[row] as number) + weight;
    present[row] = (present[row] as number) + 1;
  }
}

/**
 * Aggregate: every aggregate, children first, is the weighted mean of its present children. Coverage (the
 * share of the children's weight, or count, that is present) is kept for every score. A score is missing,
 * with its reason, when no child is present, coverage is below the threshold, a value is outside the mean's
 * domain or the present weights sum to zero; the remaining weights are renormalised only when the score
 * passes the threshold (none is set by default, as in COINr).
 */
export function aggregate(
  dataset: Dataset,
  tree: AggregationTree,
  settings: AggregationSettings = {},
  transformed: ColumnTransform = transformedColumn
): StepOutput<{ step: "aggregate"; methods: Record<string, string> }> & {
  outcome: AggregationOutcome;
} {
  const issues: Issue[] = [];
  const rows = dataset.rowUnit.length;
  const basis = settings.coverageBasis ?? "weight";
  const columnById = new Map<string, Float64Array>();
  dataset.columnIds.forEach((id, index) =>
    columnById.set(id, dataset.columns[index] as Float64Array)
  );
  const columnIds = [...dataset.columnIds];
  const columns = [...dataset.columns];
  const coverage: Record<string, Float64Array> = {};
  const missingReason: Record<string, Uint8Array> = {};
  const methods: Record<string, string> = {};
  const parametersValid = parameterChecker(
    (methodSettings: AggregationMethodSettings) =>
      aggregationMethodOf(methodSettings).parameterProblems(methodSettings),
    issues
  );

  // Working sums, one set for all aggregates: a typed array of more than 64 bytes lives outside the heap,
  // and allocating and freeing one per aggregate costs more than the sums themselves.
  const sums = new Float64Array(rows);
  const weightSums = new Float64Array(rows);
  const present = new Int32Array(rows);
  const outside = new Uint8Array(rows);
  const accumulation = { sums, weightSums, present, outside };
  const scratch = { values: new Float64Array(rows), outside: new Uint8Array(rows) };
  // Each aggregate's scores, coverage and reasons are views into one block per kind, for the same reason.
  const nodeCount = tree.aggregates.length;
  const scoreBlock = new Float64Array(rows * nodeCount);
  const shareBlock = new Float64Array(rows * nodeCount);
  const reasonBlock = new Uint8Array(rows * nodeCount);
  for (const [position, node] of tree.aggregates.entries()) {
    const methodSettings = aggregationMethodFor(node, settings);
    const method = aggregationMethodOf(methodSettings);
    methods[node.id] = methodSettings.method;
    const usable = parametersValid(methodSettings);
    const minCoverage = minCoverageFor(node, settings);
    const childCount = node.children.length;
    let totalWeight = 0;
    for (const child of node.children) totalWeight += child.weight;
    const generator = method.generator(methodSettings);

    // Accumulate child by child over contiguous columns: Σ w f(x), Σ w, count, and domain violations.
    sums.fill(0);
    weightSums.fill(0);
    present.fill(0);
    outside.fill(0);
    for (const child of node.children) {
      const column = columnById.get(child.id);
      if (column === undefined) continue;
      addChild(accumulation, column, transformed(column, methodSettings, scratch), child.weight);
    }

    const scores = scoreBlock.subarray(position * rows, (position + 1) * rows);
    const shares = shareBlock.subarray(position * rows, (position + 1) * rows);
    const reasons = reasonBlock.subarray(position * rows, (position + 1) * rows);
    const counts = { below_coverage: 0, outside_domain: 0, zero_weight: 0 };
    for (let row = 0; row < rows; row++) {
      const count = present[row] as number;
      const presentWeight = weightSums[row] as number;
      const share =
        childCount === 0
          ? 0
          : basis === "count" || totalWeight === 0
            ? count / childCount
            : presentWeight / totalWeight;
      shares[row] = share;
      let reason: MissingReason | undefined;
      let score = Number.NaN;
      if (count === 0) reason = "no_data";
      else if (minCoverage !== undefined && share < minCoverage) reason = "below_coverage";
      else if (!usable || outside[row] === 1) reason = "outside_domain";
      else if (presentWeight === 0) reason = "zero_weight";
      else {
        score = generator.invert((sums[row] as number) / presentWeight);
        if (!Number.isFinite(score)) {
          score = Number.NaN;
          reason = "outside_domain";
        }
      }
      scores[row] = score;
      if (reason !== undefined) {
        reasons[row] = reasonCode(reason);
        if (reason !== "no_data") counts[reason]++;
      }
    }

    if (counts.below_coverage > 0)
      issues.push(
        reportEngineIssue(
          "below_coverage",
          { aggregateId: node.id, count: counts.below_coverage, minCoverage: minCoverage ?? 0 },
          { indicator: node.id }
        )
      );
    if (counts.outside_domain > 0 && usable)
      issues.push(
        reportEngineIssue(
          "outside_domain",
          {
            aggregateId: node.id,
            method: methodSettings.method,
            requirement: method.requirement(methodSettings),
          },
          { indicator: node.id, value: counts.outside_domain }
        )
      );
    if (counts.zero_weight > 0 && childCount > 0 && totalWeight > 0)
      issues.push(reportEngineIssue("zero_weight_sum", { id: node.id }, { indicator: node.id }));

    columnById.set(node.id, scores);
    columnIds.push(node.id);
    columns.push(scores);
    coverage[node.id] = shares;
    missingReason[node.id] = reasons;
  }

  const resolved: AggregationSettings = {
    method: settings.method ?? arithmeticMean,
    ...(settings.byLevel === undefined ? {} : { byLevel: settings.byLevel }),
    ...(settings.byAggregate === undefined ? {} : { byAggregate: settings.byAggregate }),
    ...(settings.minCoverage === undefined ? {} : { minCoverage: settings.minCoverage }),
    ...(settings.minCoverageByAggregate === undefined
      ? {}
      : { minCoverageByAggregate: settings.minCoverageByAggregate }),
    coverageBasis: basis,
  };
  return {
    dataset: { ...dataset, columnIds, columns },
    issues,
    details: { step: "aggregate", methods },
    settings: resolved,
    outcome: { coverage, missingReason },
  };
}
