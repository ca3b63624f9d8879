// The generated Validering sheet: a summary with one row per sheet, indicator and issue code (how many,
// the worst few and their cells), above the full list with one row per issue and its message in bokmål
// and English.
import { messageIn, titleOf } from "../issue-titles";
import type { Language } from "../language";
import type { Issue } from "../model";
import { generatedMarkerBlock, type NotesPlan, type SheetPlan } from "../sheet-plan";
import { groupIssues, summarise } from "../validate";
import { numberFormats, type BenchmarkTable } from "./table-records";
import { columnWidthsOf, stackTables, tableOf } from "./plan-layout";

export const validationSheetName = "Validering";
export const validationTableName = "VeikartValidering";
export const validationSummaryTableName = "VeikartValideringSammendrag";

const severityWords: Readonly<Record<Language, Readonly<Record<Issue["severity"], string>>>> = {
  nb: { error: "feil", warning: "advarsel", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

const headers = {
  severity: { nb: "Alvorlighet", en: "Severity" },
  sheet: { nb: "Ark", en: "Sheet" },
  cell: { nb: "Celle", en: "Cell" },
  code: { nb: "Kode", en: "Code" },
  unit: { nb: "Enhet", en: "Unit" },
  indicator: { nb: "Indikator", en: "Indicator" },
  year: { nb: "År", en: "Year" },
  messageNb: { nb: "Melding", en: "Message (bokmål)" },
  messageEn: { nb: "Melding (engelsk)", en: "Message" },
} as const;

const widths: Readonly<Record<keyof typeof headers, number>> = {
  severity: 12,
  sheet: 14,
  cell: 14,
  code: 24,
  unit: 10,
  indicator: 22,
  year: 8,
  messageNb: 70,
  messageEn: 70,
};

const severityOrder: Readonly<Record<Issue["severity"], number>> = {
  error: 0,
  warning: 1,
  info: 2,
};

/** The issues as a record table: errors first, then warnings, then info; otherwise in the order given. */
export function validationTable(issues: readonly Issue[], language: Language): BenchmarkTable {
  const keys = Object.keys(headers) as (keyof typeof headers)[];
  const columns = keys.map((key) => ({
    key,
    header: headers[key][language],
    width: widths[key],
    ...(key === "year"
      ? { numberFormat: numberFormats.whole }
      : key === "unit"
        ? { numberFormat: numberFormats.text }
        : {}),
  }));
  const rows = issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        severityOrder[a.issue.severity] - severityOrder[b.issue.severity] || a.order - b.order
    )
    .map(({ issue }) => ({
      severity: severityWords[language][issue.severity],
      sheet: issue.sheet ?? null,
      cell: issue.cell ?? null,
      code: issue.code,
      unit: issue.unit ?? null,
      indicator: issue.indicator ?? null,
      year: issue.year ?? null,
      messageNb: messageIn(issue, "nb"),
      messageEn: messageIn(issue, "en"),
    }));
  return { columns, rows };
}

// The summary's columns line up with the full list's below (same widths where they meet).
const summaryHeaders = {
  severity: headers.severity,
  title: { nb: "Problem", en: "Issue" },
  sheet: headers.sheet,
  code: headers.code,
  count: { nb: "Antall", en: "Count" },
  indicator: headers.indicator,
  years: { nb: "År", en: "Years" },
  worst: { nb: "Verste (celle: enhet, år)", en: "Worst (cell: unit, year)" },
} as const;

const summaryWidths: Readonly<Record<keyof typeof summaryHeaders, number>> = {
  severity: widths.severity,
  title: 30,
  sheet: widths.sheet,
  code: widths.code,
  count: widths.unit,
  indicator: widths.indicator,
  years: 10,
  worst: widths.messageNb,
};

/** The years a group's issues concern: "2019", "2009-2024", or null when none names a year. */
function yearsOf(issues: readonly Issue[]): string | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { year } of issues) {
    if (year === undefined) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  if (first > last) return null;
  return first === last ? String(first) : `${first}-${last}`;
}

/** Where an issue lies, as a reader finds it: "Data!D17: 0301, 2023". */
function placeOf(issue: Issue): string {
  const about = [issue.unit, issue.year].filter((part) => part !== undefined).join(", ");
  const cell = issue.cell ?? issue.sheet;
  if (cell === undefined) return about;
  return about === "" ? cell : `${cell}: ${about}`;
}

/**
 * One row per sheet, indicator and code (groupIssues): errors first, its title, how many, and the worst
 * few (the largest magnitude first) with their cells.
 */
function validationSummaryTable(issues: readonly Issue[], language: Language): BenchmarkTable {
  const keys = Object.keys(summaryHeaders) as (keyof typeof summaryHeaders)[];
  const columns = keys.map((key) => ({
    key,
    header: summaryHeaders[key][language],
    width: summaryWidths[key],
    ...(key === "count" ? { numberFormat: numberFormats.whole } : {}),
  }));
  const rows = groupIssues(issues).map((group) => ({
    severity: severityWords[language][group.severity],
    title: titleOf(group, language),
    sheet: group.sheet ?? null,
    code: group.code,
    count: group.count,
    indicator: group.indicator ?? null,
    years: yearsOf(group.issues),
    worst: group.worst.map(placeOf).join("; "),
  }));
  return { columns, rows };
}

/**
 * The Validering sheet: the marker, a one-line count, the summary table and the full issue table. `cell` is what the adapter
 * filled in (the core knows no A1 addresses).
 */
export function validationSheetPlan(issues: readonly Issue[], language: Language): SheetPlan {
  const counts = summarise(issues).bySeverity;
  const summary: NotesPlan = {
    kind: "notes",
    anchor: { row: 1, column: 0 },
    rows: [
      [
        language === "nb"
          ? `${counts.error} feil, ${counts.warning} advarsler, ${counts.info} info`
          : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
      ],
    ],
    boldFirstColumn: true,
  };
  const tables = stackTables(
    [
      tableOf(
        validationSummaryTable(issues, language),
        validationSummaryTableName,
        language === "nb"
          ? "Sammendrag per indikator og problem"
          : "Summary by indicator and issue",
        "TableStyleMedium2"
      ),
      tableOf(
        validationTable(issues, language),
        validationTableName,
        language === "nb" ? "Alle problemer" : "All issues",
        "TableStyleMedium2"
      ),
    ],
    3
  );
  const blocks = [generatedMarkerBlock, summary, ...tables];
  return {
    name: validationSheetName,
    blocks,
    charts: [],
    columnWidths: columnWidthsOf(blocks),
    frozen: { rows: 2, columns: 0 },
  };
}
