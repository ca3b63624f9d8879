import type { Issue, Severity } from "../model";
import { issueCount } from "./issue-collector";

export interface ValidationSummary {
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byCode: Readonly<Record<string, number>>;
  /** True when there is no error: the workbook can be scored. */
  readonly canScore: boolean;
}

/** The counts of issues by severity and by code, those an issues_not_listed issue counts included. */
export function summarise(issues: readonly Issue[]): ValidationSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  for (const issue of issues) {
    const { code, severity, count } = issueCount(issue);
    bySeverity[severity] += count;
    byCode[code] = (byCode[code] ?? 0) + count;
  }
  return { bySeverity, byCode, canScore: bySeverity.error === 0 };
}
