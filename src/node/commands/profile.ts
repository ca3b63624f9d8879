import { messageIn } from "../../core/issues";
import { profileRecord, profileSession, type ProfileRequest } from "../../core/profile";
import { OutputFile } from "../atomic-file";
import { cutTextWarnings, scoredOrRefuse } from "../benchmark-output";
import { UsageError, type Command, type CommandIo } from "../command";
import { methodOverrides, parseArguments, yearOption } from "../command-arguments";
import { sheetOutputOf } from "../output-workbook";
import { progressOn } from "../progress";
import { maxSizeOption } from "../read-limits";
import { openWorkbook } from "../workbook-grids";
import { writeSheetPlans } from "../xlsx/write-sheet-plans";
import { coinFlags, coinPipeline, coinValued } from "./coin";

const help = [
  "Usage: veikart profile <workbook.xlsx> --unit <code> [--year Y] [--method <setting>=<value> ...]",
  "                       [-o out.xlsx | --in-place] [--force] [--json]",
  "       veikart profile --data <iData.csv> --meta <iMeta.csv> --unit <uCode> --json [coin options]",
  "",
  "What drives one unit's score and which levers move it. From a workbook: validates and scores it as",
  "`veikart benchmark` does and writes the generated sheet Profil (index, ranks, change since the base",
  "year, each dimension's points against the peer group's average, strengths and weaknesses, trends, the",
  "five cheapest gaps to the next rank, the targets) into a copy, <name>.profile.xlsx. On COINr's input",
  "format it prints the analysis as JSON: unit, index, rank, effectiveWeights, contributions, strengths,",
  "weaknesses and gaps (the smallest change in each indicator's raw value that lifts the unit past the",
  "one ranked above it), for the default pipeline (min-max, arithmetic) or the one the `veikart coin`",
  "options ask for (--normalise, --aggregate, --treat, ...; see veikart coin --help).",
  "",
  "  --unit CODE       the unit (kommunenummer, fylkesnummer or COINr's uCode)",
  "  --year Y          the year (default: the latest year with data)",
  "  --method S=V      override a Metode setting for this run (repeatable)",
  "  -o, --out FILE    the output workbook (default <name>.profile.xlsx beside the input)",
  "  --in-place        write the sheet into the input workbook itself",
  "  --force           score despite validation errors, and replace an existing output file",
  "  --json            print the analysis as JSON; with a workbook and -o or --in-place it writes too",
  "  --max-size SIZE   the most the workbook may unpack to (default 200MB), such as 500MB",
  "  --lang nb|en      messages and sheet headings in bokmål or English",
  "",
  "A sheet named Profil that Veikart did not generate is never replaced: the run stops instead.",
  "Exit code: 0 done, 1 validation errors (nothing written), 2 unreadable input or bad options.",
].join("\n");

const ownFlags = ["--force", "--in-place", "--json"];
const ownValued = ["--unit", "--year", "--out", "--max-size"];

function printJson(io: CommandIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** `--data iData.csv --meta iMeta.csv --unit <uCode> --json`: COINr's input, the analysis as JSON. */
async function profileOfCoinrData(
  options: ReadonlyMap<string, string>,
  unitCode: string,
  io: CommandIo
): Promise<number> {
  const result = await coinPipeline(options, io);
  const year = options.has("--year") ? yearOption("--year", options.get("--year")) : undefined;
  const record = profileRecord(result, unitCode, year);
  if (record === undefined)
    throw new UsageError(`--unit ${unitCode}: the data has no unit of that uCode in that year`);
  printJson(io, record);
  return 0;
}

async function profileOfWorkbook(
  input: string,
  parsed: ReturnType<typeof parseArguments>,
  unitCode: string,
  io: CommandIo
): Promise<number> {
  const nb = io.language === "nb";
  const inPlace = parsed.flags.has("--in-place");
  const force = parsed.flags.has("--force");
  const json = parsed.flags.has("--json");
  const explicitOutput = parsed.values.get("--out");
  const chosen = sheetOutputOf(input, { inPlace, json, out: explicitOutput }, "profile");
  const writes = chosen !== undefined;
  const output = chosen ?? input;
  const request: ProfileRequest = {
    unitCode,
    language: io.language,
    ranAt: new Date().toISOString(),
    scoreDespiteErrors: force,
    ...(parsed.values.has("--year")
      ? { year: yearOption("--year", parsed.values.get("--year")) }
      : {}),
    methodOverrides: methodOverrides(parsed.repeated.get("--method") ?? []),
  };
  const limits = maxSizeOption(parsed.values.get("--max-size"));
  const outputFile = writes
    ? await OutputFile.create(output, { overwrite: force || inPlace, inPlace, inputs: [input] })
    : undefined;
  const progress = progressOn(io, writes ? 3 : 2);
  try {
    progress.step(nb ? `leser ${input}` : `reading ${input}`);
    const workbook = await openWorkbook(input, limits);
    progress.step(nb ? "validerer og beregner" : "validating and scoring");
    const session = profileSession(workbook.grids, request);
    if (session.kind === "no unit")
      throw new UsageError(`--unit: ${messageIn(session.reason, io.language)}`);
    if (session.kind !== "profiled") scoredOrRefuse(session, io.language);
    if (session.kind !== "profiled") return 1;
    const { run, profile, plan } = session;
    if (outputFile !== undefined) {
      progress.step(nb ? `skriver ${output}` : `writing ${output}`);
      io.stderr(cutTextWarnings(writeSheetPlans(workbook.xlsx, [plan]), io.language));
      await outputFile.commit(workbook.xlsx.toBuffer());
    }
    progress.done();
    if (json && run.pipeline !== null)
      printJson(io, {
        ...profileRecord(run.pipeline, unitCode, run.year ?? undefined),
        output: writes ? output : null,
      });
    else {
      io.stdout(
        [
          `${profile.unitName} (${profile.unitCode}) ${profile.year}: ${nb ? "indeks" : "index"} ${profile.index?.toFixed(1) ?? "-"}, ${nb ? "plass" : "rank"} ${profile.rank ?? "-"}/${profile.rankedUnits}`,
          nb ? `Skrev ${output}` : `Wrote ${output}`,
          "",
        ].join("\n")
      );
    }
    return 0;
  } finally {
    progress.done();
    await outputFile?.discard();
  }
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArguments(args, {
    command: "profile",
    flags: [...ownFlags, ...coinFlags],
    valued: [...new Set([...ownValued, ...coinValued])],
    repeated: ["--method"],
    aliases: { "-o": "--out" },
  });
  const unitCode = parsed.values.get("--unit");
  if (unitCode === undefined) throw new UsageError("profile needs --unit <code>");
  const coinrInput = parsed.values.has("--data") || parsed.values.has("--meta");
  if (coinrInput) {
    if (parsed.positional.length > 0)
      throw new UsageError("give either a workbook or --data and --meta, not both");
    if (!parsed.flags.has("--json"))
      throw new UsageError("profile --data ... prints JSON: add --json");
    const options = new Map([
      ...parsed.values,
      ...[...parsed.flags].map((flag) => [flag, "true"] as const),
    ]);
    return profileOfCoinrData(options, unitCode, io);
  }
  if (parsed.positional.length !== 1)
    throw new UsageError(
      "profile takes one workbook: veikart profile <workbook.xlsx> --unit <code>"
    );
  return profileOfWorkbook(parsed.positional[0] as string, parsed, unitCode, io);
}

export const profileCommand: Command = {
  help,
  run,
};
