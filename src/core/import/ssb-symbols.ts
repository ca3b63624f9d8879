// SSB's symbols in a value or its status: "..", ":", "." and "..." are missing values whose meaning is
// kept (Data's Kvalitet); "-" is zero, a value.
import { isMissingSymbol, type MissingSymbol } from "../model";

export type SourceValue =
  | { readonly value: number; readonly missing?: undefined }
  | { readonly value: null; readonly missing: MissingSymbol };

const notAvailable: SourceValue = { value: null, missing: ".." };
const zero: SourceValue = { value: 0 };

/**
 * A cell as SSB gives it: a number (a status beside it, such as a footnote mark, leaves it a value),
 * or null or a symbol with the symbol (in the value or the status) saying why it is missing. A
 * missing value without a symbol is ".." (not available).
 */
export function readSsbValue(
  value: number | string | null | undefined,
  status?: string
): SourceValue {
  const symbol = typeof value === "string" ? value.trim() : status?.trim();
  if (typeof value === "number" && Number.isFinite(value)) return symbol === "-" ? zero : { value };
  if (symbol === "-") return zero;
  if (isMissingSymbol(symbol)) return { value: null, missing: symbol };
  // JSON-stat allows values as strings: a number written as text is that number.
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(number) ? { value: number } : notAvailable;
}

/** Region codes of SSB's aggregates: the whole country, KOSTRA's groups and county sums. */
const aggregatePatterns = [/^0$/, /^EA[KU]/i, /^EK[AGL]/i, /^EKU/i];

/** Whether a region code is one of SSB's aggregates rather than a kommune or fylke. */
export function isAggregateRegion(code: string): boolean {
  return aggregatePatterns.some((pattern) => pattern.test(code));
}
