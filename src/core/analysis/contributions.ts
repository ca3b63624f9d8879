// Contributions: the points each indicator (and each dimension) adds to a unit's index.
import type { Issue } from "../model/issue";
import type { PipelineResult } from "../model/pipeline-result";
import { aggregationMethodFor } from "../steps/aggregate/aggregate";
import type { TreeAggregate } from "../steps/aggregate/tree";
import { reportAnalysisIssue as report } from "./analysis-issues";
import { pointsOfChildren } from "./child-points";
import { analysedYear, columnById, rowOfUnit, treeOf } from "./run-rows";

/**
 * How the index was split: `arithmetic` (every mean arithmetic: effective weight, renormalised over the
 * present children, times score); `log-shares` (a geometric mean: each child's share of `ln` of the
 * mean); `power-shares` (a generalised mean with p > 0: each child's share of the mean's p-th power);
 * `mixed-shares` when the tree mixes these.
 */
export type Decomposition = "arithmetic" | "log-shares" | "power-shares" | "mixed-shares";

export interface Contributions {
  readonly decomposition: Decomposition;
  readonly unitCode: string;
  /** null for a cross-section without years. */
  readonly year: number | null;
  readonly indexId: string;
  readonly index: number;
  /** Points each present indicator adds to the index; they sum to the index. */
  readonly indicators: ReadonlyMap<string, number>;
  /** Points each present aggregate below the index adds; those of one level sum to the index. */
  readonly aggregates: ReadonlyMap<string, number>;
  /**
   * Each present indicator's weight in this unit's index: effective weights renormalised over the unit's
   * present children at every level (under the arithmetic mean, points = weight × score).
   */
  readonly weights: ReadonlyMap<string, number>;
}

export type ContributionOutcome =
  | Contributions
  | { readonly decomposition: "none"; readonly reason: Issue };

/** The root the analysis reads as the index: the framework's first aggregate without a parent. */
export function indexNodeOf(result: PipelineResult): string | undefined {
  const tree = treeOf(result.framework);
  return tree.roots[0];
}

/**
 * The points each indicator and aggregate adds to a unit's index in a year (default the run's latest),
 * splitting every aggregate among its present children as its mean allows (see pointsOfChildren) and
 * carrying each child's points down to its own children. Under the arithmetic mean the indicators'
 * points are `weight × score` with the weights renormalised level by level over the present children, as
 * the aggregation does, so they sum to the index (to rounding).
 */
export function contributionsOf(
  result: PipelineResult,
  unitCode: string,
  year?: number
): ContributionOutcome {
  const chosenYear = analysedYear(result, year);
  const final = result.stages.aggregated;
  const tree = treeOf(result.framework);
  const indexId = tree.roots[0] ?? "";
  const row = final === undefined ? undefined : rowOfUnit(final, unitCode, chosenYear);
  if (final === undefined || row === undefined)
    return {
      decomposition: "none",
      reason: report("unit_not_in_run", { unitCode, year: chosenYear }, { unit: unitCode }),
    };
  const valueOf = (id: string) => columnById(final, id)?.[row] ?? Number.NaN;
  const index = valueOf(indexId);
  if (Number.isNaN(index))
    return {
      decomposition: "none",
      reason: report("index_missing", { unitCode, indexId }, { unit: unitCode }),
    };
  const nodes = new Map<string, TreeAggregate>(tree.aggregates.map((node) => [node.id, node]));
  const settings = result.settings.aggregate ?? {};
  const indicators = new Map<string, number>();
  const aggregates = new Map<string, number>();
  const weights = new Map<string, number>();
  const kinds = new Set<Decomposition>();
  let stopped: Issue | undefined;

  // `scale` turns points in the node's own score into index points; `share` is the node's weight.
  const split = (node: TreeAggregate, nodeScore: number, scale: number, share: number): void => {
    const present = node.children.filter((child) => !Number.isNaN(valueOf(child.id)));
    const values = present.map((child) => valueOf(child.id));
    const childWeights = present.map((child) => child.weight);
    const method = aggregationMethodFor(node, settings);
    const parts = pointsOfChildren(values, childWeights, method, nodeScore);
    if (!parts.ok) {
      stopped ??= report(parts.reason, { aggregateId: node.id, method: method.method });
      return;
    }
    kinds.add(parts.kind);
    const weightSum = childWeights.reduce((sum, weight) => sum + weight, 0);
    present.forEach((child, position) => {
      const points = scale * (parts.points[position] as number);
      const value = values[position] as number;
      const childNode = nodes.get(child.id);
      const childShare = (share * child.weight) / weightSum;
      if (childNode === undefined) {
        indicators.set(child.id, points);
        weights.set(child.id, childShare);
        return;
      }
      aggregates.set(child.id, points);
      // Under the arithmetic mean a child's points scale by its weight share, without dividing by its score.
      const childScale =
        parts.kind === "arithmetic"
          ? (scale * child.weight) / weightSum
          : value === 0
            ? 0
            : points / value;
      split(childNode, value, childScale, childShare);
    });
  };
  const root = nodes.get(indexId);
  if (root !== undefined) split(root, index, 1, 1);
  if (stopped !== undefined) return { decomposition: "none", reason: stopped };
  const other = [...kinds].filter((kind) => kind !== "arithmetic");
  const decomposition: Decomposition =
    other.length === 0
      ? "arithmetic"
      : other.length === 1
        ? (other[0] as Decomposition)
        : "mixed-shares";
  return {
    decomposition,
    unitCode,
    year: final.hasTime ? chosenYear : null,
    indexId,
    index,
    indicators,
    aggregates,
    weights,
  };
}
