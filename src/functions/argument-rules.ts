// Argument rules, declared per function as HyperFormula declares its parameters: each rule reads one
// argument as Excel passes it and gives either the value the function works with or the reason it cannot.
import { parseDirection } from "../core/model/direction";
import type { Issue } from "../core/issues";
import type { Bilingual } from "../core/language";
import { asGrid, isBlank, isExcelError, type ExcelError, type Grid } from "./cell-values";
import { reportFunctionIssue } from "./function-issues";

/** The value read from an argument, or the issue or Excel error that stops the function. */
export type ArgumentReading<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly problem: Issue | ExcelError };

export interface ArgumentRule<Value> {
  /** The parameter's name, as in functions.json. */
  readonly name: string;
  readonly read: (argument: unknown) => ArgumentReading<Value>;
}

const accepted = <Value>(value: Value): ArgumentReading<Value> => ({ ok: true, value });
const rejected = (problem: Issue | ExcelError): ArgumentReading<never> => ({ ok: false, problem });
const notAccepted = (argument: string, what: Bilingual) =>
  rejected(reportFunctionIssue("argument_not_accepted", { argument, accepted: what }));

/** A single value given as a 1 x 1 range (HyperFormula and some hosts pass scalars that way). */
function scalarOf(argument: unknown): unknown {
  if (Array.isArray(argument) && argument.length === 1) {
    const row: unknown = argument[0];
    if (Array.isArray(row) && row.length === 1) return row[0] as unknown;
  }
  return argument;
}

/**
 * A rule on a single value: the argument as a scalar, an Excel error in it passed on, the rest left to
 * `read`.
 */
function scalarRule<Value>(
  name: string,
  read: (argument: unknown) => ArgumentReading<Value>
): ArgumentRule<Value> {
  return {
    name,
    read: (raw) => {
      const argument = scalarOf(raw);
      return isExcelError(argument) ? rejected(argument) : read(argument);
    },
  };
}

/** A range (or a single value, read as a 1 x 1 range). Errors inside it are the function's to handle. */
export function range(name: string): ArgumentRule<Grid> {
  return { name, read: (argument) => accepted(asGrid(argument)) };
}

/** An optional range as given: undefined when omitted or blank. */
export function optionalGrid(argument: unknown): Grid | undefined {
  return isBlank(scalarOf(argument)) ? undefined : asGrid(argument);
}

/** An optional range: undefined when omitted or blank. */
export function optionalRange(name: string): ArgumentRule<Grid | undefined> {
  return { name, read: (argument) => accepted(optionalGrid(argument)) };
}

export const directionsAccepted: Bilingual = {
  nb: '1, -1, "høyere"/"lavere" eller "higher"/"lower"',
  en: '1, -1, "higher"/"lower" or "høyere"/"lavere"',
};

/** An optional direction as given: 1 (higher is better), -1 (lower is better) or undefined when omitted. */
export function optionalDirection(name = "direction"): ArgumentRule<1 | -1 | undefined> {
  return scalarRule(name, (argument) => {
    if (isBlank(argument)) return accepted(undefined);
    const parsed = parseDirection(argument);
    return parsed === 1 || parsed === -1 ? accepted(parsed) : notAccepted(name, directionsAccepted);
  });
}

/** An optional direction: 1 (default, higher is better) or -1, in any of the words users write. */
export function direction(name = "direction"): ArgumentRule<1 | -1> {
  const given = optionalDirection(name);
  return {
    name,
    read: (raw) => {
      const reading = given.read(raw);
      if (!reading.ok) return reading;
      return accepted(reading.value ?? 1);
    },
  };
}

/** "a", "b" or "c": the last two joined by the language's word for or. */
function listed(items: readonly string[], or: string): string {
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1] ?? ""}`;
}

/** Lower case without spaces, hyphens or underscores: "Min-max" and "min_max" read as "minmax". */
export const choiceKey = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, "");

/** One of a table of named choices, matched case-insensitively; the default when omitted. */
export function choice<Value>(
  name: string,
  choices: Readonly<Record<string, Value>>,
  defaultChoice: string
): ArgumentRule<Value> {
  const byKey = new Map(Object.entries(choices).map(([key, value]) => [choiceKey(key), value]));
  const quoted = Object.keys(choices).map((key) => `"${key}"`);
  const names = { nb: listed(quoted, "eller"), en: listed(quoted, "or") };
  return scalarRule(name, (argument) => {
    const key = isBlank(argument) ? choiceKey(defaultChoice) : choiceKey(String(argument));
    const value = typeof argument === "string" || isBlank(argument) ? byKey.get(key) : undefined;
    return value === undefined ? notAccepted(name, names) : accepted(value);
  });
}

export interface NumberLimits {
  readonly minimum?: number;
  readonly maximum?: number;
  /** What the number means, for the message when it is out of its limits. */
  readonly accepts: Bilingual;
}

/** An optional finite number within limits: undefined when omitted or blank. */
export function optionalNumber(
  name: string,
  limits: NumberLimits
): ArgumentRule<number | undefined> {
  return scalarRule(name, (argument) => {
    if (isBlank(argument)) return accepted(undefined);
    if (
      typeof argument !== "number" ||
      !Number.isFinite(argument) ||
      argument < (limits.minimum ?? Number.NEGATIVE_INFINITY) ||
      argument > (limits.maximum ?? Number.POSITIVE_INFINITY)
    )
      return notAccepted(name, limits.accepts);
    return accepted(argument);
  });
}

/** Required text (a number is read as its digits); blank is not accepted. */
export function text(name: string, accepts: Bilingual): ArgumentRule<string> {
  return scalarRule(name, (argument) => {
    if (typeof argument === "number") return accepted(String(argument));
    if (typeof argument !== "string" || argument.trim() === "") return notAccepted(name, accepts);
    return accepted(argument.trim());
  });
}

/** A required finite number; blank is #N/A (nothing to compute with), anything else not a number #VALUE!. */
export function requiredNumber(name: string, accepts: Bilingual): ArgumentRule<number> {
  return scalarRule(name, (argument) => {
    if (isBlank(argument))
      return rejected(reportFunctionIssue("argument_missing", { argument: name }));
    if (typeof argument !== "number" || !Number.isFinite(argument))
      return notAccepted(name, accepts);
    return accepted(argument);
  });
}
