// The ranking of a benchmark as the command line prints it.
import type { BenchmarkRecord } from "../core/benchmark";
import type { Language } from "../core/issues";
import type { ValidationSummary } from "../core/validate";
import { terminalText } from "./terminal-text";
import { decimalText, fixedWidthTable } from "./text-table";

const oneDecimal = (value: unknown, language: Language) =>
  typeof value === "number" ? decimalText(value, 1, language) : "";

/** "+0.4", "-1.2", and "0.0" for a change that rounds to nothing. */
function signed(value: unknown, language: Language): string {
  if (typeof value !== "number") return "";
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? "+" : ""}${oneDecimal(rounded === 0 ? 0 : rounded, language)}`;
}

/**
 * A fixed-width table: rank, code, unit, group, index, coverage, change since the previous year, note.
 * The workbook's texts are printed without control characters or escape sequences (terminalText).
 */
export function rankingText(record: BenchmarkRecord, language: Language): string {
  const header =
    language === "nb"
      ? ["Rang", "Kode", "Enhet", "Gruppe", "Indeks", "Dekning", "Endring", "Merknad"]
      : ["Rank", "Code", "Unit", "Group", "Index", "Coverage", "Change", "Note"];
  const rows = record.ranking.map((row) => [
    typeof row.rank === "number" ? String(row.rank) : "-",
    terminalText(String(row.unitCode ?? "")),
    terminalText(String(row.unitName ?? "")),
    terminalText(String(row.peerGroup ?? "")),
    oneDecimal(row.index, language),
    typeof row.coverage === "number" ? `${Math.round(row.coverage * 100)} %` : "",
    signed(row.scoreChangeSincePreviousYear, language),
    terminalText(String(row.note ?? "")),
  ]);
  return fixedWidthTable(header, rows, new Set([0, 4, 5, 6]));
}

/** "0 feil, 2 advarsler, 1 info" */
export function severityCounts(summary: ValidationSummary, language: Language): string {
  const counts = summary.bySeverity;
  return language === "nb"
    ? `${counts.error} feil, ${counts.warning} advarsler, ${counts.info} info`
    : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`;
}

/** "Benchmark 2023, alle enheter (6), min-maks per år, aritmetisk, dekningsgrense 60 %" */
export function benchmarkHeadline(record: BenchmarkRecord, language: Language): string {
  const method = record.method;
  const threshold = `${Math.round(Number(method.coverageThreshold) * 100)} %`;
  return terminalText(headlineOf(record, method, threshold, language));
}

function headlineOf(
  record: BenchmarkRecord,
  method: BenchmarkRecord["method"],
  threshold: string,
  language: Language
): string {
  return language === "nb"
    ? `Benchmark ${record.year}: ${record.peers} (${record.unitCount}), normalisering ${method.normalisation} (${method.normalisationScope}), aggregering ${method.aggregation}, dekningsgrense ${threshold}, basisår ${record.baseYear}`
    : `Benchmark ${record.year}: ${record.peers} (${record.unitCount}), normalisation ${method.normalisation} (${method.normalisationScope}), aggregation ${method.aggregation}, coverage threshold ${threshold}, base year ${record.baseYear}`;
}
