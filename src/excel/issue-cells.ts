// The core places issues by 0-based row and column in the grids it was given; these grids start
// where each sheet's used range starts, so the address a person sees adds that origin.
import type { Issue } from "../core/issues";
import type { WorkbookGrids } from "../core/validate";
import { cellReference } from "../core/cell-addresses";

/** Each issue with `cell` filled in ("Data!D17"; A1 of its sheet when it has no row; none when the sheet is missing). */
export function withCells<Code extends string>(
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
