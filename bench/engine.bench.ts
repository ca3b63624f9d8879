// The scoring engine's benchmark: COINr's S1 pipeline on the ASEM data replicated to 510, 2,040 and 8,160
// units (49 indicators), and the national synthetic data set (372 units, 30 indicators, 16 years).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetFromCoinrData } from "../src/core/data/coinr-data";
import { frameworkFromCoinrMeta } from "../src/core/data/coinr-meta";
import { datasetFromObservations } from "../src/core/data/observations";
import type { Dataset } from "../src/core/model/dataset";
import type { Unit } from "../src/core/model/units";
import { runPipeline } from "../src/core/pipeline/run-pipeline";
import { parseCsv } from "../src/node/csv";
import { measure, printTable } from "./measure";
import { nationalDataSet } from "./national-data";

const fixtures = join(__dirname, "..", "..", "test", "fixtures", "coinr");

/** The ASEM dataset with every unit copied `copies` times (codes suffixed), columns repeated. */
function replicated(dataset: Dataset, copies: number): Dataset {
  const units: Unit[] = [];
  for (let copy = 0; copy < copies; copy++)
    for (const unit of dataset.units) units.push({ ...unit, code: `${unit.code}-${copy}` });
  const rows = dataset.rowUnit.length;
  const repeat = <Values extends Int32Array | Float64Array>(
    values: Values,
    make: (length: number) => Values,
    offset: number
  ) => {
    const result = make(rows * copies);
    for (let copy = 0; copy < copies; copy++)
      for (let row = 0; row < rows; row++)
        result[copy * rows + row] = (values[row] as number) + copy * offset;
    return result;
  };
  const denominators: Record<string, Float64Array> = {};
  for (const [name, column] of Object.entries(dataset.denominators))
    denominators[name] = repeat(column, (length) => new Float64Array(length), 0);
  return {
    units,
    rowUnit: repeat(dataset.rowUnit, (length) => new Int32Array(length), dataset.units.length),
    rowYear: repeat(dataset.rowYear, (length) => new Int32Array(length), 0),
    hasTime: dataset.hasTime,
    columnIds: dataset.columnIds,
    columns: dataset.columns.map((column) =>
      repeat(column, (length) => new Float64Array(length), 0)
    ),
    denominators,
  };
}

const milliseconds = (value: number) => value.toFixed(1);

/**
 * Warms the JIT up, then returns measure()'s wall time and heap growth together with the median CPU time of
 * as many runs (process.cpuUsage: steadier than wall time on a machine shared with other work).
 */
function timed(work: () => unknown, repetitions: number) {
  for (let warmUp = 0; warmUp < 5; warmUp++) work();
  const wall = measure(work, repetitions);
  const cpuTimes: number[] = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  cpuTimes.sort((a, b) => a - b);
  return { ...wall, cpuMilliseconds: cpuTimes[Math.floor(cpuTimes.length / 2)] ?? Number.NaN };
}

export function engineBenchmark(): void {
  const meta = frameworkFromCoinrMeta(
    parseCsv(readFileSync(join(fixtures, "ASEM_iMeta.csv"), "utf8"))
  ).value;
  const asem = datasetFromCoinrData(
    parseCsv(readFileSync(join(fixtures, "ASEM_iData.csv"), "utf8")),
    meta.framework,
    meta
  ).value;
  const rows: string[][] = [];
  let baseline = 0;
  for (const copies of [10, 40, 160]) {
    const dataset = replicated(asem, copies);
    const units = dataset.rowUnit.length;
    const result = timed(() => runPipeline({ framework: meta.framework, dataset }), 15);
    if (copies === 10) baseline = result.milliseconds / units;
    // µs/unit falling or flat as units grow = linear (or better, as fixed costs spread) growth.
    const perUnit = result.milliseconds / units;
    rows.push([
      String(units),
      String(dataset.columnIds.length),
      milliseconds(result.milliseconds),
      milliseconds(result.cpuMilliseconds),
      result.heapMegabytes.toFixed(1),
      (perUnit * 1000).toFixed(2),
      (perUnit / baseline).toFixed(2),
    ]);
  }
  printTable(
    "S1 (min-max 0..100, arithmetic mean, ranks) on ASEM replicated; target < 60 ms at 8,160 units",
    ["units", "indicators", "engine ms", "cpu ms", "heap MB", "µs/unit", "vs 510"],
    rows
  );

  const national = nationalDataSet();
  const settings = {
    impute: { method: "mean" as const },
    normalise: { method: { method: "minmax" as const }, scope: { pooled: false } },
  };
  const loaded = timed(
    () => datasetFromObservations(national.framework, national.units, national.observations),
    5
  );
  const dataset = datasetFromObservations(
    national.framework,
    national.units,
    national.observations
  ).value;
  const scored = timed(() => runPipeline({ framework: national.framework, dataset, settings }), 15);
  const rowCount = dataset.rowUnit.length;
  printTable(
    "National synthetic set: impute (mean per year), min-max per year, arithmetic mean, ranks (overall and peer group); target < 150 ms",
    [
      "units",
      "years",
      "rows",
      "observations",
      "load ms",
      "engine ms",
      "cpu ms",
      "heap MB",
      "µs/row",
    ],
    [
      [
        String(national.units.length),
        String(new Set(dataset.rowYear).size),
        String(rowCount),
        String(national.observations.length),
        milliseconds(loaded.milliseconds),
        milliseconds(scored.milliseconds),
        milliseconds(scored.cpuMilliseconds),
        scored.heapMegabytes.toFixed(1),
        ((scored.milliseconds / rowCount) * 1000).toFixed(2),
      ],
    ]
  );
}
