import type { Bilingual } from "../language";
import type { Issue } from "../model/issue";
import { reportEngineIssue } from "./engine-issues";

/** A setting outside what the method accepts. */
export interface ParameterProblem {
  readonly name: string;
  readonly value: string;
  /** What the setting must be, in both languages. */
  readonly expected: Bilingual;
}

/** A problem unless the value is absent or finite. */
export const finite = (name: string, value: number | undefined): ParameterProblem[] =>
  value === undefined || Number.isFinite(value)
    ? []
    : [{ name, value: String(value), expected: { nb: "et endelig tall", en: "a finite number" } }];

/** A problem unless the value is absent or a finite number above 0. */
export const positive = (name: string, value: number | undefined): ParameterProblem[] =>
  value === undefined || (Number.isFinite(value) && value > 0)
    ? []
    : [{ name, value: String(value), expected: { nb: "et tall over 0", en: "a number above 0" } }];

export const noProblems = (): ParameterProblem[] => [];

/**
 * Whether settings are usable, each distinct settings object checked once: its problems are reported as
 * invalid_parameter issues the first time it is met.
 */
export function parameterChecker<Settings>(
  problemsOf: (settings: Settings) => readonly ParameterProblem[],
  issues: Issue[]
): (settings: Settings) => boolean {
  const checked = new Map<Settings, boolean>();
  return (settings) => {
    let valid = checked.get(settings);
    if (valid === undefined) {
      const problems = problemsOf(settings);
      for (const problem of problems)
        issues.push(reportEngineIssue("invalid_parameter", problem, {}));
      valid = problems.length === 0;
      checked.set(settings, valid);
    }
    return valid;
  };
}
