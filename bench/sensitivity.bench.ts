// The uncertainty and sensitivity analysis (issue 16): its three targets, in core (analyseSensitivity in
// this process, the median of three after a warm-up) and as processes (`node bin/veikart.js sensitivity
// ...`, wall time from spawn to exit, the median of three), each also in processor time (user + system;
// for a process from /usr/bin/time), since the machine is shared and wall time includes the waiting. The
// ratios are to COINr's get_sensitivity as issue 16 measured it on this machine: 100 replications of ASEM
// in 6.1 s, a Sobol analysis of 250 runs in 12.4 s, scaled to the same number of runs (COINr runs its
// pipeline once per run). Then whether worker threads would help: the same replications in one thread,
// and split over two workers (each running half of them, with its own seed): a bound on what any split
// of one analysis could gain on this machine, since merging the halves is left out.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { pipelineSettingsOf } from "../src/core/benchmark";
import { datasetFromObservations } from "../src/core/data/observations";
import { analyseSensitivity, type SensitivityRequest } from "../src/core/sensitivity";
import { defaultMethodValues, workbookSheetsOf } from "../src/core/template";
import { readVariedInputs } from "../src/core/validate";
import { packageOfSheets } from "../src/node/template-workbook";
import { printTable } from "./measure";
import { nationalDataSet, nationalYears } from "./national-data";
import { asemFiles, asemRequest, type AsemRequestOptions } from "./sensitivity-asem";

const root = join(__dirname, "..", "..");
const coinr = {
  uncertainty: { seconds: 6.1, runs: 100 },
  sobol: { seconds: 12.4, runs: 250 },
} as const;

/** The ASEM targets: the inputs, runs and goal of each. */
const uncertaintyVary = "normalise=minmax,zscore,rank; aggregate=arithmetic,geometric; weights=25%";
const asemCases: readonly (AsemRequestOptions & {
  readonly name: string;
  readonly goal: number;
  readonly coinr: { readonly seconds: number; readonly runs: number };
})[] = [
  {
    name: "uncertainty, ASEM, 1,000 runs (normalise x aggregate x weights ±25 %)",
    vary: uncertaintyVary,
    samples: 1000,
    goal: 500,
    coinr: coinr.uncertainty,
  },
  {
    name: "Sobol, ASEM, base sample 1,000, 3 inputs (5,000 runs)",
    vary: uncertaintyVary,
    samples: 5000,
    goal: 3000,
    coinr: coinr.sobol,
  },
];

/** The national set of one year: 372 units, the catalogue's indicators. */
function nationalOneYear() {
  const national = nationalDataSet();
  const year = nationalYears[nationalYears.length - 1] as number;
  return {
    ...national,
    year,
    observations: national.observations.filter((observation) => observation.year === year),
  };
}

/** The analysis a workbook gets from a Metode sheet at its defaults. */
function nationalRequest(national: ReturnType<typeof nationalOneYear>): SensitivityRequest {
  const inputs = readVariedInputs(defaultMethodValues.sensitivityInputs).inputs;
  return {
    framework: national.framework,
    dataset: datasetFromObservations(national.framework, national.units, national.observations)
      .value,
    settings: pipelineSettingsOf(defaultMethodValues),
    year: national.year,
    inputs,
    samples: defaultMethodValues.sensitivityReplications,
    seed: defaultMethodValues.sensitivitySeed,
    sobol: inputs.length >= 2,
  };
}

const environment = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== "NODE_EXTRA_CA_CERTS")
);

interface Timing {
  /** Wall time, the median of three. */
  readonly milliseconds: number;
  /** Processor time (user + system), the median of three: what the run costs on a machine shared by others. */
  readonly cpuMilliseconds: number;
}

const medianOf = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** `node bin/veikart.js <args>` three times under /usr/bin/time: wall and processor time, exit codes. */
function processTiming(args: readonly string[]): Timing & { exit: string } {
  const walls: number[] = [];
  const cpus: number[] = [];
  const exits = new Set<number | null>();
  for (let repetition = 0; repetition < 3; repetition++) {
    const start = performance.now();
    const result = spawnSync(
      "/usr/bin/time",
      ["-f", "%U %S", process.execPath, join(root, "bin", "veikart.js"), ...args],
      { env: environment, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" }
    );
    walls.push(performance.now() - start);
    const [user, system] = (result.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
    cpus.push(((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000);
    exits.add(result.status);
  }
  return {
    milliseconds: medianOf(walls),
    cpuMilliseconds: medianOf(cpus),
    exit: [...exits].join(" "),
  };
}

/** `work` in this process three times after a warm-up: wall and processor time. */
function coreTiming(work: () => unknown): Timing {
  work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let repetition = 0; repetition < 3; repetition++) {
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    work();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    cpus.push((used.user + used.system) / 1000);
  }
  return { milliseconds: medianOf(walls), cpuMilliseconds: medianOf(cpus) };
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);

/** The wall and processor time of `work`, every thread of the process included. */
async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpuBefore);
  return {
    milliseconds: performance.now() - start,
    cpuMilliseconds: (used.user + used.system) / 1000,
  };
}

/** Runs `work` in `count` workers at once; the wall time until the last has finished. */
async function inWorkers(count: number, data: (worker: number) => unknown): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from(
      { length: count },
      (_, worker) =>
        new Promise<void>((resolve, reject) => {
          const thread = new Worker(join(__dirname, "sensitivity-worker.js"), {
            workerData: data(worker),
          });
          thread.once("message", () => resolve());
          thread.once("error", reject);
        })
    )
  );
  return performance.now() - start;
}

