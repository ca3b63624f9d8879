import { messageIn } from "../../core/issues";
import { parsePeerSet, unitCodesIn, type PeerSet } from "../../core/benchmark";
import { benchmarkSession, type BenchmarkRequest } from "../../core/session";
import { OutputFile } from "../atomic-file";
import { cutTextWarnings, scoredOrRefuse, writeSessionSheets } from "../benchmark-output";
import { UsageError, type Command, type CommandIo } from "../command";
import { methodOverrides, parseArguments, yearOption } from "../command-arguments";
import { issueReport, printedIssue } from "../issue-report";
import { progressOn } from "../progress";
import { maxSizeOption } from "../read-limits";
import { benchmarkHeadline, rankingText, severityCounts } from "../ranking-report";
import { sensitivityJson } from "../sensitivity-report";
import { sheetOutputOf } from "../output-workbook";
import { openWorkbook } from "../workbook-grids";

const help = [
  "Usage: veikart benchmark <workbook.xlsx> [--year Y] [--peers all|group:<name>|<code,code,...>]",
  "                         [--highlight <code,code,...>] [--method <setting>=<value> ...]",
  "                         [-o out.xlsx | --in-place] [--force] [--json] [--max-size SIZE]",
  "",
  "Validates the workbook, scores every year with the method of its Metode sheet, ranks the chosen year,",
  "and writes the generated sheets Benchmark and Validering into a copy of the workbook.",
  "",
  "  --year Y              the year ranked (default: the latest year with data)",
  "  --peers P             all (default: the Metode sheet's Sammenligningsgruppe), group:<name> for one",
  "                        peer group, or unit codes separated by commas, semicolons or spaces (0301,4601,5001)",
  "  --highlight CODES     units of the peer set the charts always show (5001,4601). With more than 30",
  "                        units the bar chart shows the 10 best, the 10 weakest and these; with more than",
  "                        12 the line chart shows these, the best, the weakest and the median",
  "  --method S=V          override a Metode setting for this run, e.g. --method Normalisering=z-skår",
  "                        --method Dekningsgrense=0.5 (repeatable; the workbook is not changed)",
  "  -o, --out FILE        the output workbook (default <name>.benchmark.xlsx beside the input)",
  "  --in-place            write the sheets into the input workbook itself",
  "  --force               score despite validation errors, and replace an existing output file",
  "  --json                print the run as JSON (ranking, indicator scores, peer-group ranks, index by",
  "                        year, the robustness analysis as veikart sensitivity --json prints it, issues)",
  "                        instead of writing a workbook; with -o or --in-place it writes too",
  "  --max-size SIZE       the most the workbook may unpack to (default 200MB), such as 500MB",
  "  --lang nb|en          messages and sheet headings in bokmål or English",
  "",
  "The output is written to a temporary file beside it (beside a link's target) and renamed into place",
  "with the replaced file's permissions, so an interrupted run never leaves a broken workbook. A file",
  "with several hard links is not replaced, and no output is written over the input but with --in-place.",
  "A sheet named Benchmark or Validering that Veikart did not generate is never replaced: the run stops",
  "instead. Every other part of the workbook is copied as it was.",
  "",
  "Exit code: 0 done, 1 validation errors (nothing written), 2 unreadable input or bad options.",
].join("\n");

function peersOption(text: string | undefined, io: CommandIo): PeerSet | undefined {
  if (text === undefined) return undefined;
  const parsed = parsePeerSet(text);
  const [issue] = parsed.issues;
  if (parsed.peers === undefined)
    throw new UsageError(`--peers: ${issue === undefined ? text : messageIn(issue, io.language)}`);
  return parsed.peers;
}

function highlightOption(text: string | undefined): readonly string[] | undefined {
  if (text === undefined) return undefined;
  const unitCodes = unitCodesIn(text);
  if (unitCodes.length === 0)
    throw new UsageError("--highlight takes unit codes separated by commas (5001,4601)");
  return unitCodes;
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArguments(args, {
    command: "benchmark",
    flags: ["--force", "--in-place", "--json"],
    valued: ["--year", "--peers", "--highlight", "--out", "--max-size"],
    repeated: ["--method"],
    aliases: { "-o": "--out" },
  });
  if (parsed.positional.length !== 1)
    throw new UsageError("benchmark takes one workbook: veikart benchmark <workbook.xlsx>");
  const input = parsed.positional[0] as string;
  const inPlace = parsed.flags.has("--in-place");
  const force = parsed.flags.has("--force");
  const json = parsed.flags.has("--json");
  const explicitOutput = parsed.values.get("--out");
  const chosen = sheetOutputOf(input, { inPlace, json, out: explicitOutput }, "benchmark");
  const writes = chosen !== undefined;
  const output = chosen ?? input;
  const request: BenchmarkRequest = {
    language: io.language,
    ranAt: new Date().toISOString(),
    scoreDespiteErrors: force,
    ...(parsed.values.has("--year")
      ? { year: yearOption("--year", parsed.values.get("--year")) }
      : {}),
    ...(parsed.values.has("--peers")
      ? { peers: peersOption(parsed.values.get("--peers"), io) }
      : {}),
    ...(parsed.values.has("--highlight")
      ? { highlight: highlightOption(parsed.values.get("--highlight")) }
      : {}),
    methodOverrides: methodOverrides(parsed.repeated.get("--method") ?? []),
  };

  const limits = maxSizeOption(parsed.values.get("--max-size"));

  const outputFile = writes
    ? await OutputFile.create(output, { overwrite: force || inPlace, inPlace, inputs: [input] })
    : undefined;
  const progress = progressOn(io, writes ? 3 : 2);
  try {
    progress.step(io.language === "nb" ? `leser ${input}` : `reading ${input}`);
    const workbook = await openWorkbook(input, limits);
    progress.step(io.language === "nb" ? "validerer og beregner" : "validating and scoring");
    const session = benchmarkSession(workbook.grids, request);
    if (session.kind === "invalid") {
      progress.done();
      if (json)
        io.stdout(
          `${JSON.stringify({ issues: session.issues.map((issue) => printedIssue(issue, io.language)) }, null, 2)}\n`
        );
      else {
        io.stdout(issueReport(input, session.issues, session.validation.summary, io.language));
        io.stderr(
          io.language === "nb"
            ? "veikart: arbeidsboken har feil og beregnes ikke (--force beregner likevel)\n"
            : "veikart: the workbook has errors and is not scored (--force scores it anyway)\n"
        );
      }
      return 1;
    }
    const scored = scoredOrRefuse(session, io.language);
    if (outputFile !== undefined) {
      progress.step(io.language === "nb" ? `skriver ${output}` : `writing ${output}`);
      io.stderr(cutTextWarnings(writeSessionSheets(workbook.xlsx, scored), io.language));
      await outputFile.commit(workbook.xlsx.toBuffer());
    }
    progress.done();
    if (json) {
      const issues = scored.issues.map((issue) => printedIssue(issue, io.language));
      // The robustness analysis as `veikart sensitivity --json` prints it; null when Metode turns it off.
      const robustness =
        scored.robustness === undefined ? null : sensitivityJson(scored.robustness.result);
      io.stdout(
        `${JSON.stringify({ ...scored.record, robustness, output: writes ? output : null, issues }, null, 2)}\n`
      );
    } else {
      io.stdout(
        [
          `${input}: ${severityCounts(scored.validation.summary, io.language)}`,
          benchmarkHeadline(scored.record, io.language),
          rankingText(scored.record, io.language),
          io.language === "nb" ? `Skrev ${output}` : `Wrote ${output}`,
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

export const benchmarkCommand: Command = {
  help,
  run,
};
