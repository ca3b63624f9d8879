import { writeFileAtomically } from "../atomic-file";
import { datasetFromCoinrData } from "../../core/data/coinr-data";
import { frameworkFromCoinrMeta, type CoinrMeta } from "../../core/data/coinr-meta";
import type { Dataset } from "../../core/model/dataset";
import type { Issue } from "../../core/model/issue";
import { messageIn } from "../../core/issues";
import {
  stageNames,
  type AggregationMethodSettings,
  type ImputationSettings,
  type NormalisationMethodName,
  type NormalisationMethodSettings,
  type PipelineSettings,
  type StageName,
  type TreatmentSettings,
} from "../../core/model/methods";
import type { PipelineResult } from "../../core/model/pipeline-result";
import { runPipeline, type PipelineInput } from "../../core/pipeline/run-pipeline";
import { aggregationMethods } from "../../core/steps/aggregate/methods";
import { imputationMethods } from "../../core/steps/impute/methods";
import { methodNamed, type MethodParameter } from "../../core/steps/method-declaration";
import {
  normalisationMethodNames,
  normalisationMethods,
  normalisationSettingsOf,
} from "../../core/steps/normalise/methods";
import type { ParameterProblem } from "../../core/steps/parameter-check";
import { treatmentMethods } from "../../core/steps/treat/methods";
import { UsageError, type Command, type CommandIo } from "../command";
import { parseArguments, type ParsedArguments } from "../command-arguments";
import { CsvFormatError, csvField, readCsvFile, type CsvTable } from "../csv";
import { maxSizeOption, type ReadLimits } from "../read-limits";

/** A method with its numbers as --normalise takes it: `index:<baseYear>`, `minmax[:<lower>,<upper>]`. */
function normalisationUsage(name: NormalisationMethodName): string {
  const parameters = normalisationMethods[name].parameters;
  if (parameters.length === 0) return name;
  const numbers = parameters.map((parameter) => `<${parameter.setting}>`).join(",");
  return parameters.every((parameter) => parameter.default !== undefined)
    ? `${name}[:${numbers}]`
    : `${name}:${numbers}`;
}

const normalisationChoices = normalisationMethodNames.map(normalisationUsage).join("|");

/** The --normalise lines of the help: each method's numbers, their meaning and defaults. */
const normalisationHelp = normalisationMethodNames
  .filter((name) => normalisationMethods[name].parameters.length > 0)
  .map((name) => {
    const numbers = normalisationMethods[name].parameters
      .map(
        (parameter) =>
          `${parameter.setting} ${parameter.meaning.en}` +
          (parameter.default === undefined ? "" : ` (default ${parameter.default})`)
      )
      .join("; ");
    return `                             ${name}: ${numbers}`;
  })
  .join("\n");

/** A group imputation names its column after a colon. */
const imputationChoices = Object.entries(imputationMethods)
  .map(([name, method]) => (method.needsGroup ? `${name}:<column>` : name))
  .join("|");
const treatmentChoices = Object.keys(treatmentMethods).join("|");
const aggregationChoices = Object.keys(aggregationMethods).join("|");

const help = `veikart coin --data <iData.csv> --meta <iMeta.csv> [options] [--out <file.csv>]

Runs the scoring engine on COINr's input format and prints one stage as CSV: uCode (and Time for
panels of several years), then one column per iCode at that stage; missing values are empty.

Options (COINr's defaults where it has one):
  --stage <stage>          raw|denominated|imputed|screened|treated|normalised|aggregated (default aggregated)
  --start <stage>          the input is already at that stage (e.g. --start treated)
  --denominate             divide indicators by their iMeta Denominator
  --impute <method>        ${imputationChoices}
  --screen <share>         drop units with less than this share of indicators present (0..1)
  --treat <method>         ${treatmentChoices} (default none); --winmax <n> (default 5)
  --normalise <method>     ${normalisationChoices}
                           (default minmax), with the numbers:
${normalisationHelp}
  --range <l>,<u>          min-max range, as --normalise minmax:<l>,<u>
  --zscore <mean>,<sd>     z-score mean and standard deviation, as --normalise zscore:<mean>,<sd>
  --normalise-over <over>  year|pooled: normalise (and treat) a panel (Time column) per year
                           (default) or across all years together (COINr's "global"); pooled fixes
                           the outlier caps once for the whole series
  --peer-group <column>    a group column of iData: normalise and rank within its groups
  --aggregate <method>     ${aggregationChoices} (default arithmetic); --p <p> for genmean
  --min-coverage <share>   no aggregate score below this share of children present (default none)
  --coverage-by <basis>    count (COINr, default) or weight
  --ranks                  add a Rank.<code> column for each aggregate
  --out <file>             write the CSV to a file instead of standard output
  --max-size <size>        the largest CSV file read (default 200MB), such as 500MB
`;

