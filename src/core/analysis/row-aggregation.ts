// One unit's aggregates recomputed after one indicator's score changed: only the indicator's ancestors,
// row by row, by the aggregate step's rule (tested to give the step's numbers).
import type { AggregationSettings, CoverageBasis } from "../model/methods";
import { aggregationMethodFor } from "../steps/aggregate/aggregate";
import type { QuasiArithmeticMean } from "../steps/aggregate/means";
import { aggregationMethodOf } from "../steps/aggregate/methods";
import type { AggregationTree } from "../steps/aggregate/tree";

interface ChainChild {
  readonly id: string;
  readonly weight: number;
  /** The base column (normalised scores or aggregate scores) of a child that does not change. */
  readonly column: Float64Array | undefined;
}

interface ChainNode {
  readonly id: string;
  readonly children: readonly ChainChild[];
  /** The position among the children of the node below on the chain (or of the indicator). */
  readonly changedChild: number;
  readonly accepts: (value: number) => boolean;
  readonly generator: QuasiArithmeticMean;
  readonly usable: boolean;
  readonly minCoverage: number | undefined;
  readonly basis: CoverageBasis;
  readonly totalWeight: number;
}

/** The indicator's ancestors from its parent up to the root, ready to recompute row by row. */
export interface AncestorChain {
  readonly nodes: readonly ChainNode[];
  /** The id of the chain's top: the root the indicator counts in. */
  readonly rootId: string;
}

/**
 * The chain from an indicator to its root, with each node's children and their base columns (from the
 * aggregated stage, which holds the normalised indicators too); undefined when no aggregate holds it.
 */
export function ancestorChainOf(
  tree: AggregationTree,
  settings: AggregationSettings,
  indicatorId: string,
  columnOf: (id: string) => Float64Array | undefined
): AncestorChain | undefined {
  const parentOf = new Map<string, string>();
  for (const node of tree.aggregates)
    for (const child of node.children) parentOf.set(child.id, node.id);
  const byId = new Map(tree.aggregates.map((node) => [node.id, node]));
  const nodes: ChainNode[] = [];
  let childId = indicatorId;
  let parentId = parentOf.get(childId);
  while (parentId !== undefined) {
    const node = byId.get(parentId);
    if (node === undefined) break;
    const methodSettings = aggregationMethodFor(node, settings);
    const method = aggregationMethodOf(methodSettings);
    const changedId = childId;
    nodes.push({
      id: node.id,
      children: node.children.map((child) => ({
        id: child.id,
        weight: child.weight,
        column: columnOf(child.id),
      })),
      changedChild: node.children.findIndex((child) => child.id === changedId),
      accepts: (value) => method.accepts(value, methodSettings),
      generator: method.generator(methodSettings),
      usable: method.parameterProblems(methodSettings).length === 0,
      minCoverage: settings.minCoverageByAggregate?.[node.id] ?? settings.minCoverage,
      basis: settings.coverageBasis ?? "weight",
      totalWeight: node.children.reduce((sum, child) => sum + child.weight, 0),
    });
    childId = node.id;
    parentId = parentOf.get(childId);
  }
  const top = nodes[nodes.length - 1];
  return top === undefined ? undefined : { nodes, rootId: top.id };
}

/**
 * The root's score for one row with the indicator's score replaced: each node on the chain is the
 * weighted quasi-arithmetic mean of its present children, missing (NaN) for no data, coverage below the
 * threshold, a value outside the mean's domain or zero present weight, as the aggregate step decides.
 */
export function rootScoreWith(chain: AncestorChain, row: number, score: number): number {
  let changed = score;
  for (const node of chain.nodes) {
    let sum = 0;
    let weightSum = 0;
    let present = 0;
    let outside = false;
    const children = node.children;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as ChainChild;
      const value = index === node.changedChild ? changed : (child.column?.[row] ?? Number.NaN);
      if (Number.isNaN(value)) continue;
      if (!node.accepts(value)) outside = true;
      sum += child.weight * node.generator.transform(value);
      weightSum += child.weight;
      present++;
    }
    const share =
      children.length === 0
        ? 0
        : node.basis === "count" || node.totalWeight === 0
          ? present / children.length
          : weightSum / node.totalWeight;
    if (
      present === 0 ||
      (node.minCoverage !== undefined && share < node.minCoverage) ||
      !node.usable ||
      outside ||
      weightSum === 0
    )
      changed = Number.NaN;
    else {
      const mean = node.generator.invert(sum / weightSum);
      changed = Number.isFinite(mean) ? mean : Number.NaN;
    }
  }
  return changed;
}
