import { validationSession } from "../../core/session/validation-session";
import { UsageError, type Command } from "../command";
import { parseArguments } from "../command-arguments";
import { issueReport, writeIssuesJson } from "../issue-report";
import { maxSizeOption } from "../read-limits";
import { readWorkbookGrids } from "../workbook-grids";

export const validateCommand: Command = {
  help: [
    "Usage: veikart validate <workbook.xlsx> [--json] [--max-size SIZE] [--lang nb|en]",
    "",
    "Checks the sheets Indikatorer, Dimensjoner, Enheter, Data and Metode and prints every problem",
    "with its cell address (Data!D17), grouped by sheet.",
    "",
    "  --json           print the issues as JSON: [{code, severity, sheet, cell, message, unit, indicator, year, value}]",
    "  --max-size SIZE  the most the workbook may unpack to (default 200MB), such as 500MB",
    "  --lang nb|en     messages in bokmål or English",
    "",
    "Of each kind of issue in one column, the first 1,000 are kept and the rest counted (issues_not_listed,",
    "at the first cell not listed). The text report lists the first 1,000 issues kept and counts them all;",
    "--json lists every issue kept.",
    "",
    "Exit code: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read.",
  ].join("\n"),
  async run(args, io) {
    const parsed = parseArguments(args, {
      command: "validate",
      flags: ["--json"],
      valued: ["--max-size"],
    });
    if (parsed.positional.length !== 1)
      throw new UsageError("validate takes one workbook: veikart validate <workbook.xlsx>");
    const path = parsed.positional[0] ?? "";
    const limits = maxSizeOption(parsed.values.get("--max-size"));
    const { validation, issues } = validationSession(await readWorkbookGrids(path, limits));
    if (parsed.flags.has("--json")) writeIssuesJson(issues, io.language, io.stdout);
    else io.stdout(issueReport(path, issues, validation.summary, io.language));
    return validation.summary.canScore ? 0 : 1;
  },
};