/** coin's flags and options with a value, which `veikart profile --data` takes too. */
export const coinFlags = ["--denominate", "--ranks"];
export const coinValued = [
  "--data",
  "--meta",
  "--out",
  "--stage",
  "--start",
  "--impute",
  "--screen",
  "--treat",
  "--winmax",
  "--normalise",
  "--range",
  "--zscore",
  "--normalise-over",
  "--peer-group",
  "--aggregate",
  "--p",
  "--min-coverage",
  "--coverage-by",
  "--max-size",
];

/** The options by name; a flag given has the value "true". */
export type CoinOptions = ReadonlyMap<string, string>;
type Options = CoinOptions;

/** The coin options of a command line, with a command's own flags beside them (`veikart audit --json`). */
export function coinOptionsOf(
  args: readonly string[],
  command = "coin",
  ownFlags: readonly string[] = []
): Options {
  const parsed = parseArguments(args, {
    command,
    flags: [...coinFlags, ...ownFlags],
    valued: coinValued,
  });
  const [stray] = parsed.positional;
  if (stray !== undefined)
    throw new UsageError(
      `unknown option "${stray}" for ${command} (see veikart ${command} --help)`
    );
  return coinOptionsFrom(parsed);
}

/** A parsed command line's options as coin's: each value by name, and "true" for each flag given. */
export function coinOptionsFrom(parsed: Pick<ParsedArguments, "values" | "flags">): Options {
  return new Map([...parsed.values, ...[...parsed.flags].map((flag) => [flag, "true"] as const)]);
}

function numberOption(name: string, text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value))
    throw new UsageError(`${name} takes a number, not "${text}"`);
  return value;
}

function shareOption(name: string, text: string): number {
  const value = numberOption(name, text);
  if (value < 0 || value > 1)
    throw new UsageError(`${name} takes a share from 0 to 1, not "${text}"`);
  return value;
}

function stageOption(name: string, text: string): StageName {
  const stage = stageNames.find((candidate) => candidate === text);
  if (stage === undefined)
    throw new UsageError(`${name} takes one of ${stageNames.join("|")}, not "${text}"`);
  return stage;
}

function imputation(text: string): ImputationSettings {
  const [name, group] = text.split(":", 2);
  const method = name === undefined ? undefined : methodNamed(imputationMethods, name);
  const grouped = group !== undefined && group !== "";
  if (method === undefined || imputationMethods[method].needsGroup !== grouped)
    throw new UsageError(`--impute takes ${imputationChoices}, not "${text}"`);
  // A registry entry that needs a group is a method whose settings name the group column.
  return (grouped ? { method, group } : { method }) as ImputationSettings;
}

function treatment(text: string, winmax: string | undefined): TreatmentSettings {
  const method = methodNamed(treatmentMethods, text);
  if (method === undefined)
    throw new UsageError(`--treat takes ${treatmentChoices}, not "${text}"`);
  if (method === "none") return { method };
  if (winmax === undefined) return { method: "winsorise", winmax: 5 };
  const value = numberOption("--winmax", winmax);
  if (!Number.isInteger(value) || value < 0)
    throw new UsageError(`--winmax takes a whole number of 0 or more, not "${winmax}"`);
  return { method: "winsorise", winmax: value };
}

/** The options that give a method's numbers by themselves, COINr's npar for min-max and z-scores. */
const parameterOptions: Partial<Record<NormalisationMethodName, string>> = {
  minmax: "--range",
  zscore: "--zscore",
};

/** Numbers separated by commas, as many as the method takes at most. */
function numbersOption(
  name: string,
  text: string,
  parameters: readonly MethodParameter[]
): number[] {
  const parts = text.split(",");
  const wanted =
    parameters.length === 0
      ? "no numbers"
      : parameters.map((parameter) => `<${parameter.setting}>`).join(",");
  if (parts.length > parameters.length)
    throw new UsageError(`${name} takes ${wanted}, not "${text}"`);
  return parts.map((part) => numberOption(name, part));
}

