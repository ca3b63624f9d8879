// The generated Validering sheet: one row per issue, with its message in bokmål and English.
import type { Language } from "../language";
import type { Issue } from "../model";
import { generatedMarkerBlock, type NotesPlan, type SheetPlan } from "../sheet-plan";
import { summarise } from "../validate";
import { numberFormats, type BenchmarkTable } from "./table-records";
import { columnWidthsOf, stackTables, tableOf } from "./plan-layout";

export const validationSheetName = "Validering";
export const validationTableName = "VeikartValidering";

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
      messageNb: issue.message.nb,
      messageEn: issue.message.en,
    }));
  return { columns, rows };
}

/**
 * The Validering sheet: the marker, a one-line summary and the issue table. `cell` is what the adapter
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
  const [table] = stackTables(
    [
      tableOf(
        validationTable(issues, language),
        validationTableName,
        language === "nb" ? "Problemer" : "Issues",
        "TableStyleMedium2"
      ),
    ],
    3
  );
  const blocks =
    table === undefined ? [generatedMarkerBlock, summary] : [generatedMarkerBlock, summary, table];
  return {
    name: validationSheetName,
    blocks,
    charts: [],
    columnWidths: columnWidthsOf(blocks),
    frozen: { rows: (table?.anchor.row ?? 3) + 1, columns: 0 },
  };
}
