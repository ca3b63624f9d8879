// veikart sensitivity: how sure a rank is. The uncertainty and sensitivity analysis of the index (issue 16)
// on COINr's input format or on a workbook, printed as tables or as JSON.
import { messageIn } from "../../core/issues";
import type { Language } from "../../core/language";
import type { PipelineInput } from "../../core/pipeline";
import {
  analyseSensitivity,
  type SensitivityRequest,
  variedInputNames,
  type VariedInput,
} from "../../core/sensitivity";
import { defaultMethodValues, methodSettingOf, type MethodSettingKey } from "../../core/template";
import type { MethodValues } from "../../core/validate";
import { readVariedInputs } from "../../core/validate/read-varied-inputs";
import { UsageError, type Command, type CommandIo } from "../command";
import {
  methodOverrides,
  parseArguments,
  yearOption,
  type ParsedArguments,
} from "../command-arguments";
import { progressOn } from "../progress";
import { maxSizeOption } from "../read-limits";
import { sensitivityJson, sensitivityText } from "../sensitivity-report";
import { coinFlags, coinInput, coinOptionsFrom, coinValued } from "./coin";

/** The numbers a whole-number Metode setting accepts: its option on the command line accepts the same. */
function wholeNumberRange(key: MethodSettingKey): { minimum: number; maximum: number } {
  const kind = methodSettingOf(key)?.kind;
  if (kind?.type !== "whole number") throw new Error(`${key} is not a whole-number setting`);
  return kind;
}

const sampleRange = wholeNumberRange("sensitivityReplications");
const seedRange = wholeNumberRange("sensitivitySeed");

const help = `veikart sensitivity --data <iData.csv> --meta <iMeta.csv> [coin options] [--vary <input>=<alternatives> ...]
                    [--samples N] [--seed S] [--year Y] [--json]
veikart sensitivity <workbook.xlsx> [--vary <input>=<alternatives> ...] [--samples N] [--seed S]
                    [--year Y] [--method <setting>=<value> ...] [--force] [--json]

How sure a rank is. The index is computed again under other reasonable choices of the method, and for
each unit the command prints its nominal rank, the median rank over the runs, the 5 and 95 % ranks,
the best and worst rank, and the share of the runs in which it keeps its nominal rank or a better one.
Rank 1 is the highest index; ties share the best rank; a unit without an index has no rank. With two
or more inputs varied it also prints each input's first-order and total Sobol index of the mean
absolute rank shift, with 95 % bootstrap intervals (docs/method.md).

When every input varied is a set of alternatives and their combinations are no more than --samples,
every combination is run once (with --json each combination's index and ranks are printed);
otherwise --samples runs are drawn from the seed, with the Saltelli design when two or more inputs vary.

On COINr's format the nominal method is the one the options of veikart coin ask for (default min-max,
arithmetic mean; see veikart coin --help). On a workbook it is the Metode sheet's, as for veikart
benchmark, and the Metode sheet's Robusthetsanalyse settings give the defaults of --vary, --samples and
--seed; the options replace them for this run (the workbook is not changed). Robusthetsanalyse = av
turns the analysis off in veikart benchmark only: this command always runs it.

  --vary I=A,B,...  an input to vary and its alternatives (repeatable); the inputs are
                    ${variedInputNames.join(", ")}; each method with its default numbers, such as
                    normalise=minmax,zscore,rank  aggregate=arithmetic,geometric  impute=none,mean
                    coverage=0,0.5,0.66  weights=25% (each weight times a random factor in 75-125 %,
                    renormalised within its aggregate)
                    (default ${defaultMethodValues.sensitivityInputs})
  --samples N       the runs (default ${defaultMethodValues.sensitivityReplications}; ${sampleRange.minimum} to ${sampleRange.maximum})
  --seed S          the seed of the random numbers: the same seed gives the same output
                    (default ${defaultMethodValues.sensitivitySeed})
  --year Y          the year analysed (default: the latest year)
  --method S=V      a workbook's Metode setting for this run, e.g. --method Normalisering=z-skår
  --force           analyse a workbook despite validation errors
  --json            print {combinations, units, sensitivity} as JSON
  --max-size SIZE   the largest input read (default 200MB), such as 500MB
  --lang nb|en      messages and headings in bokmål or English

Exit code: 0 done, 1 the workbook has errors, 2 unreadable input or bad options.
`;

