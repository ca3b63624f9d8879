import type { Framework } from "../../../src/core/model/framework";
import type { PipelineSettings } from "../../../src/core/model/methods";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import {
  decomposeScoreChange,
  scoreChangeDecomposer,
} from "../../../src/core/time/score-decomposition";
import { datasetOf, indicator } from "../steps/support";
import { reasonOf, valueOf } from "./support";

// Two dimensions: D1 = a (higher is better) and b (lower is better), D2 = c (weight 2).
const framework: Framework = {
  indicators: [
    indicator("a", "D1"),
    indicator("b", "D1", { direction: -1 }),
    indicator("c", "D2", { weight: 2 }),
  ],
  aggregates: [
    { id: "Index", name: "Index", weight: 1 },
    { id: "D1", name: "D1", parentId: "Index", weight: 1 },
    { id: "D2", name: "D2", parentId: "Index", weight: 1 },
  ],
};

// a: 2020 A=2 B=4 C=6 D=3 (bounds 2..6); 2021 A=3 B=8 C=10 D=9 (bounds 3..10).
const rows = ["A", "B", "C", "D"].flatMap((unit) => [
  { unit, year: 2020 },
  { unit, year: 2021 },
]);
const panel = datasetOf(rows, {
  a: [2, 3, 4, 8, 6, 10, 3, 9],
  b: [5, 4, 3, 3, 1, 1, 4, 2],
  c: [10, 12, 20, 30, 30, 60, 15, 50],
});
const run = (settings: PipelineSettings = {}) =>
  runPipeline({ framework, dataset: panel, settings });

