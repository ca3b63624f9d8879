// The result of an uncertainty and sensitivity analysis as the command line prints it: the JSON of the
// issue's shape, or readable tables of the rank intervals and the sensitivity indices.
import type { Language } from "../core/language";
import type { SensitivityResult, VariedInput } from "../core/sensitivity";
import { terminalText } from "./terminal-text";
import { decimalText, fixedWidthTable } from "./text-table";

/**
 * Exactly the shape of `veikart sensitivity --json` in issue 16: `combinations` (only when every
 * combination was run once), `units` with the rank statistics, `sensitivity` with the Sobol indices.
 */
export function sensitivityJson(result: SensitivityResult): object {
  return {
    ...(result.combinations === undefined ? {} : { combinations: result.combinations }),
    // Each unit's rank statistics; the spread of its index is left out of the shape.
    units: result.units.map((unit) => ({
      code: unit.code,
      nominalRank: unit.nominalRank,
      medianRank: unit.medianRank,
      p5: unit.p5,
      p95: unit.p95,
      minRank: unit.minRank,
      maxRank: unit.maxRank,
      shareAtOrAboveNominal: unit.shareAtOrAboveNominal,
    })),
    sensitivity: result.sensitivity,
  };
}

/** A rank as printed: whole ranks as they are, a median or percentile between two ranks with one decimal. */
function rankText(rank: number | null, language: Language): string {
  if (rank === null) return "-";
  return Number.isInteger(rank) ? String(rank) : decimalText(rank, 1, language);
}

const decimals = (value: number, language: Language) => decimalText(value, 3, language);

/** "normalise (minmax, zscore, rank)", "weights (±25 %)". */
function inputText(input: VariedInput): string {
  return input.kind === "weights"
    ? `${input.name} (±${Math.round(input.noise * 1000) / 10} %)`
    : `${input.name} (${input.alternatives.map((alternative) => alternative.label).join(", ")})`;
}

function headline(result: SensitivityResult, language: Language): string {
  const inputs = result.inputs.map(inputText).join(", ");
  if (language === "nb")
    return result.mode === "exhaustive"
      ? `${result.year}: alle ${result.runs} kombinasjoner av ${inputs}`
      : `${result.year}: ${result.runs} trukne kjøringer av ${inputs}`;
  return result.mode === "exhaustive"
    ? `${result.year}: all ${result.runs} combinations of ${inputs}`
    : `${result.year}: ${result.runs} sampled runs of ${inputs}`;
}

/** The units by nominal rank (unranked last): nominal rank, median, the 5-95 % interval, the range, the share. */
function unitTable(result: SensitivityResult, language: Language): string {
  const nb = language === "nb";
  const header = nb
    ? ["Kode", "Rang", "Median", "5-95 %", "Beste-dårligste", "Like god eller bedre"]
    : ["Code", "Rank", "Median", "5-95 %", "Best-worst", "At or above rank"];
  const byRank = [...result.units].sort(
    (a, b) =>
      (a.nominalRank ?? Number.POSITIVE_INFINITY) - (b.nominalRank ?? Number.POSITIVE_INFINITY) ||
      a.code.localeCompare(b.code)
  );
  const rows = byRank.map((unit) => [
    terminalText(unit.code),
    rankText(unit.nominalRank, language),
    rankText(unit.medianRank, language),
    `${rankText(unit.p5, language)}-${rankText(unit.p95, language)}`,
    `${rankText(unit.minRank, language)}-${rankText(unit.maxRank, language)}`,
    unit.shareAtOrAboveNominal === null ? "-" : `${Math.round(unit.shareAtOrAboveNominal * 100)} %`,
  ]);
  return fixedWidthTable(header, rows, new Set([1, 2, 3, 4, 5]));
}

/** Per varied input its first-order and total index with their intervals. */
function sensitivityTable(result: SensitivityResult, language: Language): string {
  const header =
    language === "nb"
      ? ["Valg", "Førsteordens", "Intervall", "Total", "Intervall"]
      : ["Input", "First-order", "Interval", "Total", "Interval"];
  const rows = result.sensitivity.map((entry) => [
    entry.input,
    decimals(entry.first, language),
    `${decimals(entry.firstLow, language)} – ${decimals(entry.firstHigh, language)}`,
    decimals(entry.total, language),
    `${decimals(entry.totalLow, language)} – ${decimals(entry.totalHigh, language)}`,
  ]);
  return fixedWidthTable(header, rows, new Set([1, 2, 3, 4]));
}

/** The readable report: what was varied, the rank table, and the sensitivity table when there is one. */
export function sensitivityText(result: SensitivityResult, language: Language): string {
  const nb = language === "nb";
  const parts = [headline(result, language), "", unitTable(result, language)];
  if (result.sensitivity.length > 0)
    parts.push(
      "",
      nb
        ? "Sobol-indekser for gjennomsnittlig absolutt rangendring:"
        : "Sobol indices of the mean absolute rank shift:",
      sensitivityTable(result, language)
    );
  return `${parts.join("\n")}\n`;
}
