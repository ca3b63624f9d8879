// The analysis of a unit on the national set (372 units, 30 indicators, 16 years, the Metode defaults):
// contributions, strengths and weaknesses, and the gap to the next rank for every indicator.
import { performance } from "node:perf_hooks";
import { contributionsOf, gapsOf, strengthsAndWeaknesses } from "../src/core/analysis";
import { benchmarkWorkbook } from "../src/core/benchmark";
import type { PipelineResult } from "../src/core/model/pipeline-result";
import { defaultMethodValues } from "../src/core/template";
import { measure, printTable } from "./measure";
import { nationalDataSet } from "./national-data";

function analyse(result: PipelineResult, unitCode: string): number {
  const contributions = contributionsOf(result, unitCode);
  const strengths = strengthsAndWeaknesses(result, unitCode);
  const gaps = gapsOf(result, unitCode, { kind: "next-rank" });
  return (contributions.decomposition === "none" ? 0 : 1) + (strengths.ok ? 1 : 0) + gaps.length;
}

export function analysisBenchmark(): void {
  const national = nationalDataSet();
  const run = benchmarkWorkbook({
    ...national,
    observationRows: [],
    settings: defaultMethodValues,
  });
  const result = run.pipeline;
  if (result === null) throw new Error("the national set did not score");
  const units = run.units.map((unit) => unit.code);
  const middle = units[Math.floor(units.length / 2)] ?? "";
  const one = measure(() => analyse(result, middle), 10);
  const cpuBefore = process.cpuUsage();
  for (let repetition = 0; repetition < 10; repetition++) analyse(result, middle);
  const cpuUsed = process.cpuUsage(cpuBefore);
  const oneCpu = (cpuUsed.user + cpuUsed.system) / 1000 / 10;
  let slowest = { unitCode: "", milliseconds: 0 };
  const cpuAllBefore = process.cpuUsage();
  const startAll = performance.now();
  let gapCount = 0;
  for (const unitCode of units) {
    const start = performance.now();
    gapCount += analyse(result, unitCode);
    const elapsed = performance.now() - start;
    if (elapsed > slowest.milliseconds) slowest = { unitCode, milliseconds: elapsed };
  }
  const all = performance.now() - startAll;
  const cpuAll = process.cpuUsage(cpuAllBefore);
  printTable(
    `Analysis of one unit and of all ${units.length} units, year ${run.year} (targets: one unit < 50 ms, all < 2 s)`,
    ["what", "wall ms", "CPU ms", "heap MB", "note"],
    [
      [
        `one unit (${middle})`,
        one.milliseconds.toFixed(1),
        oneCpu.toFixed(1),
        one.heapMegabytes.toFixed(1),
        "wall: median of 10; CPU: mean of 10",
      ],
      [
        `all ${units.length} units, once`,
        all.toFixed(0),
        ((cpuAll.user + cpuAll.system) / 1000).toFixed(0),
        "",
        `${gapCount} results`,
      ],
      [`slowest unit (${slowest.unitCode})`, slowest.milliseconds.toFixed(1), "", "", ""],
    ]
  );
}
