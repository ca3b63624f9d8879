import { effectiveWeights } from "../../../src/core/analysis";
import type { Framework } from "../../../src/core/model";
import { readCoinrFixture } from "../../support/coinr-csv";
import { asemFramework } from "../pipeline/coinr-fixtures";

/**
 * COINr's get_eff_weights as its source reads (R/weights.R), written again on the iMeta table: weights
 * divided by their sum within each parent, then, from the level below the top down, multiplied by the
 * parent's effective weight.
 */
function coinrEffectiveWeights(): Map<string, number> {
  const meta = readCoinrFixture("ASEM_iMeta.csv").filter((row) => row.Level !== "");
  const level = (row: (typeof meta)[number]) => Number(row.Level);
  const top = Math.max(...meta.map(level));
  const parentOf = (row: (typeof meta)[number]) =>
    level(row) === top ? "none" : (row.Parent ?? "");
  const sums = new Map<string, number>();
  for (const row of meta)
    sums.set(parentOf(row), (sums.get(parentOf(row)) ?? 0) + Number(row.Weight));
  const weights = new Map(
    meta.map((row) => [row.iCode ?? "", Number(row.Weight) / (sums.get(parentOf(row)) ?? 1)])
  );
  for (let current = top - 1; current >= 1; current--)
    for (const row of meta.filter((candidate) => level(candidate) === current))
      weights.set(
        row.iCode ?? "",
        (weights.get(row.iCode ?? "") ?? 0) * (weights.get(row.Parent ?? "") ?? 0)
      );
  return weights;
}

describe("effective weights", () => {
  const { framework } = asemFramework();
  const weights = effectiveWeights(framework);

  it("gives COINr's documented effective weights of the ASEM example (vignette weights: Goods 0.02, Renew 1/30)", () => {
    expect(weights.indicators.get("Goods")).toBeCloseTo(0.02, 12);
    expect(weights.indicators.get("Services")).toBeCloseTo(0.02, 12);
    expect(weights.indicators.get("Renew")).toBeCloseTo(1 / 30, 12);
  });

  it("equals COINr's rule, read from its source, for all 49 indicators and 11 aggregates of ASEM", () => {
    const expected = coinrEffectiveWeights();
    expect(expected.size).toBe(60);
    for (const [code, weight] of expected) {
      const actual = weights.indicators.get(code) ?? weights.aggregates.get(code);
      expect([code, actual]).toEqual([code, expect.closeTo(weight, 14)]);
    }
  });

  it("sums to 1 on each level of the ASEM tree, as COINr's vignette shows", () => {
    const sumOf = (values: Iterable<number>) => [...values].reduce((sum, value) => sum + value, 0);
    expect(sumOf(weights.indicators.values())).toBeCloseTo(1, 12);
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
    expect(sumOf(pillars.map((id) => weights.aggregates.get(id) ?? 0))).toBeCloseTo(1, 12);
    expect(sumOf(["Conn", "Sust"].map((id) => weights.aggregates.get(id) ?? 0))).toBeCloseTo(1, 12);
    expect(weights.aggregates.get("Index")).toBe(1);
  });

  it("multiplies the weights normalised among siblings down an unbalanced tree", () => {
    const unbalanced: Framework = {
      aggregates: [
        { id: "I", name: "Index", weight: 1 },
        { id: "A", name: "A", parentId: "I", weight: 3 },
        { id: "B", name: "B", parentId: "I", weight: 1 },
      ],
      indicators: [
        { id: "a1", name: "a1", parentId: "A", direction: 1, weight: 1 },
        { id: "a2", name: "a2", parentId: "A", direction: -1, weight: 2 },
        { id: "b1", name: "b1", parentId: "B", direction: 1, weight: 5 },
        { id: "direct", name: "direct", parentId: "I", direction: 1, weight: 4 },
        { id: "context", name: "context", parentId: "B", direction: 0, weight: 1 },
      ],
    };
    const { indicators, aggregates } = effectiveWeights(unbalanced);
    // Index children: A 3, B 1, direct 4 (sum 8). a1 = 3/8 · 1/3, a2 = 3/8 · 2/3, b1 = 1/8, direct = 4/8.
    expect(indicators.get("a1")).toBeCloseTo(1 / 8, 15);
    expect(indicators.get("a2")).toBeCloseTo(2 / 8, 15);
    expect(indicators.get("b1")).toBeCloseTo(1 / 8, 15);
    expect(indicators.get("direct")).toBeCloseTo(4 / 8, 15);
    expect(indicators.has("context")).toBe(false);
    expect(aggregates.get("A")).toBeCloseTo(3 / 8, 15);
  });
});
