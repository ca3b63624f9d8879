import type { Issue, Severity } from "../model";

export interface ValidationSummary {
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byCode: Readonly<Record<string, number>>;
  /** True when there is no error: the workbook can be scored. */
  readonly canScore: boolean;
}

export function summarise(issues: readonly Issue[]): ValidationSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  for (const issue of issues) {
    bySeverity[issue.severity]++;
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
  }
  return { bySeverity, byCode, canScore: bySeverity.error === 0 };
}
