// Issues summed up for a reader: one group per sheet, indicator and code, its count and its worst few.
import type { Issue, Severity } from "../model";
import { issueCount } from "./issue-collector";

export interface IssueGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string | undefined;
  readonly indicator: string | undefined;
  /** Every issue of the group kept, in the order found (an issues_not_listed issue of its code last). */
  readonly issues: readonly Issue[];
  /** How many issues the group has: those kept and those counted but not listed. */
  readonly count: number;
  /** The first `worstCount` issues by magnitude (largest first), or in the order found without one. */
  readonly worst: readonly Issue[];
}

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Groups issues by sheet, indicator and code: errors first, then warnings and info, and within a
 * severity in the order each group was first found.
 */
export function groupIssues(issues: readonly Issue[], worstCount = 3): IssueGroup[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = `${issue.sheet ?? ""}\u0000${issue.indicator ?? ""}\u0000${issueCount(issue).code}`;
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [issue]);
    else members.push(issue);
  }
  return [...groups.values()]
    .map((members, order) => ({ members, order }))
    .sort(
      (a, b) =>
        severityOrder[a.members[0]?.severity ?? "info"] -
          severityOrder[b.members[0]?.severity ?? "info"] || a.order - b.order
    )
    .map(({ members }) => {
      const first = members[0] as Issue;
      const worst = members
        .map((issue, order) => ({ issue, order }))
        .sort((a, b) => (b.issue.magnitude ?? 0) - (a.issue.magnitude ?? 0) || a.order - b.order)
        .slice(0, worstCount)
        .map(({ issue }) => issue);
      return {
        code: issueCount(first).code,
        severity: first.severity,
        sheet: first.sheet,
        indicator: first.indicator,
        issues: members,
        count: members.reduce((sum, issue) => sum + issueCount(issue).count, 0),
        worst,
      };
    });
}
