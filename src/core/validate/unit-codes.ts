import { zeroPaddingOf } from "./cell-values";
import type { GridCell } from "./grid";
import { levelOfCode } from "./levels";

export type UnitCodeReading =
  | { readonly kind: "code"; readonly code: string }
  /** A kommunenummer or fylkesnummer that lost its leading zero: 301 for 0301. */
  | { readonly kind: "leading zero lost"; readonly code: string; readonly written: string }
  | { readonly kind: "malformed"; readonly written: string };

function fromDigits(digits: string): UnitCodeReading {
  if (levelOfCode(digits) !== undefined) return { kind: "code", code: digits };
  if (/^\d$|^\d{3}$/.test(digits))
    return { kind: "leading zero lost", code: `0${digits}`, written: digits };
  return { kind: "malformed", written: digits };
}

/**
 * A unit code as written: text with its zeros, or a number (a number shown through a "0000" format
 * keeps its zeros on screen, so it is read with them). Blank cells are not codes.
 */
export function readUnitCode(
  cell: GridCell,
  numberFormat: string | undefined
): UnitCodeReading | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 0) return { kind: "malformed", written: String(cell) };
    const padding = zeroPaddingOf(numberFormat);
    const digits = String(cell);
    return fromDigits(
      padding !== undefined && digits.length <= padding ? digits.padStart(padding, "0") : digits
    );
  }
  if (typeof cell !== "string") return { kind: "malformed", written: String(cell) };
  const text = cell.trim();
  if (text === "") return undefined;
  return fromDigits(text);
}
