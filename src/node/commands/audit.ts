// veikart audit: the statistical audit of an indicator set (COINr's measures) on COINr's input format,
// or the decoupling analysis and the audit of a Veikart workbook.
import {
  auditRun,
  auditThresholdsOf,
  decouplingDegreeNames,
  type AuditResult,
  type DecouplingPeriod,
  type UnitDecoupling,
} from "../../core/analysis";

import type { Language } from "../../core/language";
import type { Result } from "../../core/model/issue";
import { defaultMethodValues } from "../../core/template";
import { analysisSession } from "../../core/session";
import { UsageError, type Command, type CommandIo } from "../command";
import { parseArguments, yearOption, type ParsedArguments } from "../command-arguments";
import { printedIssue } from "../issue-report";
import { OutputFile } from "../atomic-file";
import { cutTextWarnings } from "../benchmark-output";
import { maxSizeOption } from "../read-limits";
import { outputWorkbookOf } from "../output-workbook";
import { openWorkbook } from "../workbook-grids";
import { writeSheetPlans } from "../xlsx/write-sheet-plans";
import { coinOptionsOf, coinPipeline } from "./coin";
import { messageIn } from "../../core/issues";

const help = `veikart audit --data <iData.csv> --meta <iMeta.csv> [coin options] [--year Y] [--json]
veikart audit <workbook.xlsx> [--year Y] [-o out.xlsx | --in-place] [--force] [--json]

The statistical audit of the indicator set, with COINr's measures on the normalised and aggregated
data of one year: within each level-2 group the Pearson and Spearman correlations of every pair of
indicators (pairwise complete observations), each indicator's correlation with its group and with
the index, Cronbach's alpha and the first principal component (share of variance, loadings), and the
flags they raise (correlation above 0.9, weak correlation with the own group, alpha below 0.7, first
component below 0.6 of the variance: the Metode sheet's thresholds for a workbook).

On COINr's format the run takes the options of veikart coin (default min-max, arithmetic mean; see
veikart coin --help). On a workbook the run is the benchmark's (the Metode sheet's method), and the
decoupling of each Metode pair (Frikoblingspar) is printed too: per unit the degree of every
year-on-year step, of the whole period from the base year, and the count of steps per degree.

With -o or --in-place the workbook gets the generated Analyse sheet: the decoupling tables, a
correlation matrix per dimension, alpha and first component per dimension and the flags. It is written
through a temporary file renamed into place; a sheet named Analyse that Veikart did not generate is
never replaced, and every other part of the workbook is copied as it was.

  --year Y        the year audited (default: the latest year)
  -o, --out FILE  write the workbook with the Analyse sheet there
  --in-place      write the Analyse sheet into the input workbook itself
  --force         replace an existing output file
  --max-size SIZE the most the workbook may unpack to (default 200MB), such as 500MB
  --json          print the results as JSON
  --lang nb|en    messages and sheet headings in bokmål or English

Exit code: 0 done, 1 the workbook has errors, 2 unreadable input or bad options.
`;

const shown = (value: number | null) => (value === null ? "–" : value.toFixed(3));

function printedAudit(audit: AuditResult, language: Language) {
  return { ...audit, flags: audit.flags.map((flag) => printedIssue(flag, language)) };
}

function auditText(audit: AuditResult, language: Language): string {
  const nb = language === "nb";
  const lines = [
    nb
      ? "gruppe  indikatorer  alfa  første komponent  rader"
      : "group  indicators  alpha  first component  rows",
  ];
  audit.cronbach.forEach((group, index) => {
    const component = audit.pca[index];
    lines.push(
      `${group.group}  ${group.k}  ${shown(group.alpha)}  ${shown(component?.varianceShare ?? null)}  ${component?.rows ?? 0}`
    );
  });
  lines.push("", nb ? `Flagg: ${audit.flags.length}` : `Flags: ${audit.flags.length}`);
  for (const flag of audit.flags) lines.push(`  ${messageIn(flag, language)}`);
  return `${lines.join("\n")}\n`;
}

function periodRecord(period: DecouplingPeriod, language: Language) {
  const base = { start: period.startYear, end: period.endYear };
  if (!period.result.ok) return { ...base, reason: messageIn(period.result.issues[0], language) };
  const { pressureChange, driverChange, elasticity, degree } = period.result.value;
  return {
    ...base,
    pressureChange,
    driverChange,
    elasticity,
    degree,
    degreeName: decouplingDegreeNames[degree][language],
  };
}

