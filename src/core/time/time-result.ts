import { failure, ok, type Issue, type Result } from "../model/issue";
import type { IssuePlace } from "../issue-catalogue";
import { reportTimeIssue, type TimeIssueCode } from "./time-issues";

/** Why a measure of change has no value: the one issue of its failed result (`issues[0]`). */
export type TimeReason = Issue<TimeIssueCode>;

/** A measure of change: its value, or the reason it cannot be computed (never NaN or Infinity). */
export type TimeResult<Value> = Result<Value, TimeIssueCode>;

/** The value, or the reason as the issue it is: what a custom function turns into a cell. */
export function valueOrReason<Value>(result: TimeResult<Value>): Value | TimeReason {
  return result.ok ? result.value : result.issues[0];
}

/** The number, or the reason `result_not_finite` when arithmetic overflowed or was undefined. */
export function finiteResult<Value>(
  value: Value,
  numbers: readonly number[],
  place: IssuePlace = {}
): TimeResult<Value> {
  return numbers.every(Number.isFinite)
    ? ok(value)
    : failure(reportTimeIssue("result_not_finite", {}, place));
}
