// The analysis on COINr's ASEM example (fixtures: test/fixtures/coinr, MIT, (c) 2022 William Becker).
import type { PipelineSettings } from "../../../src/core/model/methods";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import {
  analyseSensitivity,
  analyseSensitivityInSteps,
  SensitivityCancelledError,
  type SensitivityRequest,
} from "../../../src/core/sensitivity/sensitivity-analysis";
import {
  isVariationProblem,
  parseVariation,
  type VariedInput,
} from "../../../src/core/sensitivity/varied-inputs";
import { asemDataset, asemFramework } from "../pipeline/coinr-fixtures";

function variation(name: string, values: string): VariedInput {
  const parsed = parseVariation(name, values);
  if (isVariationProblem(parsed)) throw new Error(`${name}=${values}: ${parsed.code}`);
  return parsed;
}

const { framework } = asemFramework();
const dataset = asemDataset();
const settings: PipelineSettings = { aggregate: { coverageBasis: "count" } };
const normalise = variation("normalise", "minmax,zscore,rank");
const aggregate = variation("aggregate", "arithmetic,harmonic");
const weights = variation("weights", "25%");

const request = (changes: Partial<SensitivityRequest>): SensitivityRequest => ({
  framework,
  dataset,
  settings,
  inputs: [normalise, weights],
  samples: 200,
  seed: 20261202,
  sobol: true,
  ...changes,
});

describe("analyseSensitivity on ASEM", () => {
  const sampled = analyseSensitivity(request({}));

  it("samples the Saltelli design with N = floor(samples / (inputs + 2)) when an input is continuous", () => {
    expect(sampled.mode).toBe("sampled");
    expect(sampled.runs).toBe(50 * 4);
    expect(sampled.combinations).toBeUndefined();
    expect(sampled.issues).toEqual([]);
  });

  it("reports each unit's nominal rank as the pipeline ranks it, inside the spread of the replications", () => {
    const nominal = runPipeline({ framework, dataset, settings });
    const aggregated = nominal.stages.aggregated!;
    expect(sampled.units).toHaveLength(51);
    for (const unit of sampled.units) {
      const row = aggregated.rowUnit.findIndex(
        (index) => aggregated.units[index]!.code === unit.code
      );
      expect(unit.nominalRank).toBe(nominal.ranks.overall.Index![row]);
      expect(unit.minRank!).toBeLessThanOrEqual(unit.p5!);
      expect(unit.p5!).toBeLessThanOrEqual(unit.medianRank!);
      expect(unit.medianRank!).toBeLessThanOrEqual(unit.p95!);
      expect(unit.p95!).toBeLessThanOrEqual(unit.maxRank!);
      expect(unit.shareAtOrAboveNominal!).toBeGreaterThanOrEqual(0);
      expect(unit.shareAtOrAboveNominal!).toBeLessThanOrEqual(1);
      expect(unit.index.nominal).toBe(
        aggregated.columns[aggregated.columnIds.indexOf("Index")]![row]
      );
    }
    // Some rank moves under other normalisations and weights.
    expect(sampled.units.some((unit) => unit.maxRank! > unit.minRank!)).toBe(true);
  });

  it("gives each varied input its Sobol indices with a bootstrap interval around them", () => {
    expect(sampled.sensitivity.map((entry) => entry.input)).toEqual(["normalise", "weights"]);
    for (const entry of sampled.sensitivity) {
      expect(entry.firstLow).toBeLessThanOrEqual(entry.firstHigh);
      expect(entry.totalLow).toBeLessThanOrEqual(entry.totalHigh);
    }
  });

  it("gives the same numbers for the same seed and other samples for another seed", () => {
    expect(analyseSensitivity(request({}))).toEqual(sampled);
    const other = analyseSensitivity(request({ seed: 7 }));
    expect(other.units).not.toEqual(sampled.units);
    // Within sampling error: the median ranks of the two seeds differ by little on average.
    const difference =
      sampled.units.reduce(
        (sum, unit, index) => sum + Math.abs(unit.medianRank! - other.units[index]!.medianRank!),
        0
      ) / sampled.units.length;
    expect(difference).toBeLessThan(1);
  });

  it("samples plainly from the seed, without the Sobol design, when no indices are asked for", () => {
    const plain = analyseSensitivity(request({ sobol: false }));
    expect(plain).toMatchObject({ mode: "sampled", runs: 200, sensitivity: [] });
  });

  it("runs every combination once when all inputs are discrete and no more than the samples", () => {
    const grid = analyseSensitivity(request({ inputs: [normalise, aggregate] }));
    expect(grid.mode).toBe("exhaustive");
    expect(grid.runs).toBe(6);
    expect(grid.combinations!.map((combination) => combination.settings)).toEqual([
      { normalise: "minmax", aggregate: "arithmetic" },
      { normalise: "minmax", aggregate: "harmonic" },
      { normalise: "zscore", aggregate: "arithmetic" },
      { normalise: "zscore", aggregate: "harmonic" },
      { normalise: "rank", aggregate: "arithmetic" },
      { normalise: "rank", aggregate: "harmonic" },
    ]);
    const zscoreHarmonic = runPipeline({
      framework,
      dataset,
      settings: {
        normalise: { method: { method: "zscore", mean: 0, standardDeviation: 1 } },
        aggregate: { method: { method: "harmonic" }, coverageBasis: "count" },
      },
    });
    const aggregated = zscoreHarmonic.stages.aggregated!;
    const combination = grid.combinations![3]!;
    aggregated.rowUnit.forEach((unit, row) => {
      const code = aggregated.units[unit]!.code;
      const index = aggregated.columns[aggregated.columnIds.indexOf("Index")]![row]!;
      const rank = zscoreHarmonic.ranks.overall.Index![row]!;
      expect(combination.index[code]).toBe(Number.isNaN(index) ? null : index);
      expect(combination.ranks[code]).toBe(Number.isNaN(rank) ? null : rank);
    });
    for (const entry of grid.sensitivity) {
      expect(entry.firstLow).toBe(entry.first);
      expect(entry.totalHigh).toBe(entry.total);
    }
  });
});