/** A row of the table: the analysis, its mode and runs, the goal, core and process timings, COINr. */
function timingRow(
  name: string,
  result: { mode: string; runs: number },
  goal: number,
  core: Timing,
  run: Timing & { exit: string },
  coinrMilliseconds: number | undefined
): string[] {
  const met = (milliseconds: number) => (milliseconds <= goal ? "yes" : "no");
  return [
    name,
    `${result.mode} ${result.runs}`,
    String(goal),
    core.milliseconds.toFixed(0),
    core.cpuMilliseconds.toFixed(0),
    run.milliseconds.toFixed(0),
    run.cpuMilliseconds.toFixed(0),
    `${met(run.milliseconds)} / ${met(run.cpuMilliseconds)}`,
    run.exit,
    coinrMilliseconds === undefined ? "" : seconds(coinrMilliseconds),
    coinrMilliseconds === undefined ? "" : (coinrMilliseconds / run.milliseconds).toFixed(0),
  ];
}

export async function sensitivityBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "veikart-sensitivity-bench-"));
  const national = nationalOneYear();
  const nationalWorkbook = join(folder, "national-one-year.xlsx");
  writeFileSync(nationalWorkbook, packageOfSheets(workbookSheetsOf(national)).toBuffer());
  const files = asemFiles(root);
  const rows: string[][] = [];
  for (const target of asemCases) {
    const request = asemRequest(files, target);
    const result = analyseSensitivity(request);
    const run = processTiming([
      "sensitivity",
      "--data",
      files.data,
      "--meta",
      files.meta,
      ...target.vary.split("; ").flatMap((variation) => ["--vary", variation]),
      "--samples",
      String(target.samples),
      "--json",
    ]);
    const coinrMilliseconds = ((target.coinr.seconds * 1000) / target.coinr.runs) * result.runs;
    rows.push(
      timingRow(
        target.name,
        result,
        target.goal,
        coreTiming(() => analyseSensitivity(request)),
        run,
        coinrMilliseconds
      )
    );
  }
  const nationalAnalysis = nationalRequest(national);
  rows.push(
    timingRow(
      `national workbook, ${national.units.length} units, ${national.year} only (Metode defaults: ${defaultMethodValues.sensitivityInputs})`,
      analyseSensitivity(nationalAnalysis),
      3000,
      coreTiming(() => analyseSensitivity(nationalAnalysis)),
      processTiming(["sensitivity", nationalWorkbook, "--json"]),
      undefined
    )
  );
  printTable(
    "Uncertainty and sensitivity analysis (issue 16): goals as processes; wall and processor (cpu) ms, median of 3; COINr's get_sensitivity scaled to the same runs",
    [
      "analysis",
      "mode runs",
      "goal ms",
      "core ms",
      "core cpu",
      "process ms",
      "process cpu",
      "met wall / cpu",
      "exit",
      "COINr s",
      "COINr / process",
    ],
    rows
  );

  // Worker threads: one thread against two workers each doing half, on each ASEM target. The processor
  // time is the whole process's, every thread included.
  const workerRows: string[][] = [];
  for (const target of asemCases) {
    const timings = {
      oneThread: [] as Timing[],
      oneWorker: [] as Timing[],
      twoWorkers: [] as Timing[],
    };
    for (let repetition = 0; repetition < 3; repetition++) {
      timings.oneThread.push(
        await timed(async () => analyseSensitivity(asemRequest(files, target)))
      );
      timings.oneWorker.push(await timed(() => inWorkers(1, () => ({ files, options: target }))));
      timings.twoWorkers.push(
        await timed(() =>
          inWorkers(2, (worker) => ({
            files,
            options: { ...target, samples: target.samples / 2, seed: 1 + worker },
          }))
        )
      );
    }
    const [oneThread, oneWorker, twoWorkers] = [
      timings.oneThread,
      timings.oneWorker,
      timings.twoWorkers,
    ].map((list) => ({
      milliseconds: medianOf(list.map((timing) => timing.milliseconds)),
      cpuMilliseconds: medianOf(list.map((timing) => timing.cpuMilliseconds)),
    })) as [Timing, Timing, Timing];
    workerRows.push([
      target.name,
      `${oneThread.milliseconds.toFixed(0)} (${oneThread.cpuMilliseconds.toFixed(0)})`,
      `${oneWorker.milliseconds.toFixed(0)} (${oneWorker.cpuMilliseconds.toFixed(0)})`,
      `${twoWorkers.milliseconds.toFixed(0)} (${twoWorkers.cpuMilliseconds.toFixed(0)})`,
      (twoWorkers.milliseconds / oneThread.milliseconds).toFixed(2),
    ]);
  }
  printTable(
    `Worker threads: wall ms (cpu ms), median of 3, each run reading ASEM itself; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
    [
      "analysis",
      "one thread",
      "one worker, all runs",
      "two workers, half each",
      "two workers / one thread",
    ],
    workerRows
  );
  rmSync(folder, { recursive: true, force: true });
}