/** The coin options that are about the output of veikart coin, not about the method. */
const coinOutputOptions = new Set(["--out", "--stage", "--ranks"]);
const coinMethodFlags = coinFlags.filter((flag) => !coinOutputOptions.has(flag));
const coinMethodValued = coinValued.filter((option) => !coinOutputOptions.has(option));
const ownFlags = ["--json", "--force"];
const ownValued = ["--samples", "--seed", "--year"];
/** Options that only a workbook takes, and those (beside --max-size) that only COINr's format takes. */
const workbookOptions = ["--method", "--force"];
const coinOnlyOptions = [...coinMethodFlags, ...coinMethodValued].filter(
  (option) => option !== "--max-size"
);

/** What the analysis varies, how many runs and which seed. */
interface AnalysisChoices {
  readonly inputs: readonly VariedInput[];
  readonly samples: number;
  readonly seed: number;
}

/** The defaults of the options: the Metode values, the inputs as the setting writes them. */
type AnalysisDefaults = Pick<
  MethodValues,
  "sensitivityInputs" | "sensitivityReplications" | "sensitivitySeed"
>;

function wholeNumber(
  name: string,
  text: string,
  { minimum, maximum }: { minimum: number; maximum: number }
): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || value < minimum || value > maximum)
    throw new UsageError(
      `${name} takes a whole number from ${minimum} to ${maximum}, not "${text}"`
    );
  return value;
}

/** The inputs of `--vary` options, read as the Metode setting is; the first problem stops the run. */
function variedInputsOf(texts: readonly string[], language: Language): readonly VariedInput[] {
  const reading = readVariedInputs(texts.join(";"));
  const [problem, ...more] = reading.problems;
  if (problem !== undefined)
    throw new UsageError(
      `--vary: ${messageIn(problem, language)}${more.length > 0 ? ` (and ${more.length} more)` : ""}`
    );
  return reading.inputs;
}

/** Each option, else its default; the default inputs are read only when --vary is not given. */
function analysisChoices(
  parsed: ParsedArguments,
  defaults: AnalysisDefaults,
  language: Language
): AnalysisChoices {
  const samples = parsed.values.get("--samples");
  const seed = parsed.values.get("--seed");
  return {
    inputs: variedInputsOf(parsed.repeated.get("--vary") ?? [defaults.sensitivityInputs], language),
    samples:
      samples === undefined
        ? defaults.sensitivityReplications
        : wholeNumber("--samples", samples, sampleRange),
    seed: seed === undefined ? defaults.sensitivitySeed : wholeNumber("--seed", seed, seedRange),
  };
}

function printResult(
  input: PipelineInput & Pick<SensitivityRequest, "settings">,
  choices: AnalysisChoices,
  year: number | undefined,
  json: boolean,
  io: CommandIo
): void {
  const result = analyseSensitivity({
    framework: input.framework,
    dataset: input.dataset,
    settings: input.settings,
    ...(year === undefined ? {} : { year }),
    inputs: choices.inputs,
    samples: choices.samples,
    seed: choices.seed,
    sobol: choices.inputs.length >= 2,
  });
  const [error] = result.issues.filter((issue) => issue.severity === "error");
  if (error !== undefined) throw new UsageError(messageIn(error, io.language));
  for (const issue of result.issues)
    io.stderr(`veikart: ${issue.severity}: ${messageIn(issue, io.language)}\n`);
  io.stdout(
    json
      ? `${JSON.stringify(sensitivityJson(result), null, 2)}\n`
      : sensitivityText(result, io.language)
  );
}