describe("what the analysis reports as issues", () => {
  it("reports that nothing varies and gives the nominal ranking as the one combination", () => {
    const result = analyseSensitivity(request({ inputs: [] }));
    expect(result.issues.map((issue) => issue.code)).toEqual(["no_input_varied"]);
    expect(result).toMatchObject({ mode: "exhaustive", runs: 1, sensitivity: [] });
    for (const unit of result.units) {
      expect(unit.medianRank).toBe(unit.nominalRank);
      if (unit.nominalRank !== null) expect(unit.shareAtOrAboveNominal).toBe(1);
    }
  });

  it("reports an input with one alternative, which cannot vary", () => {
    const result = analyseSensitivity(
      request({ inputs: [variation("normalise", "zscore"), weights] })
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "single_alternative", parameters: { input: "normalise" } }),
    ]);
  });

  it("reports replications out of range and runs the nearest limit instead", () => {
    const result = analyseSensitivity(request({ samples: 8, sobol: false }));
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "samples_out_of_range",
        parameters: { samples: 8, minimum: 100, maximum: 20000 },
      }),
    ]);
    expect(result.runs).toBe(100);
  });

  it("reports a year in which the data have no units, and has no units to describe", () => {
    const result = analyseSensitivity(request({ year: 1999, inputs: [normalise] }));
    expect(result.issues.map((issue) => issue.code)).toEqual(["year_without_units"]);
    expect(result).toMatchObject({ year: 1999, units: [], sensitivity: [] });
  });
});

describe("a replication in which no unit has an index", () => {
  // Four units, each with one of two indicators: a coverage threshold of 1 leaves every index missing.
  const indicator = (id: string) => ({
    id,
    name: id,
    parentId: "Index",
    direction: 1 as const,
    weight: 1,
  });
  const units = ["A", "B", "C", "D"].map((code) => ({ code, name: code }));
  const small: SensitivityRequest = {
    framework: {
      indicators: [indicator("I1"), indicator("I2")],
      aggregates: [{ id: "Index", name: "Index", weight: 1 }],
    },
    dataset: {
      units,
      rowUnit: Int32Array.of(0, 1, 2, 3),
      rowYear: new Int32Array(4),
      hasTime: false,
      columnIds: ["I1", "I2"],
      columns: [
        Float64Array.of(1, Number.NaN, 3, Number.NaN),
        Float64Array.of(Number.NaN, 2, Number.NaN, 5),
      ],
      denominators: {},
    },
    settings: {},
    inputs: [normalise, variation("coverage", "0,1")],
    samples: 100,
    seed: 1,
    sobol: true,
  };

  it("has no sensitivity indices, and says which run has no ranks", () => {
    const result = analyseSensitivity(small);
    expect(result.mode).toBe("exhaustive");
    expect(result.sensitivity).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "replication_without_ranks", parameters: { run: 2 } }),
    ]);
    // Three normalisations x two thresholds; under the threshold of 1 (runs 2, 4, 6) no unit has a rank.
    expect(result.runs).toBe(6);
    expect(result.combinations!.filter((run) => run.settings.coverage === "1")).toHaveLength(3);
    for (const combination of result.combinations!.filter((run) => run.settings.coverage === "1"))
      expect(Object.values(combination.ranks)).toEqual([null, null, null, null]);
    for (const unit of result.units) expect(unit.shareAtOrAboveNominal).toBeLessThanOrEqual(0.5);
  });
});

describe("analyseSensitivityInSteps", () => {
  it("gives the same result as the synchronous analysis, reporting its progress at each pause", async () => {
    const progress: [number, number][] = [];
    const result = await analyseSensitivityInSteps(request({}), {
      onProgress: (done, total) => progress.push([done, total]),
      pauseEveryMilliseconds: 0,
    });
    expect(result).toEqual(analyseSensitivity(request({})));
    expect(progress).toEqual(Array.from({ length: 200 }, (_, run) => [run + 1, 200]));
  });

  it("lets other work run between its chunks", async () => {
    let otherWork = 0;
    const timer = setInterval(() => otherWork++, 0);
    await analyseSensitivityInSteps(request({}), { pauseEveryMilliseconds: 5 });
    clearInterval(timer);
    expect(otherWork).toBeGreaterThan(0);
  });

  it("stops with SensitivityCancelledError when its signal aborts", async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const running = analyseSensitivityInSteps(request({}), {
      onProgress: (done) => {
        progress.push(done);
        controller.abort();
      },
      signal: controller.signal,
      pauseEveryMilliseconds: 0,
    });
    await expect(running).rejects.toBeInstanceOf(SensitivityCancelledError);
    expect(progress).toHaveLength(1);
  });
});
