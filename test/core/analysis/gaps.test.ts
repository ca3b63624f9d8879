import fc from "fast-check";
import { gapToRank, gapsOf, type Gap, type GapTarget } from "../../../src/core/analysis";
import type { Framework, Observation, Unit } from "../../../src/core/model";
import type { PipelineSettings } from "../../../src/core/model/methods";
import type { PipelineResult } from "../../../src/core/model/pipeline-result";
import { datasetFromObservations } from "../../../src/core/pipeline";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { asemRun } from "./analysis-fixtures";

/** The run again from its start stage with one raw value replaced: the whole pipeline, nothing reused. */
function rerunWith(
  result: PipelineResult,
  unitCode: string,
  indicatorId: string,
  value: number
): PipelineResult {
  const start = result.stages[result.settings.start ?? "raw"]!;
  const row = start.units.findIndex((unit) => unit.code === unitCode);
  const rowIndex = [...start.rowUnit].findIndex((unit) => unit === row);
  const columns = start.columns.map((column, index) => {
    if (start.columnIds[index] !== indicatorId) return column;
    const changed = Float64Array.from(column);
    changed[rowIndex] = value;
    return changed;
  });
  return runPipeline({
    framework: result.framework,
    dataset: { ...start, columns },
    settings: result.settings,
  });
}

function indexOf(result: PipelineResult, unitCode: string): number {
  const final = result.stages.aggregated!;
  const row = [...final.rowUnit].findIndex((unit) => final.units[unit]!.code === unitCode);
  return final.columns[final.columnIds.indexOf("INDEX")]![row]!;
}

function rankOf(result: PipelineResult, unitCode: string): number {
  const final = result.stages.aggregated!;
  const row = [...final.rowUnit].findIndex((unit) => final.units[unit]!.code === unitCode);
  return result.ranks.overall.INDEX![row]!;
}

/** The units ranked just above the unit: the lowest index above its own. */
function unitsJustAbove(result: PipelineResult, unitCode: string): string[] {
  const final = result.stages.aggregated!;
  const own = indexOf(result, unitCode);
  const indices = final.units.map((unit) => [unit.code, indexOf(result, unit.code)] as const);
  const next = Math.min(...indices.filter(([, value]) => value > own).map(([, value]) => value));
  return indices.filter(([, value]) => value === next).map(([code]) => code);
}

const passes = (result: PipelineResult, unitCode: string, targets: readonly string[]) =>
  targets.every((target) => indexOf(result, unitCode) > indexOf(result, target));

const framework: Framework = {
  aggregates: [
    { id: "INDEX", name: "Index", weight: 1 },
    { id: "A", name: "A", parentId: "INDEX", weight: 1 },
    { id: "B", name: "B", parentId: "INDEX", weight: 2 },
  ],
  indicators: [
    { id: "I1", name: "I1", parentId: "A", direction: 1, weight: 1 },
    { id: "I2", name: "I2", parentId: "A", direction: -1, weight: 2 },
    { id: "I3", name: "I3", parentId: "B", direction: 1, weight: 1 },
    { id: "I4", name: "I4", parentId: "B", direction: -1, weight: 1 },
  ],
};

function runOf(
  values: readonly (readonly (number | null)[])[],
  settings: PipelineSettings
): PipelineResult {
  const units: Unit[] = values.map((_, index) => ({ code: `U${index}`, name: `U${index}` }));
  const observations: Observation[] = values.flatMap((row, unitIndex) =>
    row.map((value, indicatorIndex) => ({
      unitCode: `U${unitIndex}`,
      year: 2023,
      indicatorId: `I${indicatorIndex + 1}`,
      value,
    }))
  );
  return runPipeline({
    framework,
    dataset: datasetFromObservations(framework, units, observations).value,
    settings,
  });
}

const methods: readonly PipelineSettings[] = [
  {},
  { normalise: { method: { method: "zscore" } } },
  {
    normalise: { method: { method: "minmax", lower: 1, upper: 100 } },
    aggregate: { method: { method: "geometric" } },
  },
  { normalise: { method: { method: "rank" } } },
  { impute: { method: "mean" }, treat: { method: "winsorise" } },
];

