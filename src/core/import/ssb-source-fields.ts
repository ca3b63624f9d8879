// The Indikatorer sheet's SSB columns as text and back: SSB-tabell, SSB-utvalg and SSB-nevner.
import type { SsbSelection, SsbTableContents } from "../model";

const tablePattern = /^\d{5}$/;
const dimensionPattern = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const codePattern = /^[^;=,/\s][^;=,]*$/;

/** SSB's table number as five digits; a number typed without its leading zero (7459) is padded. */
export function parseSsbTable(written: string | number): string | undefined {
  const text =
    typeof written === "number" && Number.isInteger(written) && written >= 0
      ? String(written).padStart(5, "0")
      : String(written).trim();
  return tablePattern.test(text) ? text : undefined;
}

export type SelectionReading =
  | { readonly kind: "selections"; readonly selections: readonly SsbSelection[] }
  /** The part that could not be read, such as "Kjonn" (no "=") or "Alder=" (no code). */
  | { readonly kind: "malformed"; readonly part: string };

/**
 * `Kjonn=2;Alder=020,021`: each dimension held at one code, or at several (whose values are summed),
 * dimensions apart by ";", codes by ",". A dimension may be named once.
 */
export function parseSsbSelections(text: string): SelectionReading {
  const selections: SsbSelection[] = [];
  const named = new Set<string>();
  for (const rawPart of text.split(";")) {
    const part = rawPart.trim();
    if (part === "") continue;
    const equals = part.indexOf("=");
    const dimension = part.slice(0, Math.max(0, equals)).trim();
    const codes = part
      .slice(equals + 1)
      .split(",")
      .map((code) => code.trim());
    if (
      equals < 0 ||
      !dimensionPattern.test(dimension) ||
      named.has(dimension) ||
      codes.some((code) => !codePattern.test(code))
    )
      return { kind: "malformed", part };
    named.add(dimension);
    selections.push({ dimension, codes });
  }
  return { kind: "selections", selections };
}

/** `07459/Personer1`: a table and its ContentsCode; undefined when malformed. */
export function parseSsbDenominator(text: string): SsbTableContents | undefined {
  const match = /^(\d{5})\s*\/\s*([^/\s;=,]+)$/.exec(text.trim());
  return match === null ? undefined : { table: match[1] ?? "", contents: match[2] ?? "" };
}

/** The selections as the SSB-utvalg column writes them. */
export function formatSsbSelections(selections: readonly SsbSelection[]): string {
  return selections
    .map((selection) => `${selection.dimension}=${selection.codes.join(",")}`)
    .join(";");
}

/** A table and contents as the SSB-nevner column and the Kilde column write them: "07459/Personer1". */
export function formatSsbTableContents(source: SsbTableContents): string {
  return `${source.table}/${source.contents}`;
}
