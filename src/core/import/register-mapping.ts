// Values read by the codes of their year, mapped onto the register's units: one code's value as it is,
// a merged unit's summed from its predecessors when the values add up, a split reported.
import type { SourceValue } from "./ssb-symbols";
import { isAggregateRegion } from "./ssb-symbols";
import { codeOfItsYear, predecessorsIn, type CodeOfItsYear } from "./unit-crosswalk";

/** A table's values by region code (of its year), then by year. */
export type RegionYearValues = Map<string, Map<number, SourceValue>>;

/** A unit and year whose value is not imported, and the codes of that year that are why. */
export interface UnitYearCodes {
  readonly unit: string;
  readonly year: number;
  readonly codes: readonly string[];
}

export /** Sums values; missing as soon as one is, with its symbol. */
function sumOf(values: readonly SourceValue[]): SourceValue {
  let total = 0;
  for (const entry of values) {
    if (entry.value === null) return entry;
    total += entry.value;
  }
  return { value: total };
}

export type Combined =
  | { readonly kind: "value"; readonly value: SourceValue }
  | { readonly kind: "none" }
  | { readonly kind: "split" | "not additive"; readonly codes: readonly string[] };

const codesWithFiguresOf = new WeakMap<RegionYearValues, ReadonlySet<string>>();

/**
 * The codes the table carries figures for in some year: a value, or one held back as confidential
 * (a code given only as not available or not applicable did not exist in the table's years).
 */
function codesWithFigures(table: RegionYearValues): ReadonlySet<string> {
  let codes = codesWithFiguresOf.get(table);
  if (codes === undefined) {
    codes = new Set(
      [...table]
        .filter(([, byYear]) =>
          [...byYear.values()].some((entry) => entry.value !== null || entry.missing === ":")
        )
        .map(([code]) => code)
    );
    codesWithFiguresOf.set(table, codes);
  }
  return codes;
}

/**
 * A register unit's value in a year, from the codes valid that year that lie in it and that the
 * table carries figures for in some year: one code's value as it is, several codes' values summed when
 * they add up, a code that was later split reported. A table without any such code (one that gives
 * earlier years in today's borders, as SSB's "K-" codes and most downloads do) gives the unit's own
 * code's value as it is.
 */
export function combineForUnit(
  table: RegionYearValues,
  unit: string,
  year: number,
  additive: boolean
): Combined {
  const carried = codesWithFigures(table);
  const contributors: CodeOfItsYear[] = [];
  let inTable = false;
  for (const entry of predecessorsIn(unit, year))
    if (carried.has(entry.code)) {
      contributors.push(entry);
      inTable ||= table.get(entry.code)?.has(year) === true;
    }
  if (contributors.length === 0) {
    const own = table.get(unit)?.get(year);
    return own === undefined ? { kind: "none" } : { kind: "value", value: own };
  }
  // A year none of them has is not in the table; one that some lack is missing for the merged unit.
  if (!inTable) return { kind: "none" };
  if (contributors.length === 1 && contributors[0]?.successors.length === 1)
    return { kind: "value", value: table.get(contributors[0].code)?.get(year) as SourceValue };
  const codes = contributors.map((entry) => entry.code);
  if (contributors.some((entry) => entry.successors.length > 1)) return { kind: "split", codes };
  if (contributors.length > 1 && !additive) return { kind: "not additive", codes };
  return {
    kind: "value",
    value: sumOf(
      contributors.map(
        (entry): SourceValue => table.get(entry.code)?.get(year) ?? { value: null, missing: ".." }
      )
    ),
  };
}

/** The codes of a table that are not units of the register or codes it knows: aggregates and unknown. */
export function codesOutsideRegister(codes: Iterable<string>): {
  readonly unknownCodes: string[];
  readonly aggregates: string[];
} {
  const unknownCodes: string[] = [];
  const aggregates: string[] = [];
  for (const code of codes) {
    if (isAggregateRegion(code)) aggregates.push(code);
    else if (codeOfItsYear(code) === undefined) unknownCodes.push(code);
  }
  return { unknownCodes, aggregates };
}
