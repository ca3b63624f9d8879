// A custom function is declared as its id, its argument rules and what it computes from the values the
// rules read. The declaration does the rest in one place: reading the arguments, stopping at the first
// rejected one, catching any exception, and turning issues into Excel errors in Office's language.
import type { Issue, Language } from "../core/issues";
import type { ArgumentRule } from "./argument-rules";
import { asGrid, filledLike, type CellOutcome, type ExcelError, type Grid } from "./cell-values";
import { toExcelValue, type ExcelValue } from "./excel-errors";
import { reportFunctionIssue } from "./function-issues";
import { officeLanguage } from "./language";

type Rules = readonly ArgumentRule<unknown>[];

/** The values the rules read, in order and typed by each rule. */
export type ValuesOf<Declared extends Rules> = {
  -readonly [Index in keyof Declared]: Declared[Index] extends ArgumentRule<infer Value>
    ? Value
    : never;
};

export interface DeclaredFunction<Result> {
  /** The id in the VEIKART namespace, as in functions.json. */
  readonly id: string;
  /** The parameter names in order, as in functions.json (a test holds the two together). */
  readonly argumentNames: readonly string[];
  /** Runs the function on arguments as Excel passes them; never throws. */
  readonly call: (...argumentsGiven: unknown[]) => Result;
}

interface Declaration<Declared extends Rules, Outcome> {
  readonly id: string;
  readonly arguments: Declared;
  readonly evaluate: (...values: ValuesOf<Declared>) => Outcome;
}

type Reading = { readonly values: unknown[] } | { readonly problem: Issue | ExcelError };

function readArguments(rules: Rules, given: readonly unknown[]): Reading {
  const values: unknown[] = [];
  for (const [index, rule] of rules.entries()) {
    const reading = rule.read(given[index]);
    if (!reading.ok) return { problem: reading.problem };
    values.push(reading.value);
  }
  return { values };
}

const failureOf = (id: string, error: unknown): Issue =>
  reportFunctionIssue("unexpected_failure", {
    functionName: id,
    detail: error instanceof Error ? error.message : String(error),
  });

/**
 * The one mechanism behind both kinds of function: `resultOf` turns what was computed, or the issue or
 * Excel error that stopped it, into the result Excel takes; an exception anywhere becomes
 * `unexpected_failure`, turned the same way.
 */
function declared<Declared extends Rules, Outcome, Result>(
  declaration: Declaration<Declared, Outcome>,
  resultOf: (outcome: Outcome | Issue | ExcelError, given: unknown[], language: Language) => Result
): DeclaredFunction<Result> {
  const evaluate = declaration.evaluate as (...values: unknown[]) => Outcome;
  return {
    id: declaration.id,
    argumentNames: declaration.arguments.map((rule) => rule.name),
    call: (...given) => {
      const language = officeLanguage();
      try {
        const reading = readArguments(declaration.arguments, given);
        const outcome = "problem" in reading ? reading.problem : evaluate(...reading.values);
        return resultOf(outcome, given, language);
      } catch (error: unknown) {
        return resultOf(failureOf(declaration.id, error), given, language);
      }
    },
  };
}

/** A function whose result is one cell. */
export function declareFunction<const Declared extends Rules>(
  declaration: Declaration<Declared, CellOutcome>
): DeclaredFunction<ExcelValue> {
  return declared(declaration, (outcome, _given, language) => toExcelValue(outcome, language));
}

/**
 * A function whose result spills: a rejected argument or an exception fills the shape the result would
 * have had (`shape` of the arguments as given), so a spilled range keeps its size while it shows the error.
 */
export function declareSpillingFunction<const Declared extends Rules>(
  declaration: Declaration<Declared, CellOutcome[][]> & {
    readonly shape: (...argumentsGiven: unknown[]) => Grid;
  }
): DeclaredFunction<ExcelValue[][]> {
  const shapeOf = (given: unknown[]): Grid => {
    try {
      return declaration.shape(...given);
    } catch {
      return asGrid(undefined);
    }
  };
  return declared(declaration, (outcome, given, language) =>
    Array.isArray(outcome)
      ? outcome.map((row) => row.map((cell) => toExcelValue(cell, language)))
      : filledLike(shapeOf(given), toExcelValue(outcome, language))
  );
}
