import { DatasetShapeError } from "../../../src/core/model/dataset";
import type { Framework } from "../../../src/core/model/framework";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { resultsOf } from "../../../src/core/pipeline/results";
import { datasetOf, indicator } from "../steps/support";
import { asemDataset, asemFramework } from "./coinr-fixtures";

const framework: Framework = {
  indicators: [
    indicator("a", "D1"),
    indicator("b", "D1", { direction: -1 }),
    indicator("c", "D2", { weight: 2 }),
    indicator("note", "D2", { direction: 0 }),
  ],
  aggregates: [
    { id: "Index", name: "Index", weight: 1 },
    { id: "D1", name: "D1", parentId: "Index", weight: 1 },
    { id: "D2", name: "D2", parentId: "Index", weight: 1 },
  ],
};
const rows = [
  { unit: "A", year: 2020, peerGroup: "big" },
  { unit: "B", year: 2020, peerGroup: "big" },
  { unit: "C", year: 2020, peerGroup: "small" },
];

function containsNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(containsNonFinite);
}

describe("runPipeline", () => {
  it("gives each unit its scores, coverage, ranks and peer-group ranks, with no NaN in the results", () => {
    const dataset = datasetOf(rows, {
      a: [1, 2, 3],
      b: [3, 2, null],
      c: [5, 5, 6],
      note: [1, 1, 1],
    });
    const result = runPipeline({ framework, dataset });
    const results = resultsOf(result);
    expect(results.map((row) => row.unitCode)).toEqual(["A", "B", "C"]);
    const c = results[2]!;
    expect(c.raw).toEqual({ a: 3, b: null, c: 6, note: 1 });
    expect(c.normalised).toEqual({ a: 100, b: null, c: 100 });
    expect(c.aggregates.D1).toEqual({
      score: 100,
      coverage: 0.5,
      rank: 1,
      rankInPeerGroup: 1,
      missing: null,
    });
    // D1 of B: a scores 50, b (lower is better, 2 of 2..3) scores 100
    expect(results[1]!.aggregates.D1?.score).toBe(75);
    expect(results.map((row) => row.aggregates.Index?.score)).toEqual([0, 37.5, 100]);
    expect(results.map((row) => row.aggregates.Index?.rank)).toEqual([3, 2, 1]);
    expect(results.map((row) => row.aggregates.Index?.rankInPeerGroup)).toEqual([2, 1, 1]);
    expect(containsNonFinite(results)).toBe(false);
    expect(result.effectiveWeights).toEqual({ a: 0.25, b: 0.25, c: 0.5 });
  });

  it("turns bad input into issues and missing scores, never NaN or an exception", () => {
    const broken: Framework = {
      indicators: [...framework.indicators, indicator("lost", "Nowhere"), indicator("empty", "D2")],
      aggregates: [
        ...framework.aggregates,
        { id: "Loop1", name: "L", parentId: "Loop2", weight: 1 },
        { id: "Loop2", name: "L", parentId: "Loop1", weight: 1 },
      ],
    };
    const dataset = datasetOf(rows, {
      a: [4, 4, 4],
      b: [null, null, null],
      c: [0, 1, 2],
      note: [1, 2, 3],
      lost: [1, 2, 3],
      empty: [null, null, null],
    });
    const result = runPipeline({
      framework: broken,
      dataset,
      settings: { aggregate: { method: { method: "geometric" }, minCoverage: 0.6 } },
    });
    const codes = new Set(result.issues.map((issue) => issue.code));
    for (const code of [
      "unknown_parent",
      "framework_cycle",
      "zero_range",
      "all_missing",
      "indicator_without_data",
      "outside_domain",
    ])
      expect(codes).toContain(code);
    const results = resultsOf(result);
    expect(containsNonFinite(results)).toBe(false);
    expect(results[0]!.aggregates.D1).toMatchObject({
      score: null,
      coverage: 0,
      missing: "no_data",
    });
    expect(results[0]!.aggregates.D2).toMatchObject({ score: null, missing: "outside_domain" });
  });

  it("records every step in the log, and its settings run again give the same result", () => {
    const { framework: asem } = asemFramework();
    const settings = {
      denominate: true,
      impute: { method: "median" as const },
      screen: { minimumShare: 0.8 },
      treat: { method: "winsorise" as const },
      normalise: { method: { method: "zscore" as const } },
      aggregate: { minCoverage: 0.5 },
    };
    const first = runPipeline({ framework: asem, dataset: asemDataset(), settings });
    expect(first.log.map((entry) => entry.step)).toEqual([
      "denominate",
      "impute",
      "screen",
      "treat",
      "normalise",
      "aggregate",
      "rank",
    ]);
    const again = runPipeline({
      framework: asem,
      dataset: asemDataset(),
      settings: first.settings,
    });
    expect(again.stages.aggregated!.columns).toEqual(first.stages.aggregated!.columns);
    expect(again.settings).toEqual(first.settings);
  });

  it("drops screened units from every later stage", () => {
    const dataset = datasetOf(rows, {
      a: [1, 2, null],
      b: [3, 2, null],
      c: [5, 5, null],
      note: [1, 1, 1],
    });
    const result = runPipeline({ framework, dataset, settings: { screen: { minimumShare: 0.5 } } });
    expect(resultsOf(result).map((row) => row.unitCode)).toEqual(["A", "B"]);
    expect(result.stages.raw!.rowUnit).toHaveLength(3);
  });

  it("throws DatasetShapeError for a dataset whose columns do not match its rows (a programming error)", () => {
    const dataset = datasetOf(rows, { a: [1, 2, 3] });
    const broken = { ...dataset, columns: [Float64Array.of(1, 2)] };
    expect(() => runPipeline({ framework, dataset: broken })).toThrow(DatasetShapeError);
  });
});