function decouplingRecord(row: UnitDecoupling, language: Language) {
  const whole: Result<DecouplingPeriod> = row.wholePeriod;
  return {
    unit: row.unitCode,
    name: row.unitName,
    pressure: row.pair.pressure,
    driver: row.pair.driver,
    wholePeriod: whole.ok
      ? periodRecord(whole.value, language)
      : { reason: messageIn(whole.issues[0], language) },
    steps: row.steps.map((step) => periodRecord(step, language)),
    stepsPerDegree: row.stepsPerDegree,
  };
}

function decouplingText(rows: readonly UnitDecoupling[], language: Language): string {
  const lines = rows.map((row) => {
    const record = decouplingRecord(row, language);
    const whole = record.wholePeriod;
    const described =
      "elasticity" in whole
        ? `${whole.start}–${whole.end}: e = ${whole.elasticity.toFixed(2)}, ${whole.degreeName}`
        : whole.reason;
    return `${row.unitCode} ${row.unitName} (${row.pair.pressure}/${row.pair.driver}): ${described}`;
  });
  return `${lines.join("\n")}\n`;
}

async function auditCoin(args: readonly string[], io: CommandIo): Promise<number> {
  const options = coinOptionsOf(args, "audit", ["--json"]);
  const year = yearOption("--year", options.get("--year"));
  const result = await coinPipeline(options, io, "audit");
  const audit = auditRun(result, year, auditThresholdsOf(defaultMethodValues));
  if (audit === undefined) throw new UsageError("the run did not reach the aggregated stage");
  io.stdout(
    options.has("--json")
      ? `${JSON.stringify(printedAudit(audit, io.language), null, 2)}\n`
      : auditText(audit, io.language)
  );
  return 0;
}

async function auditWorkbook(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArguments(args, {
    command: "audit",
    flags: ["--json", "--in-place", "--force"],
    valued: ["--year", "--out", "--max-size"],
    aliases: { "-o": "--out" },
  });
  if (parsed.positional.length !== 1)
    throw new UsageError("audit takes one workbook: veikart audit <workbook.xlsx>");
  const input = parsed.positional[0] as string;
  const year = yearOption("--year", parsed.values.get("--year"));
  const inPlace = parsed.flags.has("--in-place");
  const overwrite = inPlace || parsed.flags.has("--force");
  const output = outputWorkbookOf(input, inPlace, parsed.values.get("--out"));
  const outputFile =
    output === undefined
      ? undefined
      : await OutputFile.create(output, { overwrite, inPlace, inputs: [input] });
  try {
    return await auditInto(input, outputFile, parsed, year, io);
  } finally {
    await outputFile?.discard();
  }
}

async function auditInto(
  input: string,
  outputFile: OutputFile | undefined,
  parsed: ParsedArguments,
  year: number | undefined,
  io: CommandIo
): Promise<number> {
  const output = outputFile?.path;
  const workbook = await openWorkbook(input, maxSizeOption(parsed.values.get("--max-size")));
  const session = analysisSession(workbook.grids, {
    language: io.language,
    ranAt: new Date().toISOString(),
    ...(year === undefined ? {} : { year }),
  });
  if (session.kind !== "analysed") {
    const shown =
      session.kind === "invalid"
        ? session.issues.filter((issue) => issue.severity === "error")
        : session.issues;
    for (const issue of shown) io.stderr(`veikart: ${messageIn(issue, io.language)}\n`);
    return 1;
  }
  const { analysis, plan } = session;
  if (analysis.audit === null) {
    for (const issue of analysis.blockingIssues)
      io.stderr(`veikart: ${messageIn(issue, io.language)}\n`);
    return 1;
  }
  if (outputFile !== undefined) {
    io.stderr(cutTextWarnings(writeSheetPlans(workbook.xlsx, [plan]), io.language));
    await outputFile.commit(workbook.xlsx.toBuffer());
  }
  const written =
    output === undefined ? "" : io.language === "nb" ? `Skrev ${output}\n` : `Wrote ${output}\n`;
  if (parsed.flags.has("--json"))
    io.stdout(
      `${JSON.stringify(
        {
          year: analysis.year,
          baseYear: analysis.baseYear,
          decoupling: analysis.decoupling.map((row) => decouplingRecord(row, io.language)),
          ...printedAudit(analysis.audit, io.language),
          output: output ?? null,
        },
        null,
        2
      )}\n`
    );
  else
    io.stdout(
      `${decouplingText(analysis.decoupling, io.language)}\n${auditText(analysis.audit, io.language)}${written}`
    );
  return 0;
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  return args.includes("--data") || args.includes("--meta")
    ? auditCoin(args, io)
    : auditWorkbook(args, io);
}

export const auditCommand: Command = {
  help,
  run,
};
