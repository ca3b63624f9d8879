// The uncertainty and sensitivity analysis of the index: the one entry point of the command line and the
// pane. It plans the replications (every combination once when that is no more than the replications
// asked for, else the Saltelli design or plain sampling from the seed), runs them on the replication
// engine, and sums them up per unit (uncertainty.ts) and per varied input (Sobol indices, sobol.ts).
import type { Dataset } from "../model/dataset";
import type { Framework } from "../model/framework";
import type { Issue } from "../model/issue";
import type { PipelineSettings } from "../model/methods";
import { sensitivitySampleLimits } from "../template/method-settings";
import { replicationEngine, type ReplicationEngine, type ReplicationSetting } from "./replications";
import { alternativeAt, createUniformSource } from "./seeded-random";
import { reportSensitivityIssue } from "./sensitivity-issues";
import {
  gridCombination,
  gridIndices,
  gridSize,
  inputColumns,
  saltelliDesign,
  sobolIndices,
  type DesignInput,
  type GridInput,
  type SaltelliDesign,
  type SobolIndex,
} from "./sobol";
import {
  meanAbsoluteRankShift,
  unitUncertainties,
  type ReplicationTable,
  type UnitUncertainty,
} from "./uncertainty";
import type { ChoiceInput, VariedInput } from "./varied-inputs";

export interface SensitivityRequest {
  readonly framework: Framework;
  readonly dataset: Dataset;
  /** The nominal method: what the ranking is reported with. */
  readonly settings: PipelineSettings;
  /** The year analysed; absent: the latest. */
  readonly year?: number;
  readonly inputs: readonly VariedInput[];
  /** The replications to run at most (sensitivitySampleLimits); 1,000 by default in the Metode sheet. */
  readonly samples: number;
  readonly seed: number;
  /** Also the Sobol indices of the varied inputs. */
  readonly sobol: boolean;
}

/** One combination of the alternatives, run once in exhaustive mode. */
export interface SensitivityCombination {
  /** Each discrete input's alternative: `{ normalise: "zscore", impute: "mean" }`. */
  readonly settings: Readonly<Record<string, string>>;
  readonly index: Readonly<Record<string, number | null>>;
  readonly ranks: Readonly<Record<string, number | null>>;
}

export interface SensitivityResult {
  /** Every combination once, or a sample of settings drawn from the seed. */
  readonly mode: "exhaustive" | "sampled";
  readonly runs: number;
  readonly year: number;
  readonly inputs: readonly VariedInput[];
  /** Present in exhaustive mode, in the order of the grid (the last input changing fastest). */
  readonly combinations?: readonly SensitivityCombination[];
  readonly units: readonly UnitUncertainty[];
  /** Per varied input, the Sobol indices of the mean absolute rank shift; empty when not asked for. */
  readonly sensitivity: readonly SobolIndex[];
  /** What the analysis met: nothing varied, an input that cannot vary, replications out of range, ... */
  readonly issues: readonly Issue[];
}

export interface AnalysisProgress {
  /** Called at each pause with how many replications are done of how many, and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cancels the analysis: the promise rejects with SensitivityCancelledError. */
  readonly signal?: AbortSignal;
  /** How long it computes between two pauses for the event loop (default 30 ms; 0: after every run). */
  readonly pauseEveryMilliseconds?: number;
}

/** The analysis was cancelled through its AbortSignal. */
export class SensitivityCancelledError extends Error {
  override readonly name = "SensitivityCancelledError";
  constructor() {
    super("The sensitivity analysis was cancelled.");
  }
}

/** The replications planned: the settings to run and how their outputs give the Sobol indices. */
interface Plan {
  readonly mode: SensitivityResult["mode"];
  readonly runs: number;
  readonly settingAt: (run: number) => ReplicationSetting;
  /** An earlier run of the same setting as `setting` (run `run`'s), whose outcome it repeats; undefined when none. */
  readonly earlierRunLike: (run: number, setting: ReplicationSetting) => number | undefined;
  readonly sensitivityOf: (outputs: Float64Array) => readonly SobolIndex[];
}

/**
 * Computing time between two pauses of analyseSensitivityInSteps: short enough for the pane to answer a
 * click at once, long enough that the pauses (at least 4 ms each in a browser's nested timers) cost little.
 */
const defaultPauseMilliseconds = 30;

/** The replications asked for within the limits, with an issue when they were not. */
function samplesWithin(samples: number, issues: Issue[]): number {
  const { minimum, maximum } = sensitivitySampleLimits;
  if (Number.isInteger(samples) && samples >= minimum && samples <= maximum) return samples;
  issues.push(reportSensitivityIssue("samples_out_of_range", { samples, minimum, maximum }));
  return Number.isNaN(samples)
    ? minimum
    : Math.min(maximum, Math.max(minimum, Math.round(samples)));
}