/** The normalisation `--normalise <method>[:<numbers>]` names, its numbers checked by the registry. */
function normalisation(options: Options): NormalisationMethodSettings {
  const text = options.get("--normalise") ?? "minmax";
  const [written, given] = text.split(":", 2);
  const name = written === undefined ? undefined : methodNamed(normalisationMethods, written);
  if (name === undefined)
    throw new UsageError(`--normalise takes ${normalisationChoices}, not "${text}"`);
  const method = normalisationMethods[name];
  const parameterOption = parameterOptions[name];
  const optionText = parameterOption === undefined ? undefined : options.get(parameterOption);
  const source =
    given === undefined && optionText !== undefined && parameterOption !== undefined
      ? parameterOption
      : `--normalise ${name}`;
  const numbersText = given ?? optionText;
  const numbers =
    numbersText === undefined ? [] : numbersOption(source, numbersText, method.parameters);
  const missing = method.parameters.find(
    (parameter, index) => parameter.default === undefined && numbers[index] === undefined
  );
  if (missing !== undefined)
    throw new UsageError(`--normalise ${normalisationUsage(name)} needs ${missing.meaning.en}`);
  const settings = normalisationSettingsOf(name, numbers);
  const checked = method as { parameterProblems: (settings: never) => ParameterProblem[] };
  const [problem] = checked.parameterProblems(settings as never);
  if (problem !== undefined)
    throw new UsageError(
      `${source}: ${problem.name} must be ${problem.expected.en}, not ${problem.value}`
    );
  return settings;
}

/** Whether --normalise-over pools the years: "year" (the default) normalises each year by itself. */
function pooledYears(text: string): boolean {
  if (text === "year") return false;
  if (text === "pooled") return true;
  throw new UsageError(`--normalise-over takes year or pooled, not "${text}"`);
}

function aggregation(options: Options): AggregationMethodSettings {
  const text = options.get("--aggregate") ?? "arithmetic";
  const method = methodNamed(aggregationMethods, text);
  if (method === undefined)
    throw new UsageError(`--aggregate takes ${aggregationChoices}, not "${text}"`);
  if (method !== "genmean") return { method };
  const p = options.get("--p");
  if (p === undefined) throw new UsageError("--aggregate genmean needs --p <p>");
  return { method, p: numberOption("--p", p) };
}

/** The pipeline settings a coin command line asks for. */
function settingsFromArguments(options: Options): PipelineSettings {
  const peerGroup = options.get("--peer-group");
  const coverageBasis = options.get("--coverage-by") ?? "count";
  if (coverageBasis !== "count" && coverageBasis !== "weight")
    throw new UsageError(`--coverage-by takes count or weight, not "${coverageBasis}"`);
  const minCoverage = options.get("--min-coverage");
  const screenShare = options.get("--screen");
  const impute = options.get("--impute");
  return {
    start: stageOption("--start", options.get("--start") ?? "raw"),
    ...(options.has("--denominate") ? { denominate: true } : {}),
    ...(impute === undefined ? {} : { impute: imputation(impute) }),
    ...(screenShare === undefined
      ? {}
      : { screen: { minimumShare: shareOption("--screen", screenShare) } }),
    treat: treatment(options.get("--treat") ?? "none", options.get("--winmax")),
    normalise: {
      method: normalisation(options),
      scope: {
        pooled: pooledYears(options.get("--normalise-over") ?? "year"),
        byPeerGroup: peerGroup !== undefined,
      },
    },
    aggregate: {
      method: aggregation(options),
      coverageBasis,
      ...(minCoverage === undefined
        ? {}
        : { minCoverage: shareOption("--min-coverage", minCoverage) }),
    },
  };
}