describe("decomposeScoreChange", () => {
  it("splits a min-max score: B's a from 4 to 8 is 50 -> 500/7; at 2020's bounds 8 scores (8 - 2)/4·100 = 150", () => {
    const split = valueOf(decomposeScoreChange(run(), "B", 2020, 2021));
    const a = split.indicators.find((change) => change.indicatorId === "a");
    expect(a?.fromScore).toBe(50);
    expect(a?.toScore).toBeCloseTo(500 / 7, 12);
    const parts = valueOf(a!.parts);
    expect(parts.ownChange).toBe(100); // 150 - 50
    expect(parts.boundsMoved).toBeCloseTo(500 / 7 - 150, 12); // -78.57: the peers raised the bounds
    expect(parts.total).toBeCloseTo(500 / 7 - 50, 12);
  });

  it("shows a unit that improved but fell in rank why: B's own values pulled up, the peers' moved bounds pulled down more", () => {
    // B: a 4 -> 8, b 3 -> 3, c 20 -> 30, all better or equal; D overtakes it (Index 25 -> 77.7).
    const split = valueOf(decomposeScoreChange(run(), "B", 2020, 2021));
    const index = split.aggregates.find((change) => change.aggregateId === "Index")!;
    const parts = valueOf(index.parts);
    expect(index.fromScore).toBe(50);
    expect(parts.total).toBeLessThan(0);
    expect(parts.ownChange).toBeGreaterThan(0);
    expect(parts.boundsMoved).toBeLessThan(parts.total);
    expect([index.fromRank, index.toRank]).toEqual([2, 3]);
    expect(valueOf(index.rankChange)).toBe(-1);
    // c: 20 -> 30 at 2020's bounds 10..30 is 50 -> 100 (own +50); 2021's bounds 12..60 give (30 - 12)/48·100 = 37.5
    const c = valueOf(split.indicators[2]!.parts);
    expect(c.ownChange).toBe(50);
    expect(c.boundsMoved).toBe(37.5 - 100);
  });

  it("handles lower is better on directed values: A's b 5 -> 4 is -5 -> -4 within 2020's -5..-1, 0 -> 25", () => {
    const split = valueOf(decomposeScoreChange(run(), "A", 2020, 2021));
    expect(valueOf(split.indicators[0]!.parts).ownChange).toBe(25); // a: 2 -> 3 at bounds 2..6
    expect(valueOf(split.indicators[1]!.parts).ownChange).toBe(25);
  });

  it("sums exactly: own change + bounds moved = the engine's change in score, for every unit, indicator and aggregate", () => {
    const result = run();
    const decompose = scoreChangeDecomposer(result, 2020, 2021);
    let checked = 0;
    for (const unitCode of ["A", "B", "C", "D"]) {
      const split = valueOf(decompose(unitCode));
      for (const change of [...split.indicators, ...split.aggregates]) {
        const parts = valueOf(change.parts);
        expect(parts.total).toBe((change.toScore as number) - (change.fromScore as number));
        expect(Math.abs(parts.ownChange + parts.boundsMoved - parts.total)).toBeLessThanOrEqual(
          1e-12
        );
        checked++;
      }
    }
    expect(checked).toBe(4 * 6);
  });

  it("carries the indicator parts up through the effective weights under the arithmetic mean (a, b: 1/4, c: 1/2)", () => {
    const result = run();
    for (const unitCode of ["A", "B", "C", "D"]) {
      const split = valueOf(decomposeScoreChange(result, unitCode, 2020, 2021));
      const weighted = (part: "ownChange" | "boundsMoved") =>
        split.indicators.reduce(
          (sum, change) =>
            sum + result.effectiveWeights[change.indicatorId]! * valueOf(change.parts)[part],
          0
        );
      const index = valueOf(
        split.aggregates.find((change) => change.aggregateId === "Index")!.parts
      );
      expect(Math.abs(index.ownChange - weighted("ownChange"))).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(index.boundsMoved - weighted("boundsMoved"))).toBeLessThanOrEqual(1e-12);
    }
  });

  it("puts all change on the unit's own values when normalising pooled (the bounds do not move)", () => {
    const result = run({ normalise: { method: { method: "minmax" }, scope: { pooled: true } } });
    const split = valueOf(decomposeScoreChange(result, "A", 2020, 2021));
    for (const change of [...split.indicators, ...split.aggregates]) {
      const parts = valueOf(change.parts);
      expect(parts.boundsMoved).toBe(0);
      expect(parts.ownChange).toBe(parts.total);
    }
  });

  it("uses the run's score range: min-max onto 1..10 gives B's a own change (8 - 2)/4·9 + 1 - 5.5 = 9", () => {
    const result = run({ normalise: { method: { method: "minmax", lower: 1, upper: 10 } } });
    const split = valueOf(decomposeScoreChange(result, "B", 2020, 2021));
    expect(valueOf(split.indicators[0]!.parts).ownChange).toBe(9);
  });

  it("gives a reason per indicator when a score is missing in one of the years", () => {
    const gappy = datasetOf(rows, {
      a: [2, 3, 4, null, 6, 10, 3, 9],
      b: [5, 4, 3, 3, 1, 1, 4, 2],
      c: [10, 12, 20, 30, 30, 60, 15, 50],
    });
    const result = runPipeline({ framework, dataset: gappy });
    const split = valueOf(decomposeScoreChange(result, "B", 2020, 2021));
    expect(reasonOf(split.indicators[0]!.parts)).toBe("score_missing");
    expect(split.indicators[0]!.parts.ok || split.indicators[0]!.parts.issues[0].year).toBe(2021);
    // D1 still has a score from b in both years, and its parts still sum
    const d1 = valueOf(split.aggregates.find((change) => change.aggregateId === "D1")!.parts);
    expect(Math.abs(d1.ownChange + d1.boundsMoved - d1.total)).toBeLessThanOrEqual(1e-12);
  });

  it("gives own_change_undefined where the score at the first year's bounds is outside the mean's domain", () => {
    // A's a falls from 2 to 1, below 2020's bounds 2..6: on 1..100 it scores (1 - 2)/4·99 + 1 = -23.75 there,
    // which a geometric mean does not accept; the 2020 and 2021 scores themselves are fine.
    const falling = datasetOf(rows, {
      a: [2, 1, 4, 8, 6, 10, 3, 9],
      b: [5, 4, 3, 3, 1, 1, 4, 2],
      c: [10, 12, 20, 30, 30, 60, 15, 50],
    });
    const result = runPipeline({
      framework,
      dataset: falling,
      settings: {
        normalise: { method: { method: "minmax", lower: 1, upper: 100 } },
        aggregate: { method: { method: "geometric" } },
      },
    });
    const split = valueOf(decomposeScoreChange(result, "A", 2020, 2021));
    expect(valueOf(split.indicators[0]!.parts).ownChange).toBe(-23.75 - 1);
    const d1 = split.aggregates.find((change) => change.aggregateId === "D1")!;
    expect(d1.fromScore).not.toBeNull();
    expect(d1.toScore).not.toBeNull();
    expect(reasonOf(d1.parts)).toBe("own_change_undefined");
    expect(
      valueOf(split.aggregates.find((change) => change.aggregateId === "D2")!.parts).total
    ).toBe(0);
  });

  it("gives reasons for a unit or year without results, a method other than min-max, and a run started after normalising", () => {
    const result = run();
    expect(reasonOf(decomposeScoreChange(result, "Z", 2020, 2021))).toBe(
      "unit_year_not_in_results"
    );
    expect(reasonOf(decomposeScoreChange(result, "A", 2020, 2030))).toBe(
      "unit_year_not_in_results"
    );
    expect(
      reasonOf(
        decomposeScoreChange(run({ normalise: { method: { method: "zscore" } } }), "A", 2020, 2021)
      )
    ).toBe("decomposition_needs_min_max");
    const normalisedStart = runPipeline({
      framework,
      dataset: result.stages.normalised!,
      settings: { start: "normalised" },
    });
    expect(reasonOf(decomposeScoreChange(normalisedStart, "A", 2020, 2021))).toBe(
      "decomposition_needs_values"
    );
  });
});
