// Where the validator's readers and checks put the issues they find. A column typed wrong gives one
// issue per cell (300,000 on the national Data sheet), and a list that long helps no reader and costs
// seconds and hundreds of megabytes. So the first issues of each code in each column are kept, and
// the rest of them counted in one issue that says how many there are and where the first of them
// lies: every count stays exact, and the list stays short.
import type { Issue, Severity } from "../model";
import {
  reportValidationIssue as report,
  validationIssues,
  type ValidationIssueCode,
} from "./validation-issues";

/** What the readers and checks need of a list of issues: a place to add one (an array is one). */
export interface IssueSink {
  push(issue: Issue): unknown;
  /**
   * Whether an issue of this code, at its catalogue severity, in this column of this sheet would only
   * be counted by now; if so it is counted. A reader that asks first builds no issue it would drop.
   */
  countsOnly?(code: ValidationIssueCode, sheet: string, column: number | undefined): boolean;
}

/** Pushes the issue `build` makes, unless the sink by now only counts this code in this column. */
export function pushCellIssue(
  issues: IssueSink,
  code: ValidationIssueCode,
  sheet: string,
  column: number | undefined,
  build: () => Issue
): void {
  if (issues.countsOnly?.(code, sheet, column) !== true) issues.push(build());
}

/** The most issues of one code and severity kept for one column of one sheet. */
export const keptIssuesPerColumn = 1000;

/** The issues of one code and severity in one column: how many were kept, and those that were not. */
interface ColumnIssues {
  kept: number;
  notKept: number;
  firstNotKept: Issue | undefined;
}

/** What an issues_not_listed issue stands for: `count` issues of `code` at its severity. */
export interface NotListedIssues {
  readonly code: string;
  readonly count: number;
}

/** The issues an issue stands for when it counts issues not listed; undefined for any other issue. */
export function notListedIn(issue: Issue): NotListedIssues | undefined {
  return issue.code === "issues_not_listed" ? (issue.parameters as NotListedIssues) : undefined;
}

export class IssueCollector implements IssueSink {
  private readonly kept: Issue[] = [];
  /** By code, severity, sheet and column: nested maps, as a key made per issue would cost more. */
  private readonly columns = new Map<
    string,
    Map<Severity, Map<string, Map<number, ColumnIssues>>>
  >();
  /** The same, in the order first found. */
  private readonly inOrder: ColumnIssues[] = [];

  push(issue: Issue): void {
    const column = this.columnOf(issue.code, issue.severity, issue.sheet, issue.column);
    if (column.kept < keptIssuesPerColumn) {
      column.kept++;
      this.kept.push(issue);
      return;
    }
    column.notKept++;
    column.firstNotKept ??= issue;
  }

  countsOnly(code: ValidationIssueCode, sheet: string, column: number | undefined): boolean {
    const issues = this.columnOf(code, validationIssues[code].severity, sheet, column);
    if (issues.firstNotKept === undefined) return false;
    issues.notKept++;
    return true;
  }

  private columnOf(code: string, severity: Severity, sheet = "", column = -1): ColumnIssues {
    let bySeverity = this.columns.get(code);
    if (bySeverity === undefined) this.columns.set(code, (bySeverity = new Map()));
    let bySheet = bySeverity.get(severity);
    if (bySheet === undefined) bySeverity.set(severity, (bySheet = new Map()));
    let byColumn = bySheet.get(sheet);
    if (byColumn === undefined) bySheet.set(sheet, (byColumn = new Map()));
    let issues = byColumn.get(column);
    if (issues === undefined) {
      byColumn.set(column, (issues = { kept: 0, notKept: 0, firstNotKept: undefined }));
      this.inOrder.push(issues);
    }
    return issues;
  }

  /**
   * The issues kept, in the order found, then for each column with more, one issues_not_listed
   * issue at the first one not kept, with their code, severity and count.
   */
  issues(): Issue<ValidationIssueCode>[] {
    const counted: Issue[] = [];
    for (const { notKept, firstNotKept } of this.inOrder) {
      if (firstNotKept === undefined) continue;
      const { code, severity, sheet, row, column } = firstNotKept;
      const place = {
        ...(sheet === undefined ? {} : { sheet }),
        ...(row === undefined ? {} : { row }),
        ...(column === undefined ? {} : { column }),
      };
      counted.push(report("issues_not_listed", { code, count: notKept }, place, severity));
    }
    return [...this.kept, ...counted] as Issue<ValidationIssueCode>[];
  }
}

/** How many issues an issue counts for at its severity: itself, or those it stands for. */
export function issueCount(issue: Issue): {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
} {
  const notListed = notListedIn(issue);
  return notListed === undefined
    ? { code: issue.code, severity: issue.severity, count: 1 }
    : { code: notListed.code, severity: issue.severity, count: notListed.count };
}
