import { basename } from "node:path";
import type { Issue } from "../../core/issues";
import { validationSheetPlan } from "../../core/benchmark";
import { mergeWorkbooks, type MergeSource } from "../../core/merge";
import { workbookSheetsOf } from "../../core/template";
import { summarise, validateWorkbook } from "../../core/validate";
import { OutputFile } from "../atomic-file";
import { cutTextWarnings } from "../benchmark-output";
import { UsageError, type Command, type CommandIo } from "../command";
import { parseArguments } from "../command-arguments";
import { issueReport, printedIssue, withCellAddress } from "../issue-report";
import { progressOn } from "../progress";
import { maxSizeOption } from "../read-limits";
import { packageOfSheets } from "../template-workbook";
import { readWorkbookGrids } from "../workbook-grids";
import { writeSheetPlans } from "../xlsx/write-sheet-plans";

const help = [
  "Usage: veikart merge <a.xlsx> <b.xlsx> ... -o combined.xlsx [--force] [--json] [--max-size SIZE]",
  "",
  "Combines the Data sheets of several partners' workbooks that share one catalogue into one workbook:",
  "the first workbook's Indikatorer, Dimensjoner and Metode, every workbook's units and data.",
  "Rows repeated with the same value are kept once. The same unit, year and indicator with different",
  "values is a conflict: it is reported (with each file and row) and all its rows are kept, so the",
  "combined workbook shows them to be resolved; the conflicts are also listed on its Validering sheet.",
  "",
  "  -o, --out FILE   the combined workbook (required)",
  "  --force          merge workbooks that have validation errors, and replace an existing output",
  "  --json           print the issues as JSON",
  "  --max-size SIZE  the most each workbook may unpack to (default 200MB), such as 500MB",
  "  --lang nb|en     messages in bokmål or English",
  "",
  "Exit code: 0 merged, 1 conflicts or validation errors (a workbook with conflicts is still written;",
  "workbooks with different catalogues are not merged), 2 unreadable input or bad options.",
].join("\n");

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArguments(args, {
    command: "merge",
    flags: ["--force", "--json"],
    valued: ["--out", "--max-size"],
    aliases: { "-o": "--out" },
  });
  const output = parsed.values.get("--out");
  if (output === undefined) throw new UsageError("merge needs -o <combined.xlsx>");
  if (!output.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`${output}: the combined workbook is written as .xlsx`);
  if (parsed.positional.length < 2)
    throw new UsageError(
      "merge takes two or more workbooks: veikart merge a.xlsx b.xlsx -o combined.xlsx"
    );
  const force = parsed.flags.has("--force");
  const limits = maxSizeOption(parsed.values.get("--max-size"));
  const outputFile = await OutputFile.create(output, {
    overwrite: force,
    inputs: parsed.positional,
  });
  const progress = progressOn(io, parsed.positional.length + 1);
  const sources: MergeSource[] = [];
  const inputIssues: Issue[] = [];
  try {
    for (const path of parsed.positional) {
      progress.step(io.language === "nb" ? `leser ${path}` : `reading ${path}`);
      const validation = validateWorkbook(await readWorkbookGrids(path, limits));
      const errors = validation.issues.filter((issue) => issue.severity === "error");
      inputIssues.push(
        ...errors.map((issue) => ({ ...withCellAddress(issue), file: basename(path) }))
      );
      sources.push({ file: basename(path), content: validation.content });
    }
    const merged = mergeWorkbooks(sources);
    const refused = !merged.combinable || (inputIssues.length > 0 && !force);
    const issues = [...inputIssues, ...merged.issues];
    if (!refused) {
      progress.step(io.language === "nb" ? `skriver ${output}` : `writing ${output}`);
      const xlsx = packageOfSheets(workbookSheetsOf(merged.content));
      io.stderr(
        cutTextWarnings(
          writeSheetPlans(xlsx, [validationSheetPlan(merged.issues, io.language)]),
          io.language
        )
      );
      await outputFile.commit(xlsx.toBuffer());
    }
    progress.done();
    const summary = summarise(issues);
    if (parsed.flags.has("--json"))
      io.stdout(
        `${JSON.stringify(
          {
            output: refused ? null : output,
            units: merged.content.units.length,
            observations: merged.content.observations.length,
            issues: issues.map((issue) => printedIssue(issue, io.language)),
          },
          null,
          2
        )}\n`
      );
    else {
      io.stdout(issueReport(parsed.positional.join(" + "), issues, summary, io.language));
      io.stdout(outcome(io, refused, output, merged.content.observations.length));
    }
    return summary.bySeverity.error > 0 ? 1 : 0;
  } finally {
    progress.done();
    await outputFile.discard();
  }
}

function outcome(io: CommandIo, refused: boolean, output: string, observations: number): string {
  if (io.language === "nb")
    return refused
      ? `Ingenting skrevet: rett feilene over (eller bruk --force når bare datafeil stopper sammenslåingen).\n`
      : `Skrev ${output} (${observations} observasjoner).\n`;
  return refused
    ? `Nothing written: fix the errors above (or use --force when only data errors stop the merge).\n`
    : `Wrote ${output} (${observations} observations).\n`;
}

export const mergeCommand: Command = {
  help,
  run,
};
