export type Severity = "error" | "warning" | "info";

/**
 * Where an issue lies and what it concerns; every field is optional. Positions are 0-based row/column
 * indexes into the grid the core was given; the adapters turn them into addresses such as "Data!D17" and
 * fill `cell`.
 */
export interface IssuePlace {
  /** The workbook the issue lies in, when several are read together (veikart merge). */
  readonly file?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: number;
  readonly cell?: string;
  readonly unit?: string;
  readonly indicator?: string;
  readonly year?: number;
  readonly value?: unknown;
  /** How far past its threshold a finding lies (larger is worse), so summaries can show the worst first. */
  readonly magnitude?: number;
}

/**
 * A domain problem, reported as data: a stable snake_case `code`, its place and the `parameters` its
 * catalogue entry renders into a message. The text is made where the issue is shown, in the reader's
 * language (`messageIn` and `titleOf` in src/core/issue-titles.ts, or a face's own renderer).
 */
export interface Issue<Code extends string = string, Parameters = unknown> extends IssuePlace {
  readonly code: Code;
  readonly severity: Severity;
  readonly parameters: Parameters;
}

/**
 * What a step of the model gives: its value with the issues met on the way (warnings, or errors it worked
 * around), or the issues that stopped it, at least one. The one result type of the model.
 */
export type Result<Value, Code extends string = string> = Success<Value, Code> | Failure<Code>;

export interface Success<Value, Code extends string = string> {
  readonly ok: true;
  readonly value: Value;
  readonly issues: readonly Issue<Code>[];
}

export interface Failure<Code extends string = string> {
  readonly ok: false;
  readonly issues: readonly [Issue<Code>, ...Issue<Code>[]];
}

export function ok<Value, Code extends string = string>(
  value: Value,
  issues: readonly Issue<Code>[] = []
): Success<Value, Code> {
  return { ok: true, value, issues };
}

export function failure<Code extends string>(
  first: Issue<Code>,
  ...more: Issue<Code>[]
): Failure<Code> {
  return { ok: false, issues: [first, ...more] };
}
