// Effective weights: what each indicator and aggregate weighs in the index (COINr's get_eff_weights).
import type { Framework } from "../model/framework";
import { aggregationTree, type AggregationTree } from "../steps/aggregate/tree";

export interface EffectiveWeights {
  /** Each scored indicator's weight in the index; they sum to 1 (0 under a zero-weight branch). */
  readonly indicators: ReadonlyMap<string, number>;
  /** Each aggregate's weight in the index: the index itself 1, its dimensions' weights summing to 1. */
  readonly aggregates: ReadonlyMap<string, number>;
}

/**
 * Weights normalised among siblings (`w / Σ w of the parent's children`) and multiplied down from the
 * index, as COINr's `get_eff_weights`: the weights of each level sum to 1. An aggregate cut off from the
 * index (an unknown parent) is a root of its own and weighs 1 in itself.
 */
function effectiveWeightsInTree(tree: AggregationTree): EffectiveWeights {
  const byId = new Map(tree.aggregates.map((node) => [node.id, node]));
  const indicators = new Map<string, number>();
  const aggregates = new Map<string, number>();
  const descend = (id: string, share: number): void => {
    const node = byId.get(id);
    if (node === undefined) {
      indicators.set(id, (indicators.get(id) ?? 0) + share);
      return;
    }
    aggregates.set(id, share);
    let total = 0;
    for (const child of node.children) total += child.weight;
    for (const child of node.children)
      descend(child.id, total > 0 ? (share * child.weight) / total : 0);
  };
  for (const root of tree.roots) descend(root, 1);
  return { indicators, aggregates };
}

/** The effective weights of a framework's indicators and aggregates (see effectiveWeightsInTree). */
export function effectiveWeights(framework: Framework): EffectiveWeights {
  return effectiveWeightsInTree(aggregationTree(framework).tree);
}