async function sensitivityOfCoinrData(parsed: ParsedArguments, io: CommandIo): Promise<number> {
  const workbookOnly = workbookOptions.find(
    (option) => parsed.values.has(option) || parsed.flags.has(option) || parsed.repeated.has(option)
  );
  if (workbookOnly !== undefined)
    throw new UsageError(`${workbookOnly} is for a workbook, not for --data and --meta`);
  if (parsed.positional.length > 0)
    throw new UsageError("give either a workbook or --data and --meta, not both");
  const choices = analysisChoices(parsed, defaultMethodValues, io.language);
  const year = yearOption("--year", parsed.values.get("--year"));
  const input = await coinInput(coinOptionsFrom(parsed), io, "sensitivity");
  printResult(input, choices, year, parsed.flags.has("--json"), io);
  return 0;
}

async function sensitivityOfWorkbook(parsed: ParsedArguments, io: CommandIo): Promise<number> {
  const coinOnly = coinOnlyOptions.find(
    (option) => parsed.values.has(option) || parsed.flags.has(option)
  );
  if (coinOnly !== undefined)
    throw new UsageError(
      `${coinOnly} is for --data and --meta; on a workbook the Metode sheet gives the method (or --method)`
    );
  if (parsed.positional.length !== 1)
    throw new UsageError("sensitivity takes one workbook: veikart sensitivity <workbook.xlsx>");
  const path = parsed.positional[0] as string;
  const nb = io.language === "nb";
  // The workbook's reader, validator and method are loaded only for a workbook: on COINr's format a
  // short analysis would spend a good part of its time loading them.
  const [
    { benchmarkWorkbook },
    { datasetFromObservations },
    { validateWorkbook },
    { openWorkbook },
  ] = await Promise.all([
    import("../../core/benchmark"),
    import("../../core/pipeline"),
    import("../../core/validate"),
    import("../workbook-grids"),
  ]);
  const year = yearOption("--year", parsed.values.get("--year"));
  const overrides = methodOverrides(parsed.repeated.get("--method") ?? []);
  const progress = progressOn(io, 3);
  try {
    progress.step(nb ? `leser ${path}` : `reading ${path}`);
    const workbook = await openWorkbook(path, maxSizeOption(parsed.values.get("--max-size")));
    progress.step(nb ? "validerer og beregner" : "validating and scoring");
    const validation = validateWorkbook(workbook.grids);
    if (!validation.summary.canScore && !parsed.flags.has("--force")) {
      progress.done();
      for (const issue of validation.issues.filter((found) => found.severity === "error"))
        io.stderr(`veikart: ${messageIn(issue, io.language)}\n`);
      io.stderr(
        nb
          ? "veikart: arbeidsboken har feil og analyseres ikke (--force analyserer den likevel)\n"
          : "veikart: the workbook has errors and is not analysed (--force analyses it anyway)\n"
      );
      return 1;
    }
    const run = benchmarkWorkbook(validation.content, {
      ...(year === undefined ? {} : { year }),
      methodOverrides: overrides,
    });
    const [blocking, ...moreBlocking] = run.blockingIssues;
    if (blocking !== undefined || run.year === null)
      throw new UsageError(
        `${blocking === undefined ? "no year to analyse" : messageIn(blocking, io.language)}${moreBlocking.length > 0 ? ` (and ${moreBlocking.length} more)` : ""}`
      );
    const choices = analysisChoices(parsed, run.method.values, io.language);
    // The peer set's units, every year: a pooled normalisation needs the other years too.
    const peerCodes = new Set(run.units.map((unit) => unit.code));
    const dataset = datasetFromObservations(
      run.framework,
      run.units,
      validation.content.observations.filter((observation) => peerCodes.has(observation.unitCode))
    ).value;
    progress.step(nb ? "analyserer robustheten" : "analysing the robustness");
    printResult(
      { framework: run.framework, dataset, settings: run.method.settings },
      choices,
      run.year,
      parsed.flags.has("--json"),
      io
    );
    return 0;
  } finally {
    progress.done();
  }
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArguments(args, {
    command: "sensitivity",
    flags: [...ownFlags, ...coinMethodFlags],
    valued: [...ownValued, ...coinMethodValued],
    repeated: ["--vary", "--method"],
  });
  return parsed.values.has("--data") || parsed.values.has("--meta")
    ? sensitivityOfCoinrData(parsed, io)
    : sensitivityOfWorkbook(parsed, io);
}

export const sensitivityCommand: Command = {
  help,
  run,
};