async function readTable(path: string, option: string, limits: ReadLimits): Promise<CsvTable> {
  try {
    return await readCsvFile(path, limits);
  } catch (error) {
    if (error instanceof CsvFormatError)
      throw new UsageError(`${option} ${path}: ${error.message}`);
    if (error instanceof UsageError) throw new UsageError(`${option} ${error.message}`);
    throw new UsageError(
      `${option} ${path}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

/** Where in its CSV file an issue of a table lies: "line 12, column 9 (Flights)". */
function placeInFile(table: CsvTable, issue: Issue): string {
  if (issue.row === undefined) return "";
  // Issue rows count the header as row 0.
  const line = issue.row === 0 ? 1 : table.lineOfRow(issue.row - 1);
  const column =
    issue.column === undefined
      ? ""
      : `, column ${issue.column + 1} (${table.header[issue.column] ?? ""})`;
  return `line ${line}${column}: `;
}

/** Stops at a table's first error, naming the file, line and column; prints its warnings. */
function reportTableIssues(
  issues: readonly Issue[],
  file: string,
  table: CsvTable,
  io: CommandIo
): void {
  const errors = issues.filter((issue) => issue.severity === "error");
  const first = errors[0];
  if (first !== undefined) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    throw new UsageError(
      `${file}: ${placeInFile(table, first)}${messageIn(first, io.language)}${more}`
    );
  }
  for (const issue of issues)
    io.stderr(
      `veikart: ${issue.severity}: ${file}: ${placeInFile(table, issue)}${messageIn(issue, io.language)}\n`
    );
}

/** iData as a dataset, its issues reported; the table is let go before the scoring. */
async function readDataset(
  path: string,
  meta: CoinrMeta,
  peerGroupColumn: string | undefined,
  limits: ReadLimits,
  io: CommandIo
): Promise<Dataset> {
  const table = await readTable(path, "--data", limits);
  const data = datasetFromCoinrData(table, meta.framework, {
    ...meta,
    ...(peerGroupColumn === undefined ? {} : { peerGroupColumn }),
  });
  reportTableIssues(data.issues, path, table, io);
  return data.value;
}

/** The CSV of one stage: uCode (and Time), its columns, then Rank.<code> columns if asked. */
export function stageCsv(result: PipelineResult, stage: Dataset, withRanks: boolean): string {
  const rankColumns = withRanks
    ? Object.keys(result.ranks.overall).filter((id) => stage.columnIds.includes(id))
    : [];
  // A Time column for panels only: one year (ASEM_iData's 2018) is a cross-section, as in COINr's output.
  const panel = stage.hasTime && new Set(stage.rowYear).size > 1;
  const header = [
    "uCode",
    ...(panel ? ["Time"] : []),
    ...stage.columnIds,
    ...rankColumns.map((id) => `Rank.${id}`),
  ];
  const numberColumns = [
    ...stage.columns,
    ...rankColumns.map((id) => result.ranks.overall[id] ?? new Float64Array(stage.rowUnit.length)),
  ];
  // Each line is joined from one reused array of cells, so only the finished line outlives the
  // collector's next pass: lines concatenated piece by piece (or a row array per line) kept a million
  // small strings alive at 8,160 units, and copying them took longer than the scoring.
  const lines = [header.map(csvField).join(",")];
  const cells: string[] = [];
  for (let row = 0; row < stage.rowUnit.length; row++) {
    cells.length = 0;
    cells.push(csvField(stage.units[stage.rowUnit[row] as number]?.code ?? ""));
    if (panel) cells.push(String(stage.rowYear[row]));
    for (const column of numberColumns) {
      const value = column[row] as number;
      cells.push(Number.isNaN(value) ? "" : String(value));
    }
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** Reads --data and --meta, and the pipeline settings the options ask for (COINr's defaults otherwise). */
export async function coinInput(
  options: CoinOptions,
  io: CommandIo,
  command = "coin"
): Promise<PipelineInput & { readonly settings: PipelineSettings }> {
  const dataPath = options.get("--data");
  const metaPath = options.get("--meta");
  if (dataPath === undefined) throw new UsageError(`${command} needs --data <iData.csv>`);
  if (metaPath === undefined) throw new UsageError(`${command} needs --meta <iMeta.csv>`);
  const settings = settingsFromArguments(options);
  const limits = maxSizeOption(options.get("--max-size"));
  const metaTable = await readTable(metaPath, "--meta", limits);
  const meta = frameworkFromCoinrMeta(metaTable);
  reportTableIssues(meta.issues, metaPath, metaTable, io);
  const peerGroupColumn = options.get("--peer-group");
  if (peerGroupColumn !== undefined && !meta.value.groupColumns.includes(peerGroupColumn))
    throw new UsageError(`--peer-group ${peerGroupColumn}: iMeta has no Group row of that name`);
  const data = await readDataset(dataPath, meta.value, peerGroupColumn, limits, io);
  return { framework: meta.value.framework, dataset: data, settings };
}

/** Reads --data and --meta and runs the pipeline the options ask for (COINr's defaults otherwise). */
export async function coinPipeline(
  options: CoinOptions,
  io: CommandIo,
  command = "coin"
): Promise<PipelineResult> {
  return runPipeline(await coinInput(options, io, command));
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const options = coinOptionsOf(args);
  const start = stageOption("--start", options.get("--start") ?? "raw");
  const stage = stageOption("--stage", options.get("--stage") ?? "aggregated");
  if (stageNames.indexOf(stage) < stageNames.indexOf(start))
    throw new UsageError(`--stage ${stage} comes before --start ${start}`);
  const result = await coinPipeline(options, io);
  const output = result.stages[stage];
  if (output === undefined) throw new UsageError(`the run has no ${stage} stage`);
  const csv = stageCsv(result, output, options.has("--ranks"));
  const outPath = options.get("--out");
  if (outPath === undefined) io.stdout(csv);
  else
    await writeFileAtomically(
      outPath,
      { overwrite: true, inputs: [options.get("--data") ?? "", options.get("--meta") ?? ""] },
      () => Buffer.from(csv, "utf8")
    );

  const reported = result.issues.filter((issue) => issue.severity !== "info");
  for (const issue of reported) {
    const place = [issue.indicator, issue.unit, issue.year]
      .filter((part) => part !== undefined)
      .join(" ");
    io.stderr(
      `veikart: ${issue.severity}: ${place === "" ? "" : `${place}: `}${messageIn(issue, io.language)}\n`
    );
  }
  return reported.some((issue) => issue.severity === "error") ? 1 : 0;
}

export const coinCommand: Command = {
  help,
  run,
};
