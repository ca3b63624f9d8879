import type { Issue } from "../model/issue";
import type { IssuePlace } from "../issue-catalogue";
import { reportTimeIssue, type TimeIssueCode } from "./time-issues";

/** Why a measure of change has no value: an issue with its code and bokmål and English message. */
export type TimeReason = Issue<TimeIssueCode>;

/** A measure of change: its value, or the typed reason it cannot be computed (never NaN or Infinity). */
export type TimeResult<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly reason: TimeReason };

export function succeeded<Value>(value: Value): TimeResult<Value> {
  return { ok: true, value };
}

export function failed<Value = never>(reason: TimeReason): TimeResult<Value> {
  return { ok: false, reason };
}

/** The value, or the reason as the issue it is: what a custom function turns into a cell. */
export function valueOrReason<Value>(result: TimeResult<Value>): Value | TimeReason {
  return result.ok ? result.value : result.reason;
}

/** The number, or the reason `result_not_finite` when arithmetic overflowed or was undefined. */
export function finiteResult<Value>(
  value: Value,
  numbers: readonly number[],
  place: IssuePlace = {}
): TimeResult<Value> {
  return numbers.every(Number.isFinite)
    ? succeeded(value)
    : failed(reportTimeIssue("result_not_finite", {}, place));
}
