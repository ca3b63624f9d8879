import type { Framework } from "../../model/framework";
import type { Issue } from "../../model/issue";
import { reportEngineIssue } from "../engine-issues";

export interface TreeChild {
  readonly id: string;
  readonly weight: number;
}

/** An aggregate ready to compute: its children (scored indicators or aggregates) and their weights. */
export interface TreeAggregate {
  readonly id: string;
  /** COINr's level: indicators are 1, an aggregate is one above its highest child. */
  readonly level: number;
  readonly children: readonly TreeChild[];
  readonly parentId?: string;
}

/** The framework checked and ordered for aggregation: every aggregate after all of its children. */
export interface AggregationTree {
  readonly aggregates: readonly TreeAggregate[];
  /** Aggregates without a (usable) parent: the index, and any aggregate cut off from it. */
  readonly roots: readonly string[];
}

const usableWeight = (id: string, weight: number, issues: Issue[]): number => {
  if (Number.isFinite(weight) && weight >= 0) return weight;
  issues.push(reportEngineIssue("invalid_weight", { id, weight }, { indicator: id }));
  return 0;
};

/**
 * Checks the tree (duplicate ids, unknown parents, cycles, negative weights, aggregates without children)
 * and orders the aggregates so each comes after its children. Never throws: each problem is an Issue and
 * the part of the tree it concerns is left out.
 */
export function aggregationTree(framework: Framework): { tree: AggregationTree; issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const unique = <Node extends { id: string }>(nodes: readonly Node[]): Node[] =>
    nodes.filter((node) => {
      if (seen.has(node.id)) {
        issues.push(reportEngineIssue("duplicate_id", { id: node.id }, { indicator: node.id }));
        return false;
      }
      seen.add(node.id);
      return true;
    });
  const indicators = unique(framework.indicators);
  const aggregates = unique(framework.aggregates);
  const aggregateById = new Map(aggregates.map((aggregate) => [aggregate.id, aggregate]));

  // Cycles: follow each aggregate's parent chain; a chain that returns to a node on itself is a cycle.
  const inCycle = new Set<string>();
  const settled = new Set<string>();
  for (const start of aggregates) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | undefined = start.id;
    while (current !== undefined && !settled.has(current) && aggregateById.has(current)) {
      if (onPath.has(current)) {
        const cycle = path.slice(path.indexOf(current));
        cycle.forEach((id) => inCycle.add(id));
        issues.push(reportEngineIssue("framework_cycle", { ids: cycle }, { indicator: current }));
        break;
      }
      onPath.add(current);
      path.push(current);
      current = aggregateById.get(current)?.parentId;
    }
    path.forEach((id) => settled.add(id));
  }

  const children = new Map<string, TreeChild[]>();
  for (const aggregate of aggregates)
    if (!inCycle.has(aggregate.id)) children.set(aggregate.id, []);
  const attach = (id: string, parentId: string | undefined, weight: number): string | undefined => {
    if (parentId === undefined || parentId === "") return undefined;
    const siblings = children.get(parentId);
    if (siblings === undefined) {
      if (!inCycle.has(parentId))
        issues.push(reportEngineIssue("unknown_parent", { id, parentId }, { indicator: id }));
      return undefined;
    }
    siblings.push({ id, weight: usableWeight(id, weight, issues) });
    return parentId;
  };
  for (const indicator of indicators)
    if (indicator.direction !== 0) attach(indicator.id, indicator.parentId, indicator.weight);
  const parentOf = new Map<string, string | undefined>();
  for (const aggregate of aggregates)
    if (!inCycle.has(aggregate.id))
      parentOf.set(aggregate.id, attach(aggregate.id, aggregate.parentId, aggregate.weight));

  // Levels, children first (depth-first; the graph is acyclic now).
  const level = new Map<string, number>();
  const levelOf = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    const below = children.get(id);
    if (below === undefined) return 1;
    let highest = 1;
    for (const child of below) highest = Math.max(highest, levelOf(child.id));
    level.set(id, highest + 1);
    return highest + 1;
  };

  const ordered: TreeAggregate[] = [];
  for (const aggregate of aggregates) {
    const below = children.get(aggregate.id);
    if (below === undefined) continue;
    if (below.length === 0)
      issues.push(
        reportEngineIssue(
          "aggregate_without_children",
          { id: aggregate.id },
          { indicator: aggregate.id }
        )
      );
    else if (below.every((child) => child.weight === 0))
      issues.push(
        reportEngineIssue("zero_weight_sum", { id: aggregate.id }, { indicator: aggregate.id })
      );
    const parentId = parentOf.get(aggregate.id);
    const node = { id: aggregate.id, level: levelOf(aggregate.id), children: below };
    ordered.push(parentId === undefined ? node : { ...node, parentId });
  }
  // Array.prototype.sort is stable: framework order is kept within a level.
  ordered.sort((a, b) => a.level - b.level);
  return {
    tree: {
      aggregates: ordered,
      roots: ordered.filter((node) => node.parentId === undefined).map((node) => node.id),
    },
    issues,
  };
}

/**
 * Each scored indicator's weight in its root (the index): weights normalised among siblings, multiplied
 * down the tree. Indicators under a zero-weight branch get 0.
 */
export function effectiveWeights(tree: AggregationTree): Record<string, number> {
  const byId = new Map(tree.aggregates.map((node) => [node.id, node]));
  const weights: Record<string, number> = {};
  const descend = (id: string, share: number): void => {
    const node = byId.get(id);
    if (node === undefined) {
      weights[id] = (weights[id] ?? 0) + share;
      return;
    }
    const total = node.children.reduce((sum, child) => sum + child.weight, 0);
    for (const child of node.children)
      descend(child.id, total > 0 ? (share * child.weight) / total : 0);
  };
  for (const root of tree.roots) descend(root, 1);
  return weights;
}
