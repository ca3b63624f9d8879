// What a cell holds, read the way Norwegian spreadsheets write it.
import type { CellValue, GridCell } from "./grid";

const excelErrors = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** SSB's symbols for values that are missing, with what each one means. */
export const missingValueSymbols: Readonly<Record<string, { nb: string; en: string }>> = {
  ".": { nb: "ikke mulig å føre opp", en: "not applicable" },
  "..": { nb: "tallgrunnlag mangler", en: "not available" },
  "...": { nb: "tall kan ikke offentliggjøres ennå", en: "not yet available" },
  ":": { nb: "vises ikke av konfidensialitetshensyn", en: "suppressed" },
  "-": { nb: "null, ingenting å rapportere", en: "nothing to report" },
};

/** The Excel error a cell holds, given as its text ("#N/A"), if any. */
export function excelErrorOf(cell: unknown): string | undefined {
  if (typeof cell !== "string" || !cell.includes("#")) return undefined;
  return excelErrors.has(cell.trim().toUpperCase()) ? cell.trim() : undefined;
}

export type NumberReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  /** A number typed as text: decimal comma, spaces as thousands separators or a percent sign. */
  | { readonly kind: "text number"; readonly value: number; readonly text: string }
  | { readonly kind: "missing symbol"; readonly symbol: string }
  | { readonly kind: "error value"; readonly error: string }
  | { readonly kind: "not a number" };

const spaces = "[ \\u00a0\\u202f\\u2009]";
const plainNumber = /^[-+]?\d+(?:[.,]\d+)?$/;
const groupedBySpaces = new RegExp(`^[-+]?\\d{1,3}(?:${spaces}\\d{3})+(?:,\\d+)?$`);
const groupedByDots = /^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/;
const percentSign = new RegExp(`${spaces}*%$`);
const everySpace = new RegExp(spaces, "g");

/** The number a text means, if it is one as Norwegians write numbers; undefined otherwise. */
export function numberFromText(text: string): number | undefined {
  const trimmed = text
    .trim()
    .replace(/^\u2212/, "-")
    .replace(percentSign, "");
  if (trimmed.length > 40) return undefined;
  let digits: string;
  if (plainNumber.test(trimmed)) digits = trimmed.replace(",", ".");
  else if (groupedBySpaces.test(trimmed))
    digits = trimmed.replace(everySpace, "").replace(",", ".");
  else if (groupedByDots.test(trimmed)) digits = trimmed.replace(/\./g, "").replace(",", ".");
  else return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

export function readNumber(cell: unknown): NumberReading {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { kind: "number", value: cell } : { kind: "not a number" };
  const error = excelErrorOf(cell);
  if (error !== undefined) return { kind: "error value", error };
  if (typeof cell !== "string") return { kind: "not a number" };
  const trimmed = cell.trim();
  if (trimmed === "") return { kind: "blank" };
  if (missingValueSymbols[trimmed] !== undefined)
    return { kind: "missing symbol", symbol: trimmed };
  const value = numberFromText(trimmed);
  return value === undefined
    ? { kind: "not a number" }
    : { kind: "text number", value, text: trimmed };
}

/** The number a reading holds, typed as a number or as text; undefined for anything else. */
export function readingValue(reading: NumberReading): number | undefined {
  return reading.kind === "number" || reading.kind === "text number" ? reading.value : undefined;
}

/** True for a whole number from minimum to maximum, such as a year or a quality code. */
export function isWholeNumberIn(value: unknown, minimum: number, maximum: number): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= minimum && value <= maximum
  );
}

/** A cell as text for names, ids and codes: trimmed; numbers written plainly; undefined when blank. */
export function readText(cell: GridCell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  return String(cell);
}

const longest = 120;

/** A cell's content as an issue carries it: primitives as they are, long texts cut. */
export function shownValue(cell: GridCell): CellValue | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return cell.length > longest ? `${cell.slice(0, longest)}…` : cell;
  return cell;
}

/** True when a number format shows the value as a percentage ("0.0%", not a literal "%"). */
export function isPercentFormat(format: string | undefined): boolean {
  if (format === undefined || !format.includes("%")) return false;
  return /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/**
 * True when a number format shows numbers as dates or times: d, m, y, h, s (or b, the Buddhist
 * year) outside quoted text, escaped characters, padding and fill characters and [...] sections
 * such as colours and locales.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return /[ymdhsb]/i.test(format.replace(/"[^"]*"|[\\_*].|\[[^\]]*]/g, ""));
}

/** The digits a number is padded to by a format such as "0000"; undefined for other formats. */
export function zeroPaddingOf(format: string | undefined): number | undefined {
  const match = format === undefined ? null : /^0+$/.exec(format.trim());
  return match === null ? undefined : match[0].length;
}
