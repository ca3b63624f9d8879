// The core places issues by 0-based row and column in the grids it was given, and a face's grids may
// start where each sheet's used range starts (Office.js) or at A1 (the .xlsx reader): the address a
// person sees adds that origin. Both faces place issues here, so a cell is named alike in both.
import { cellReference } from "../cell-addresses";
import type { Issue } from "../model/issue";
import type { WorkbookGrids } from "../validate";

/**
 * Each issue with `cell` filled in: "Data!D17"; "Data!17:17" for a row; A1 of its sheet when the
 * issue is about the whole sheet (a reference both Excel's Go To and the pane can follow); none when
 * the sheet is missing from the workbook or the issue names no sheet.
 */
export function placeIssues<Code extends string>(
  issues: readonly Issue<Code>[],
  grids: WorkbookGrids
): Issue<Code>[] {
  const origins = new Map(grids.map((grid) => [grid.name, grid.origin ?? { row: 0, column: 0 }]));
  return issues.map((issue) => {
    if (issue.sheet === undefined || issue.cell !== undefined) return issue;
    const origin = origins.get(issue.sheet);
    if (origin === undefined) return issue;
    if (issue.row === undefined) return { ...issue, cell: cellReference(issue.sheet, 0, 0) };
    const column = issue.column === undefined ? undefined : origin.column + issue.column;
    return { ...issue, cell: cellReference(issue.sheet, origin.row + issue.row, column) };
  });
}
