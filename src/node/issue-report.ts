// Validation issues as the command line prints them: grouped by sheet, or as JSON.
import { messageIn, type Issue, type Language } from "../core/issues";
import type { ValidationSummary } from "../core/validate";
import { cellAddress } from "./workbook-grids";

/**
 * An issue as `--json` prints it: its code and place, the message rendered in the requested language and
 * the parameters the message was made from (the same in either language).
 */
export interface PrintedIssue {
  readonly code: string;
  readonly severity: Issue["severity"];
  readonly file: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  readonly parameters: unknown;
  readonly unit: string | null;
  readonly indicator: string | null;
  readonly year: number | null;
  readonly value: unknown;
}

/** The issue with `cell` filled in from its sheet, row and column (Data!D17) when it has a sheet. */
export function withCellAddress(issue: Issue): Issue {
  if (issue.cell !== undefined || issue.sheet === undefined) return issue;
  return { ...issue, cell: cellAddress(issue.sheet, issue.row, issue.column) };
}

/**
 * The issue with its cell address filled in (Data!D17), as `--json` prints it. An issue in one of several
 * workbooks (veikart merge) names the file before its message too, as the report lists it.
 */
export function printedIssue(issue: Issue, language: Language): PrintedIssue {
  const message = messageIn(issue, language);
  return {
    code: issue.code,
    severity: issue.severity,
    file: issue.file ?? null,
    sheet: issue.sheet ?? null,
    cell: withCellAddress(issue).cell ?? null,
    message: issue.file === undefined ? message : `${issue.file}: ${message}`,
    parameters: issue.parameters,
    unit: issue.unit ?? null,
    indicator: issue.indicator ?? null,
    year: issue.year ?? null,
    value: issue.value ?? null,
  };
}

const severityWords: Readonly<Record<Language, Readonly<Record<Issue["severity"], string>>>> = {
  nb: { error: "feil", warning: "advarsel", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** A readable report: one block per sheet, one line per issue with its cell address. */
export function issueReport(
  path: string,
  issues: readonly Issue[],
  summary: ValidationSummary,
  language: Language
): string {
  const words = severityWords[language];
  const bySheet = new Map<string, PrintedIssue[]>();
  for (const issue of issues) {
    const printed = printedIssue(issue, language);
    const sheet = printed.sheet ?? (language === "nb" ? "Arbeidsboken" : "Workbook");
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), printed]);
  }
  const lines = [`${path}`];
  for (const [sheet, printed] of bySheet) {
    lines.push("", `${sheet}:`);
    for (const issue of printed)
      lines.push(
        `  ${(issue.cell ?? sheet).padEnd(16)} ${words[issue.severity].padEnd(9)} ${issue.code}: ${issue.message}`
      );
  }
  const counts = summary.bySeverity;
  lines.push(
    "",
    language === "nb"
      ? `${counts.error} feil, ${counts.warning} advarsler, ${counts.info} info. ${summary.canScore ? "Arbeidsboken kan beregnes." : "Rett feilene før beregning."}`
      : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info. ${summary.canScore ? "The workbook can be scored." : "Fix the errors before scoring."}`
  );
  const codes = Object.entries(summary.byCode).map(([code, count]) => `${code} ${count}`);
  if (codes.length > 0)
    lines.push(`${language === "nb" ? "Etter kode" : "By code"}: ${codes.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