const isChoice = (input: VariedInput): input is ChoiceInput => input.kind === "choice";

/** The discrete inputs as a full grid: each with its number of alternatives. */
const gridOf = (engine: ReplicationEngine): GridInput[] =>
  engine.choiceInputs.map((input) => ({ name: input.name, levels: input.alternatives.length }));

function exhaustivePlan(grid: readonly GridInput[], request: SensitivityRequest): Plan {
  return {
    mode: "exhaustive",
    runs: gridSize(grid),
    settingAt: (run) => ({ choices: gridCombination(grid, run) }),
    earlierRunLike: () => undefined,
    sensitivityOf: (outputs) =>
      request.sobol && grid.length > 0 ? gridIndices(grid, outputs).indices : [],
  };
}

/** The setting a row of uniforms gives: each input's block in the order of `inputs`. */
function settingOfRow(
  inputs: readonly VariedInput[],
  blockOf: (inputIndex: number) => Float64Array
): ReplicationSetting {
  const choices: number[] = [];
  let weightFactors: Float64Array | undefined;
  inputs.forEach((input, inputIndex) => {
    const block = blockOf(inputIndex);
    if (input.kind === "choice")
      choices.push(alternativeAt(block[0] as number, input.alternatives.length));
    else weightFactors = block.map((uniform) => 1 - input.noise + 2 * input.noise * uniform);
  });
  return weightFactors === undefined ? { choices } : { choices, weightFactors };
}

function sameSetting(first: ReplicationSetting, second: ReplicationSetting): boolean {
  const [firstFactors, secondFactors] = [first.weightFactors, second.weightFactors];
  return (
    first.choices.length === second.choices.length &&
    first.choices.every((choice, position) => choice === second.choices[position]) &&
    (firstFactors === undefined
      ? secondFactors === undefined
      : secondFactors !== undefined &&
        firstFactors.length === secondFactors.length &&
        firstFactors.every((factor, position) => factor === secondFactors[position]))
  );
}

function designInputsOf(inputs: readonly VariedInput[], weightCount: number): DesignInput[] {
  return inputs.map((input) => ({
    name: input.name,
    columns: input.kind === "choice" ? 1 : weightCount,
  }));
}

function saltelliPlan(
  engine: ReplicationEngine,
  request: SensitivityRequest,
  baseSamples: number
): Plan {
  const design: SaltelliDesign = saltelliDesign(
    designInputsOf(request.inputs, engine.weightCount),
    baseSamples,
    request.seed
  );
  const settingAt = (run: number) =>
    settingOfRow(request.inputs, (inputIndex) => inputColumns(design, run, inputIndex));
  const n = design.baseSamples;
  return {
    mode: "sampled",
    runs: design.rowCount,
    settingAt,
    // A row of A_B^(i) is A's row with input i's block from B: the same setting as A's row when both
    // blocks pick the same alternative, as B's row when every other input picks B's (a third of the rows
    // of each discrete input with three alternatives).
    earlierRunLike: (run, setting) => {
      if (run < 2 * n) return undefined;
      const row = run % n;
      return [row, n + row].find((candidate) => sameSetting(settingAt(candidate), setting));
    },
    sensitivityOf: (outputs) => sobolIndices(outputs, design, { seed: request.seed }).indices,
  };
}

/** Plain Monte Carlo from the seed: each run's uniforms, input by input, in order. */
function randomPlan(engine: ReplicationEngine, request: SensitivityRequest, runs: number): Plan {
  const inputs = designInputsOf(request.inputs, engine.weightCount);
  const columns = inputs.reduce((count, input) => count + input.columns, 0);
  const uniforms = createUniformSource(request.seed).fill(new Float64Array(runs * columns));
  const firstColumns = inputs.map((_, index) =>
    inputs.slice(0, index).reduce((count, input) => count + input.columns, 0)
  );
  return {
    mode: "sampled",
    runs,
    settingAt: (run) =>
      settingOfRow(request.inputs, (inputIndex) => {
        const start = run * columns + (firstColumns[inputIndex] as number);
        return uniforms.subarray(start, start + (inputs[inputIndex] as DesignInput).columns);
      }),
    earlierRunLike: () => undefined,
    sensitivityOf: () => [],
  };
}

