import { contributionsOf, effectiveWeights, type Contributions } from "../../../src/core/analysis";
import type { Framework } from "../../../src/core/model";
import { datasetFromObservations } from "../../../src/core/pipeline";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { asemInput, asemRun, demoRun, unitCodesOf } from "./analysis-fixtures";

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

function decomposed(outcome: ReturnType<typeof contributionsOf>): Contributions {
  if (outcome.decomposition === "none") throw new Error(String(outcome.reason.code));
  return outcome;
}

describe("contributions to the index", () => {
  describe("on COINr's ASEM example (S1: min-max, arithmetic mean)", () => {
    const result = asemRun();
    const normalised = result.stages.normalised!;
    const weights = effectiveWeights(result.framework).indicators;

    it("sum to the index within 1e-9 for every one of the 51 units, and so do the pillars' points", () => {
      const units = unitCodesOf(result);
      expect(units).toHaveLength(51);
      for (const unit of units) {
        const contributions = decomposed(contributionsOf(result, unit));
        expect(contributions.decomposition).toBe("arithmetic");
        expect(Math.abs(sum(contributions.indicators.values()) - contributions.index)).toBeLessThan(
          1e-9
        );
        const pillars = [
          "Physical",
          "ConEcFin",
          "Political",
          "Instit",
          "P2P",
          "Environ",
          "Social",
          "SusEcFin",
        ];
        const pillarPoints = pillars.flatMap((id) => contributions.aggregates.get(id) ?? []);
        expect(Math.abs(sum(pillarPoints) - contributions.index)).toBeLessThan(1e-9);
      }
    });

    it("are effective weight times normalised score for a unit with every value present (AUT)", () => {
      const contributions = decomposed(contributionsOf(result, "AUT"));
      const row = normalised.units.findIndex((unit) => unit.code === "AUT");
      expect(contributions.indicators.size).toBe(49);
      for (const [id, weight] of weights) {
        const score = normalised.columns[normalised.columnIds.indexOf(id)]![row]!;
        expect(contributions.indicators.get(id)).toBeCloseTo(weight * score, 10);
      }
    });

    it("renormalise the weights over the present indicators, level by level, where values are missing", () => {
      // Find a unit with a missing indicator: its pillar's other indicators share that pillar's weight.
      const rowWithGap = [...normalised.columnIds.keys()].flatMap((column) =>
        [...normalised.columns[column]!.keys()].filter((row) =>
          Number.isNaN(normalised.columns[column]![row]!)
        )
      )[0]!;
      const unit = normalised.units[normalised.rowUnit[rowWithGap]!]!.code;
      const contributions = decomposed(contributionsOf(result, unit));
      expect(contributions.indicators.size).toBeLessThan(49);
      expect(sum(contributions.weights.values())).toBeCloseTo(1, 12);
      expect(Math.abs(sum(contributions.indicators.values()) - contributions.index)).toBeLessThan(
        1e-9
      );
    });
  });

  it("sum to the index within 1e-9 for every unit and year of the demo workbook", () => {
    const result = demoRun();
    const final = result.stages.aggregated!;
    const years = [...new Set(final.rowYear)];
    expect(years).toHaveLength(5);
    let checked = 0;
    for (const year of years)
      for (const unit of unitCodesOf(result)) {
        const contributions = decomposed(contributionsOf(result, unit, year));
        expect(Math.abs(sum(contributions.indicators.values()) - contributions.index)).toBeLessThan(
          1e-9
        );
        checked++;
      }
    expect(checked).toBe(30);
  });

  describe("by hand, two dimensions", () => {
    // I1, I2 under A (weights 1, 3); I3 under B; A and B weigh 1 each in INDEX.
    const framework: Framework = {
      aggregates: [
        { id: "INDEX", name: "Index", weight: 1 },
        { id: "A", name: "A", parentId: "INDEX", weight: 1 },
        { id: "B", name: "B", parentId: "INDEX", weight: 1 },
      ],
      indicators: [
        { id: "I1", name: "I1", parentId: "A", direction: 1, weight: 1 },
        { id: "I2", name: "I2", parentId: "A", direction: 1, weight: 3 },
        { id: "I3", name: "I3", parentId: "B", direction: 1, weight: 1 },
      ],
    };
    const units = ["K1", "K2", "K3"].map((code) => ({ code, name: code }));
    const values: Record<string, (number | null)[]> = {
      I1: [0, 5, 10],
      I2: [null, 0, 10],
      I3: [10, 0, 5],
    };
    const observations = Object.entries(values).flatMap(([indicatorId, column]) =>
      units.map((unit, index) => ({
        unitCode: unit.code,
        year: 2023,
        indicatorId,
        value: column[index] ?? null,
      }))
    );
    const dataset = datasetFromObservations(framework, units, observations).value;

    it("under the arithmetic mean: K1 has only I1 in A, so I1 carries A's whole half", () => {
      const result = runPipeline({ framework, dataset });
      // Scores (min-max 0..100): I1 0, 50, 100; I2 -, 0, 100; I3 100, 0, 50.
      // K1: A = I1 = 0, B = 100, index 50; I1 adds 0.5·0 = 0, I3 adds 0.5·100 = 50.
      const k1 = decomposed(contributionsOf(result, "K1"));
      expect(k1.index).toBe(50);
      expect(Object.fromEntries(k1.indicators)).toEqual({ I1: 0, I3: 50 });
      expect(Object.fromEntries(k1.weights)).toEqual({ I1: 0.5, I3: 0.5 });
      // K2: A = (50 + 3·0)/4 = 12.5, B = 0, index 6.25: I1 adds 0.125·50, I2 0.375·0, I3 0.
      const k2 = decomposed(contributionsOf(result, "K2"));
      expect(k2.index).toBe(6.25);
      expect(Object.fromEntries(k2.indicators)).toEqual({ I1: 6.25, I2: 0, I3: 0 });
      expect(Object.fromEntries(k2.aggregates)).toEqual({ A: 6.25, B: 0 });
    });

    it("under the geometric mean: shares of the logarithm, summing to the index", () => {
      const result = runPipeline({
        framework,
        dataset,
        settings: {
          normalise: { method: { method: "minmax", lower: 1, upper: 100 } },
          aggregate: { method: { method: "geometric" } },
        },
      });
      const k3 = decomposed(contributionsOf(result, "K3"));
      expect(k3.decomposition).toBe("log-shares");
      // K3: I1 100, I2 100, I3 50.5 -> A 100, B 50.5, index sqrt(100·50.5).
      const index = Math.sqrt(100 * 50.5);
      expect(k3.index).toBeCloseTo(index, 12);
      const shareOfA = (0.5 * Math.log(100)) / Math.log(index);
      expect(k3.aggregates.get("A")).toBeCloseTo(index * shareOfA, 10);
      expect(sum(k3.indicators.values())).toBeCloseTo(index, 10);
    });

    it("say that the harmonic mean has no decomposition, and why", () => {
      const result = runPipeline({
        framework,
        dataset,
        settings: {
          normalise: { method: { method: "minmax", lower: 1, upper: 100 } },
          aggregate: { method: { method: "harmonic" } },
        },
      });
      const outcome = contributionsOf(result, "K3");
      expect(outcome.decomposition).toBe("none");
      expect(outcome.decomposition === "none" && outcome.reason.code).toBe("no_decomposition");
    });

    it("give a reason for a unit the run does not have", () => {
      const outcome = contributionsOf(runPipeline(asemInput()), "XXX");
      expect(outcome.decomposition === "none" && outcome.reason.code).toBe("unit_not_in_run");
    });
  });
});
