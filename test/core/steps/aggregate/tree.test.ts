import type { Framework } from "../../../../src/core/model/framework";
import { aggregationTree, effectiveWeights } from "../../../../src/core/steps/aggregate/tree";
import { indicator } from "../support";

const framework: Framework = {
  indicators: [
    indicator("a", "D1", { weight: 1 }),
    indicator("b", "D1", { weight: 3 }),
    indicator("c", "D2"),
    indicator("context", "D2", { direction: 0 }),
  ],
  aggregates: [
    { id: "Index", name: "Index", weight: 1 },
    { id: "D1", name: "D1", parentId: "Index", weight: 1 },
    { id: "D2", name: "D2", parentId: "Index", weight: 3 },
  ],
};

describe("aggregation tree", () => {
  it("orders aggregates children first, with COINr's levels", () => {
    const { tree, issues } = aggregationTree(framework);
    expect(issues).toEqual([]);
    expect(tree.aggregates.map((node) => [node.id, node.level])).toEqual([
      ["D1", 2],
      ["D2", 2],
      ["Index", 3],
    ]);
    expect(tree.roots).toEqual(["Index"]);
    expect(tree.aggregates[1]?.children.map((child) => child.id)).toEqual(["c"]);
  });

  it("multiplies normalised weights down the tree", () => {
    expect(effectiveWeights(aggregationTree(framework).tree)).toEqual({
      a: 0.0625,
      b: 0.1875,
      c: 0.75,
    });
  });

  it("handles a tree of any depth and an unbalanced one", () => {
    const deep: Framework = {
      indicators: [indicator("x", "L1"), indicator("y", "Index")],
      aggregates: [
        { id: "Index", name: "Index", weight: 1 },
        { id: "L3", name: "L3", parentId: "Index", weight: 1 },
        { id: "L2", name: "L2", parentId: "L3", weight: 1 },
        { id: "L1", name: "L1", parentId: "L2", weight: 1 },
      ],
    };
    const { tree } = aggregationTree(deep);
    expect(tree.aggregates.map((node) => [node.id, node.level])).toEqual([
      ["L1", 2],
      ["L2", 3],
      ["L3", 4],
      ["Index", 5],
    ]);
    expect(effectiveWeights(tree)).toEqual({ x: 0.5, y: 0.5 });
  });

  it("reports a cycle and an unknown parent and leaves them out", () => {
    const broken: Framework = {
      indicators: [indicator("a", "P"), indicator("b", "Nowhere"), indicator("c", "Index")],
      aggregates: [
        { id: "Index", name: "Index", weight: 1 },
        { id: "P", name: "P", parentId: "Q", weight: 1 },
        { id: "Q", name: "Q", parentId: "P", weight: 1 },
      ],
    };
    const { tree, issues } = aggregationTree(broken);
    expect(issues.map((issue) => issue.code).sort()).toEqual(["framework_cycle", "unknown_parent"]);
    expect(tree.aggregates.map((node) => node.id)).toEqual(["Index"]);
    expect(issues.find((issue) => issue.code === "unknown_parent")?.indicator).toBe("b");
  });

  it("reports duplicate ids, negative weights, childless aggregates and zero weight sums", () => {
    const odd: Framework = {
      indicators: [
        indicator("a", "Z", { weight: 0 }),
        indicator("a", "Index"),
        indicator("n", "Index", { weight: -2 }),
      ],
      aggregates: [
        { id: "Index", name: "Index", weight: 1 },
        { id: "Z", name: "Z", parentId: "Index", weight: 1 },
        { id: "Empty", name: "Empty", parentId: "Index", weight: 1 },
      ],
    };
    const codes = aggregationTree(odd)
      .issues.map((issue) => issue.code)
      .sort();
    expect(codes).toEqual([
      "aggregate_without_children",
      "duplicate_id",
      "invalid_weight",
      "zero_weight_sum",
    ]);
  });
});
