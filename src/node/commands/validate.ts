import { validationSession } from "../../core/session";
import { UsageError, type Command } from "../command";
import { issueReport, printedIssue } from "../issue-report";
import { readWorkbookGrids } from "../workbook-grids";

export const validateCommand: Command = {
  help: [
    "Usage: veikart validate <workbook.xlsx> [--json] [--lang nb|en]",
    "",
    "Checks the sheets Indikatorer, Dimensjoner, Enheter, Data and Metode and prints every problem",
    "with its cell address (Data!D17), grouped by sheet.",
    "",
    "  --json         print the issues as JSON: [{code, severity, sheet, cell, message, unit, indicator, year, value}]",
    "  --lang nb|en   messages in bokmål or English",
    "",
    "Exit code: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read.",
  ].join("\n"),
  async run(args, io) {
    const json = args.includes("--json");
    const unknown = args.filter((arg) => arg.startsWith("-") && arg !== "--json");
    if (unknown.length > 0) throw new UsageError(`validate: unknown option ${unknown[0]}`);
    const paths = args.filter((arg) => !arg.startsWith("-"));
    if (paths.length !== 1)
      throw new UsageError("validate takes one workbook: veikart validate <workbook.xlsx>");
    const path = paths[0] ?? "";
    const { validation, issues } = validationSession(await readWorkbookGrids(path));
    if (json)
      io.stdout(
        `${JSON.stringify(
          issues.map((issue) => printedIssue(issue, io.language)),
          null,
          2
        )}\n`
      );
    else io.stdout(issueReport(path, issues, validation.summary, io.language));
    return validation.summary.canScore ? 0 : 1;
  },
};
