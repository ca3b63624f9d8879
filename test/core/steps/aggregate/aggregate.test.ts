import type { Framework } from "../../../../src/core/model/framework";
import { missingReasons } from "../../../../src/core/model/pipeline-result";
import { aggregate } from "../../../../src/core/steps/aggregate/aggregate";
import { aggregationTree } from "../../../../src/core/steps/aggregate/tree";
import { columnOf, datasetOf, indicator, plain } from "../support";

const framework: Framework = {
  indicators: [
    indicator("a", "D", { weight: 1 }),
    indicator("b", "D", { weight: 3 }),
    indicator("c", "Index"),
  ],
  aggregates: [
    { id: "Index", name: "Index", weight: 1 },
    { id: "D", name: "D", parentId: "Index", weight: 1 },
  ],
};
const tree = aggregationTree(framework).tree;
const rows = [{ unit: "A" }, { unit: "B" }, { unit: "C" }];
const reasonsOf = (codes: Uint8Array | undefined) =>
  Array.from(codes ?? [], (code) => missingReasons[code]);

describe("aggregate step", () => {
  it("computes weighted means level by level and keeps coverage beside every score", () => {
    const dataset = datasetOf(rows, { a: [0, 40, null], b: [100, null, null], c: [50, 10, 20] });
    const { dataset: output, outcome, issues } = aggregate(dataset, tree);
    expect(issues).toEqual([]);
    expect(columnOf(output, "D")).toEqual([75, 40, null]);
    expect(columnOf(output, "Index")).toEqual([62.5, 25, 20]);
    expect(plain(outcome.coverage.D!)).toEqual([1, 0.25, 0]);
    expect(plain(outcome.coverage.Index!)).toEqual([1, 1, 0.5]);
    expect(reasonsOf(outcome.missingReason.D)).toEqual(["present", "present", "no_data"]);
  });

  it("leaves a score below the coverage threshold missing, by weight or by count", () => {
    const dataset = datasetOf(rows, { a: [0, 40, null], b: [100, null, 60], c: [50, 10, 20] });
    const byWeight = aggregate(dataset, tree, { minCoverage: 0.5 });
    expect(columnOf(byWeight.dataset, "D")).toEqual([75, null, 60]);
    expect(reasonsOf(byWeight.outcome.missingReason.D)[1]).toBe("below_coverage");
    expect(byWeight.issues.map((issue) => issue.code)).toEqual(["below_coverage"]);
    const byCount = aggregate(dataset, tree, { minCoverage: 0.5, coverageBasis: "count" });
    expect(columnOf(byCount.dataset, "D")).toEqual([75, 40, 60]);
  });

  it("gives no geometric mean for a value of 0 and says why", () => {
    const dataset = datasetOf(rows, { a: [0, 4, 1], b: [1, 1, 1], c: [1, 1, 1] });
    const {
      dataset: output,
      outcome,
      issues,
    } = aggregate(dataset, tree, { method: { method: "geometric" } });
    expect(columnOf(output, "D")[0]).toBeNull();
    expect(columnOf(output, "D")[1]).toBeCloseTo(Math.pow(4, 1 / 4), 12);
    expect(reasonsOf(outcome.missingReason.D)[0]).toBe("outside_domain");
    expect(issues.map((issue) => [issue.code, issue.indicator])).toEqual([["outside_domain", "D"]]);
  });

  it("gives no harmonic mean for a value of 0", () => {
    const dataset = datasetOf(rows.slice(0, 1), { a: [0], b: [2], c: [2] });
    const { dataset: output } = aggregate(dataset, tree, { method: { method: "harmonic" } });
    expect(columnOf(output, "D")).toEqual([null]);
  });

  it("uses the method of the aggregate's level or id", () => {
    const dataset = datasetOf(rows.slice(0, 1), { a: [1], b: [16], c: [4] });
    const { dataset: output, details } = aggregate(dataset, tree, {
      byLevel: { 2: { method: "genmean", p: 2 } },
      byAggregate: { Index: { method: "geometric" } },
    });
    const d = Math.sqrt((1 + 3 * 256) / 4);
    expect(columnOf(output, "D")[0]).toBeCloseTo(d, 12);
    expect(columnOf(output, "Index")[0]).toBeCloseTo(Math.sqrt(d * 4), 12);
    expect(details.methods).toEqual({ D: "genmean", Index: "geometric" });
  });

  it("gives a score of missing, not NaN, when the present weights are all zero", () => {
    const zero: Framework = {
      indicators: [indicator("a", "Index", { weight: 0 }), indicator("b", "Index", { weight: 1 })],
      aggregates: [{ id: "Index", name: "Index", weight: 1 }],
    };
    const dataset = datasetOf(rows.slice(0, 1), { a: [5], b: [null] });
    const { outcome, dataset: output } = aggregate(dataset, aggregationTree(zero).tree);
    expect(columnOf(output, "Index")).toEqual([null]);
    expect(reasonsOf(outcome.missingReason.Index)).toEqual(["zero_weight"]);
  });
});
