// Validation issues as the command line prints them: grouped by sheet, or as JSON.
import { messageIn, type Issue, type Language } from "../core/issues";
import { notListedIn, type ValidationSummary } from "../core/validate";
import { terminalText } from "./terminal-text";
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

/**
 * The most issues the text report lists; `--json` lists every issue kept, and the counts below the
 * list count them all (those issues_not_listed issues count too).
 */
export const listedIssuesLimit = 1000;

/**
 * A readable report: one block per sheet, one line per issue with its cell address, at most
 * `listedIssuesLimit` lines, then the counts. Text from the workbook is printed without control
 * characters or escape sequences (terminalText).
 */
export function issueReport(
  path: string,
  issues: readonly Issue[],
  summary: ValidationSummary,
  language: Language
): string {
  const words = severityWords[language];
  const workbookWord = language === "nb" ? "Arbeidsboken" : "Workbook";
  const line = (issue: Issue, sheet: string) => {
    const printed = printedIssue(issue, language);
    return `  ${(printed.cell ?? sheet).padEnd(16)} ${words[printed.severity].padEnd(9)} ${printed.code}: ${printed.message}`;
  };
  const counted = issues.filter((issue) => notListedIn(issue) !== undefined);
  const kept = issues.filter((issue) => notListedIn(issue) === undefined);
  const bySheet = new Map<string, Issue[]>();
  for (const issue of kept) {
    const sheet = issue.sheet ?? workbookWord;
    const sheetIssues = bySheet.get(sheet);
    if (sheetIssues === undefined) bySheet.set(sheet, [issue]);
    else sheetIssues.push(issue);
  }
  const lines = [path];
  let listed = 0;
  for (const [sheet, sheetIssues] of bySheet) {
    if (listed >= listedIssuesLimit) break;
    lines.push("", `${sheet}:`);
    for (const issue of sheetIssues.slice(0, listedIssuesLimit - listed)) {
      lines.push(line(issue, sheet));
      listed++;
    }
  }
  if (listed < kept.length) {
    const more = (kept.length - listed).toLocaleString(language === "nb" ? "nb-NO" : "en");
    lines.push(
      "",
      language === "nb"
        ? `… og ${more} problemer til (--json lister dem)`
        : `… and ${more} more issues (--json lists them)`
    );
  }
  if (counted.length > 0) {
    lines.push("", language === "nb" ? "Talt, men ikke listet:" : "Counted, not listed:");
    for (const issue of counted) lines.push(line(issue, issue.sheet ?? workbookWord));
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
  return `${lines.map(terminalText).join("\n")}\n`;
}

/**
 * The issues as the JSON array `--json` prints (as JSON.stringify(printed, null, 2) would), written in
 * pieces so that a million issues never make one string larger than Node can hold.
 */
export function writeIssuesJson(
  issues: readonly Issue[],
  language: Language,
  write: (text: string) => void
): void {
  if (issues.length === 0) return write("[]\n");
  const piece = 1000;
  for (let start = 0; start < issues.length; start += piece) {
    const items = issues
      .slice(start, start + piece)
      .map(
        (issue) =>
          `  ${JSON.stringify(printedIssue(issue, language), null, 2).replace(/\n/g, "\n  ")}`
      );
    const end = start + piece >= issues.length;
    write(`${start === 0 ? "[\n" : ",\n"}${items.join(",\n")}${end ? "\n]\n" : ""}`);
  }
}
