// COINr 1.1.14 parity through the library API (fixtures: test/fixtures/coinr, MIT, (c) 2022 William Becker).
import type { PipelineSettings } from "../../../src/core/model/methods";
import type { PipelineResult } from "../../../src/core/model/pipeline-result";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { coinrFixture } from "../../support/coinr-csv";
import { asemDataset, asemFramework, cellReader, compareWithOracle } from "./coinr-fixtures";

const { framework } = asemFramework();

const treatedDataset = () => asemDataset("S2_example_Treated.csv");

/** Reads an aggregate's overall rank by unit code and column id, null when missing. */
function rankReader(result: PipelineResult) {
  const rows = result.stages.aggregated!;
  return (unitCode: string, column: string) => {
    const rank =
      result.ranks.overall[column]?.[rows.units.findIndex((unit) => unit.code === unitCode)];
    return rank === undefined || Number.isNaN(rank) ? null : rank;
  };
}

describe("S1, COINr's default pipeline (min-max 0..100, weighted arithmetic mean)", () => {
  const result = runPipeline({ framework, dataset: asemDataset() });

  it("matches the normalised indicators to 1e-9", () => {
    const { mismatches, compared } = compareWithOracle(
      coinrFixture("S1_minimal_Normalised.csv"),
      cellReader(result.stages.normalised!)
    );
    expect(compared).toBe(51 * 49);
    expect(mismatches).toEqual([]);
  });

  it("matches the indicators and every aggregate to 1e-9", () => {
    const { mismatches, compared } = compareWithOracle(
      coinrFixture("S1_minimal_Aggregated.csv"),
      cellReader(result.stages.aggregated!)
    );
    expect(compared).toBe(51 * 60);
    expect(mismatches).toEqual([]);
  });

  it("matches COINr's ranks of every aggregate", () => {
    const rankOf = rankReader(result);
    const { mismatches, compared } = compareWithOracle(
      coinrFixture("S1_minimal_ranks_Aggs.csv"),
      rankOf,
      {
        absolute: 0,
      }
    );
    expect(compared).toBe(51 * 11);
    expect(mismatches).toEqual([]);
  });

  it("matches the results table (rounded by COINr to 10 decimals) and its index rank", () => {
    const aggregated = cellReader(result.stages.aggregated!);
    const rankOf = rankReader(result);
    const read = (unitCode: string, column: string) =>
      column === "Rank" ? rankOf(unitCode, "Index") : aggregated(unitCode, column);
    const { mismatches } = compareWithOracle(coinrFixture("S1_minimal_results_Aggs.csv"), read, {
      absolute: 1e-9,
    });
    expect(mismatches).toEqual([]);
  });
});

describe("S3, coverage threshold 0.66", () => {
  it("leaves an aggregate missing when fewer than 66 % of its children are present, as COINr", () => {
    const result = runPipeline({
      framework,
      dataset: asemDataset(),
      settings: { aggregate: { minCoverage: 0.66, coverageBasis: "count" } },
    });
    const { mismatches } = compareWithOracle(
      coinrFixture("S3_minimal_datthresh066_Aggregated.csv"),
      cellReader(result.stages.aggregated!)
    );
    expect(mismatches).toEqual([]);
    const missing = Object.values(result.aggregation.missingReason).flatMap((reasons) => [
      ...reasons,
    ]);
    expect(missing.filter((reason) => reason === 2).length).toBeGreaterThan(0);
  });

  it("gives the same result with coverage by weight, since every ASEM weight is 1", () => {
    const byWeight = runPipeline({
      framework,
      dataset: asemDataset(),
      settings: { aggregate: { minCoverage: 0.66 } },
    });
    const { mismatches } = compareWithOracle(
      coinrFixture("S3_minimal_datthresh066_Aggregated.csv"),
      cellReader(byWeight.stages.aggregated!)
    );
    expect(mismatches).toEqual([]);
  });
});

describe("variants starting from COINr's treated example data", () => {
  const variants: readonly [string, PipelineSettings][] = [
    [
      "S3_zscore_amean_Aggregated.csv",
      { normalise: { method: { method: "zscore", mean: 10, standardDeviation: 2 } } },
    ],
    [
      "S3_minmax_gmean_Aggregated.csv",
      {
        normalise: { method: { method: "minmax", lower: 1, upper: 100 } },
        aggregate: { method: { method: "geometric" } },
      },
    ],
    ["S3_rank_amean_Aggregated.csv", { normalise: { method: { method: "rank" } } }],
    ["S3_prank_amean_Aggregated.csv", { normalise: { method: { method: "prank" } } }],
  ];
  it.each(variants)("matches %s to 1e-9", (file, settings) => {
    const result = runPipeline({
      framework,
      dataset: treatedDataset(),
      settings: { start: "treated", ...settings },
    });
    const { mismatches, compared } = compareWithOracle(
      coinrFixture(file),
      cellReader(result.stages.aggregated!)
    );
    expect(compared).toBe(51 * 60);
    expect(mismatches).toEqual([]);
  });
});

describe("COINr's example pre-processing from the raw data", () => {
  it("reproduces S2_example_Treated: denominate, group-mean impute, screen 0.9, winsorise", () => {
    const result = runPipeline({
      framework,
      dataset: asemDataset(),
      settings: {
        denominate: true,
        impute: { method: "group-mean", group: "EurAsia_group" },
        screen: { minimumShare: 0.9 },
        treat: { method: "winsorise", winmax: 5 },
      },
    });
    const { mismatches, compared } = compareWithOracle(
      coinrFixture("S2_example_Treated.csv"),
      cellReader(result.stages.treated!)
    );
    expect(compared).toBe(51 * 49);
    expect(mismatches).toEqual([]);
    const treatment = result.log.find((entry) => entry.step === "treat")?.details;
    expect(treatment?.step).toBe("treat");
    if (treatment?.step === "treat") {
      expect(treatment.points.length).toBeGreaterThan(0);
      const before = cellReader(result.stages.screened!);
      const after = cellReader(result.stages.treated!);
      for (const point of treatment.points) {
        expect(before(point.unitCode, point.indicatorId)).toBe(point.before);
        expect(after(point.unitCode, point.indicatorId)).toBe(point.after);
      }
    }
  });
});