describe("the gap to the next rank", () => {
  it("by hand: min-max, one indicator, the bounds move when the unit becomes the best", () => {
    // One indicator: U0 10, U1 20, U2 30 -> scores 0, 50, 100. U1 passes U2 only by exceeding 30: then
    // U1 is the new maximum (100) and U2 falls below it. The gap is just above 30 - 20 = 10.
    const simple: Framework = {
      aggregates: [{ id: "INDEX", name: "Index", weight: 1 }],
      indicators: [{ id: "X", name: "X", parentId: "INDEX", direction: 1, weight: 1 }],
    };
    const units = ["U0", "U1", "U2"].map((code) => ({ code, name: code }));
    const observations = [10, 20, 30].map((value, index) => ({
      unitCode: `U${index}`,
      year: 2023,
      indicatorId: "X",
      value,
    }));
    const result = runPipeline({
      framework: simple,
      dataset: datasetFromObservations(simple, units, observations).value,
    });
    const gap = gapToRank(result, "U1", "X", { kind: "next-rank" });
    expect(gap.reachable).toBe(true);
    expect(gap.newValue).toBeGreaterThan(30);
    expect(gap.newValue).toBeCloseTo(30, 5);
    expect(gap.rawChange).toBeCloseTo(10, 5);
    expect(gap.percentChange).toBeCloseTo(50, 4);
    expect(gap.newRank).toBe(1);
    expect(gap.newIndex).toBe(100);
  });

  it("by hand: lower is better, the unit last of three, two indicators", () => {
    // X (higher better): U0 0, U1 5, U2 10. Y (lower better): U0 4, U1 2, U2 0. Scores X 0, 50, 100;
    // Y 0, 50, 100; indices 0, 50, 100.
    const pair: Framework = {
      aggregates: [{ id: "INDEX", name: "Index", weight: 1 }],
      indicators: [
        { id: "X", name: "X", parentId: "INDEX", direction: 1, weight: 1 },
        { id: "Y", name: "Y", parentId: "INDEX", direction: -1, weight: 1 },
      ],
    };
    const units = ["U0", "U1", "U2"].map((code) => ({ code, name: code }));
    const values: Record<string, number[]> = { X: [0, 5, 10], Y: [4, 2, 0] };
    const observations = Object.entries(values).flatMap(([indicatorId, column]) =>
      column.map((value, index) => ({ unitCode: `U${index}`, year: 2023, indicatorId, value }))
    );
    const result = runPipeline({
      framework: pair,
      dataset: datasetFromObservations(pair, units, observations).value,
    });
    // Lowering Y: while y > 2 U0 stays the worst (score 0). Below 2, U1 becomes the worst on Y (score
    // 0, index 25) and U0 scores (2 - y)/2·100 between U1 and U2: U0's index (2 - y)·25 passes 25 when
    // y < 1. The bounds moved: a fixed-bounds formula would have asked for y < 2.
    const gap = gapToRank(result, "U0", "Y", { kind: "next-rank" });
    expect(gap.reachable).toBe(true);
    expect(gap.newValue).toBeLessThan(1);
    expect(gap.newValue).toBeCloseTo(1, 6);
    expect(gap.rawChange).toBeCloseTo(-3, 6);
    expect(gap.percentChange).toBeCloseTo(-75, 4);
    expect(gap.newRank).toBe(2);
    const viaX = gapToRank(result, "U0", "X", { kind: "next-rank" });
    expect(viaX.reachable).toBe(true);
    const after = rerunWith(result, "U0", "X", viaX.newValue!);
    expect(indexOf(after, "U0")).toBeGreaterThan(indexOf(after, "U1"));
  });

  it("applied and re-run through the whole pipeline lifts the unit above the one ranked above it, and 99 % of it does not (random data and methods)", () => {
    const value = fc.oneof(
      // Values as measured, to two decimals.
      {
        weight: 9,
        arbitrary: fc.integer({ min: -100000, max: 100000 }).map((cents) => cents / 100),
      },
      { weight: 1, arbitrary: fc.constant(null) }
    );
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, value, value), { minLength: 3, maxLength: 9 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...methods),
        (rows, unitPick, indicatorNumber, settings) => {
          const result = runOf(rows, settings);
          const final = result.stages.aggregated!;
          const ranked = final.units.filter((unit) => !Number.isNaN(indexOf(result, unit.code)));
          const candidates = ranked.filter((unit) => rankOf(result, unit.code) > 1);
          fc.pre(candidates.length > 0);
          const unitCode = candidates[unitPick % candidates.length]!.code;
          const indicatorId = `I${indicatorNumber}`;
          const gap = gapToRank(result, unitCode, indicatorId, { kind: "next-rank" });
          const targets = unitsJustAbove(result, unitCode);
          if (gap.reason?.code === "any_improvement") {
            // Tied with the unit ahead: the smallest step the data can tell apart passes; no 99 % exists.
            expect(
              passes(rerunWith(result, unitCode, indicatorId, gap.newValue!), unitCode, targets)
            ).toBe(true);
            return;
          }
          if (!gap.reachable) {
            if (gap.reason?.code === "out_of_reach") {
              const end =
                framework.indicators.find((i) => i.id === indicatorId)!.direction === 1
                  ? gap.searched!.upper
                  : gap.searched!.lower;
              expect(passes(rerunWith(result, unitCode, indicatorId, end), unitCode, targets)).toBe(
                false
              );
            } else expect(gap.reason?.code).toBe("unit_value_missing");
            return;
          }
          const after = rerunWith(result, unitCode, indicatorId, gap.newValue!);
          expect(passes(after, unitCode, targets)).toBe(true);
          expect(rankOf(after, unitCode)).toBe(gap.newRank);
          const almost = rerunWith(
            result,
            unitCode,
            indicatorId,
            gap.currentValue! + 0.99 * gap.rawChange!
          );
          expect(passes(almost, unitCode, targets)).toBe(false);
          checked++;
        }
      ),
      { numRuns: 200, seed: 14 }
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("gives each ASEM indicator's gap for a unit in the middle, each exact when re-run", () => {
    const result = asemRun();
    const gaps = gapsOf(result, "ESP", { kind: "next-rank" });
    expect(gaps).toHaveLength(49);
    const reachable = gaps.filter((gap) => gap.reachable);
    expect(reachable.length).toBeGreaterThan(10);
    const targets = (() => {
      const final = result.stages.aggregated!;
      const column = final.columns[final.columnIds.indexOf("Index")]!;
      const own = column[final.units.findIndex((unit) => unit.code === "ESP")]!;
      const next = Math.min(...[...column].filter((value) => value > own));
      return final.units.filter((_, row) => column[row] === next).map((unit) => unit.code);
    })();
    const indexIn = (run: PipelineResult, code: string) => {
      const final = run.stages.aggregated!;
      return final.columns[final.columnIds.indexOf("Index")]![
        final.units.findIndex((unit) => unit.code === code)
      ]!;
    };
    for (const gap of reachable.slice(0, 8)) {
      const after = rerunWith(result, "ESP", gap.indicatorId, gap.newValue!);
      expect(targets.every((target) => indexIn(after, "ESP") > indexIn(after, target))).toBe(true);
      const almost = rerunWith(
        result,
        "ESP",
        gap.indicatorId,
        gap.currentValue! + 0.99 * gap.rawChange!
      );
      expect(targets.every((target) => indexIn(almost, "ESP") > indexIn(almost, target))).toBe(
        false
      );
    }
  });
});

