// Unit codes of a table's year onto the register's (2024) codes, through the reforms of 2018-2024.
import { fylkeCodesFirstValidIn, kommuneCodesFirstValidIn } from "../template/code-periods";
import { registerByCode, retiredByCode } from "../template/unit-register-lookup";

/** A code as it was valid in some years, and the register codes whose area it lies in. */
export interface CodeOfItsYear {
  readonly code: string;
  /** The first year it was valid; undefined when valid before 2018 (the crosswalk's first year). */
  readonly firstYear?: number;
  /** The last year it was valid; undefined for a code of the register. */
  readonly lastYear?: number;
  /** The register codes that took over its area: one, or several when it was split. */
  readonly successors: readonly string[];
}

function firstYears(): Map<string, number> {
  const years = new Map<string, number>();
  for (const table of [kommuneCodesFirstValidIn, fylkeCodesFirstValidIn])
    for (const [year, codes] of Object.entries(table))
      for (const code of codes) years.set(code, Number(year));
  return years;
}

function codesOfTheirYear(): Map<string, CodeOfItsYear> {
  const first = firstYears();
  const codes = new Map<string, CodeOfItsYear>();
  const add = (entry: Omit<CodeOfItsYear, "firstYear">) => {
    const firstYear = first.get(entry.code);
    codes.set(entry.code, firstYear === undefined ? entry : { ...entry, firstYear });
  };
  for (const code of registerByCode.keys()) add({ code, successors: [code] });
  for (const retired of retiredByCode.values())
    add({ code: retired.code, lastYear: retired.retiredIn - 1, successors: retired.replacedBy });
  return codes;
}

const knownCodes = codesOfTheirYear();

/** Every code that lies, in whole or in part, in each register code: the register code itself too. */
const predecessorsByCode: ReadonlyMap<string, readonly CodeOfItsYear[]> = (() => {
  const predecessors = new Map<string, CodeOfItsYear[]>();
  for (const entry of knownCodes.values())
    for (const successor of entry.successors)
      predecessors.set(successor, [...(predecessors.get(successor) ?? []), entry]);
  return predecessors;
})();

/** A code as the crosswalk knows it (a register code or a retired one); undefined when unknown. */
export function codeOfItsYear(code: string): CodeOfItsYear | undefined {
  return knownCodes.get(code);
}

export function isValidIn(entry: CodeOfItsYear, year: number): boolean {
  return (
    (entry.firstYear === undefined || entry.firstYear <= year) &&
    (entry.lastYear === undefined || entry.lastYear >= year)
  );
}

/** The codes valid in a year whose area lies, in whole or in part, in a register code. */
export function predecessorsIn(registerCode: string, year: number): readonly CodeOfItsYear[] {
  const predecessors = predecessorsByCode.get(registerCode) ?? [];
  // Most units have one code, valid every year: no new list for them.
  return predecessors.every((entry) => isValidIn(entry, year))
    ? predecessors
    : predecessors.filter((entry) => isValidIn(entry, year));
}

/**
 * The codes a table of those years may carry for these register units: each unit's own code and
 * every code valid in one of the years whose area lies in it. This is what to ask SSB for.
 */
export function codesToAskFor(
  registerCodes: readonly string[],
  years: readonly number[]
): readonly string[] {
  const asked = new Set<string>();
  for (const registerCode of registerCodes) {
    asked.add(registerCode);
    for (const entry of predecessorsByCode.get(registerCode) ?? [])
      if (years.some((year) => isValidIn(entry, year))) asked.add(entry.code);
  }
  return [...asked];
}