/** Every combination once when all inputs are discrete and they are no more than the samples. */
function planOf(engine: ReplicationEngine, request: SensitivityRequest, samples: number): Plan {
  const allDiscrete = request.inputs.every(isChoice);
  const grid = gridOf(engine);
  if (allDiscrete && gridSize(grid) <= samples) return exhaustivePlan(grid, request);
  const baseSamples = Math.floor(samples / (request.inputs.length + 2));
  return request.sobol && baseSamples >= 2
    ? saltelliPlan(engine, request, baseSamples)
    : randomPlan(engine, request, samples);
}

function inputIssues(inputs: readonly VariedInput[]): Issue[] {
  if (inputs.length === 0) return [reportSensitivityIssue("no_input_varied", {})];
  return inputs
    .filter((input) => input.kind === "choice" && input.alternatives.length < 2)
    .map((input) => reportSensitivityIssue("single_alternative", { input: input.name }));
}

const byUnit = (codes: readonly string[], values: Float64Array) =>
  Object.fromEntries(
    codes.map((code, unit) => {
      const value = values[unit] as number;
      return [code, Number.isNaN(value) ? null : value];
    })
  );

/**
 * The analysis as a generator that yields the runs done and planned after each run but the last, so that
 * the synchronous and the stepwise entry points share every line.
 */
function* analysisSteps(
  request: SensitivityRequest
): Generator<[number, number], SensitivityResult> {
  const issues = inputIssues(request.inputs);
  const samples = samplesWithin(request.samples, issues);
  const engine = replicationEngine(request);
  if (engine.unitCodes.length === 0)
    issues.push(reportSensitivityIssue("year_without_units", { year: engine.year }));
  const plan = planOf(engine, request, samples);
  const units = engine.unitCodes.length;
  const table: ReplicationTable = {
    runs: plan.runs,
    units,
    index: new Float64Array(plan.runs * units),
    ranks: new Float64Array(plan.runs * units),
  };
  const outputs = new Float64Array(plan.runs);
  const combinations: SensitivityCombination[] = [];
  for (let run = 0; run < plan.runs; run++) {
    const setting = plan.settingAt(run);
    const earlier = plan.earlierRunLike(run, setting);
    const outcome =
      earlier === undefined
        ? engine.run(setting)
        : {
            index: table.index.subarray(earlier * units, (earlier + 1) * units),
            ranks: table.ranks.subarray(earlier * units, (earlier + 1) * units),
          };
    table.index.set(outcome.index, run * units);
    table.ranks.set(outcome.ranks, run * units);
    outputs[run] = meanAbsoluteRankShift(outcome.ranks, engine.nominal.ranks);
    if (plan.mode === "exhaustive")
      combinations.push({
        settings: Object.fromEntries(
          engine.choiceInputs.map((input, position) => [
            input.name,
            input.alternatives[setting.choices[position] as number]?.label ?? "",
          ])
        ),
        index: byUnit(engine.unitCodes, outcome.index),
        ranks: byUnit(engine.unitCodes, outcome.ranks),
      });
    if (run + 1 < plan.runs) yield [run + 1, plan.runs];
  }

  let sensitivity: readonly SobolIndex[] = [];
  const unranked = outputs.findIndex((output) => !Number.isFinite(output));
  if (unranked < 0 && request.inputs.length > 0) sensitivity = plan.sensitivityOf(outputs);
  else if (unranked >= 0 && request.sobol && engine.unitCodes.length > 0)
    issues.push(reportSensitivityIssue("replication_without_ranks", { run: unranked + 1 }));

  return {
    mode: plan.mode,
    runs: plan.runs,
    year: engine.year,
    inputs: request.inputs,
    ...(plan.mode === "exhaustive" ? { combinations } : {}),
    units: unitUncertainties(engine.unitCodes, engine.nominal, table),
    sensitivity,
    issues,
  };
}

/** The analysis in one go: for the command line and the tests. */
export function analyseSensitivity(request: SensitivityRequest): SensitivityResult {
  const steps = analysisSteps(request);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new SensitivityCancelledError();
}

/**
 * The analysis in chunks of replications, pausing for the event loop between them so that the pane stays
 * responsive: `onProgress(done, total)` at each pause and at the end; an aborted `signal` stops it with
 * SensitivityCancelledError.
 */
export async function analyseSensitivityInSteps(
  request: SensitivityRequest,
  { onProgress, signal, pauseEveryMilliseconds = defaultPauseMilliseconds }: AnalysisProgress = {}
): Promise<SensitivityResult> {
  stopIfAborted(signal);
  const steps = analysisSteps(request);
  let lastPause = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) {
      onProgress?.(step.value.runs, step.value.runs);
      return step.value;
    }
    if (Date.now() - lastPause >= pauseEveryMilliseconds) {
      onProgress?.(...step.value);
      await nextTurn();
      stopIfAborted(signal);
      lastPause = Date.now();
    }
  }
}