describe("other targets", () => {
  const rows = [
    [10, 5, 10, 5],
    [11, 5, 11, 5],
    [12, 4, 12, 4],
    [13, 4, 13, 4],
    [30, 1, 30, 1],
  ];
  const result = runOf(rows, {});

  it("reaches a chosen rank: exact when re-run", () => {
    const target: GapTarget = { kind: "rank", rank: 3 };
    const gap: Gap = gapToRank(result, "U0", "I3", target);
    expect(rankOf(result, "U0")).toBe(5);
    expect(gap.reachable).toBe(true);
    expect(rankOf(rerunWith(result, "U0", "I3", gap.newValue!), "U0")).toBeLessThanOrEqual(3);
    expect(
      rankOf(rerunWith(result, "U0", "I3", gap.currentValue! + 0.99 * gap.rawChange!), "U0")
    ).toBeGreaterThan(2);
  });

  it("reaches the peers' median index: exact when re-run", () => {
    const peers = ["U1", "U2", "U3"];
    const gap = gapToRank(result, "U0", "I3", { kind: "peer-median", peers });
    expect(gap.reachable).toBe(true);
    const median = (run: PipelineResult) =>
      peers.map((code) => indexOf(run, code)).sort((a, b) => a - b)[1]!;
    const after = rerunWith(result, "U0", "I3", gap.newValue!);
    expect(indexOf(after, "U0")).toBeGreaterThan(median(after));
    const almost = rerunWith(result, "U0", "I3", gap.currentValue! + 0.99 * gap.rawChange!);
    expect(indexOf(almost, "U0")).toBeLessThanOrEqual(median(almost));
  });

  it("says when the target is already reached, when nobody is above, and when the rank does not exist", () => {
    const best = [...result.stages.aggregated!.units].find(
      (unit) => rankOf(result, unit.code) === 1
    )!.code;
    expect(gapToRank(result, best, "I1", { kind: "next-rank" }).reason?.code).toBe(
      "no_target_unit"
    );
    expect(gapToRank(result, "U0", "I1", { kind: "rank", rank: 5 }).reason?.code).toBe(
      "target_already_reached"
    );
    expect(gapToRank(result, "U0", "I1", { kind: "rank", rank: 9 }).reason?.code).toBe(
      "target_rank_invalid"
    );
    expect(gapToRank(result, "U0", "NOPE", { kind: "next-rank" }).reason?.code).toBe(
      "indicator_not_scored"
    );
  });
});
