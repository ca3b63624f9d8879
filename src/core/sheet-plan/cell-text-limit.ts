// Excel's limit on a cell's text, applied to a plan before any face writes it: a longer text (a unit
// name, a message quoting a pasted value) would make Excel refuse the value or repair the file.
import { cellReference } from "../cell-addresses";
import type { BlockPlan, PlanCell, SheetPlan } from "./sheet-plan";

/**
 * "Total number of characters that a cell can contain: 32,767 characters", Excel specifications and
 * limits: https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const cellTextLimit = 32_767;

/** A text that was cut: where it stands (Validering!E12) and how long it was. */
export interface CutText {
  readonly cell: string;
  readonly length: number;
}

/** The text cut to the limit, ending in "…", never between the two halves of a surrogate pair. */
function cut(text: string): string {
  let end = cellTextLimit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A plan whose texts all fit in a cell, and the texts that had to be cut; the plan itself when none. */
export function withinCellTextLimit(plan: SheetPlan): {
  readonly plan: SheetPlan;
  readonly cut: readonly CutText[];
} {
  const cutTexts: CutText[] = [];
  const fitted = (value: PlanCell, row: number, column: number): PlanCell => {
    if (typeof value !== "string" || value.length <= cellTextLimit) return value;
    cutTexts.push({ cell: cellReference(plan.name, row, column), length: value.length });
    return cut(value);
  };
  const fittedRows = (
    rows: readonly (readonly PlanCell[])[],
    firstRow: number,
    firstColumn: number
  ): PlanCell[][] =>
    rows.map((cells, row) =>
      cells.map((value, column) => fitted(value, firstRow + row, firstColumn + column))
    );
  const blocks = plan.blocks.map((block): BlockPlan => {
    const { row, column } = block.anchor;
    if (block.kind === "notes") return { ...block, rows: fittedRows(block.rows, row, column) };
    return {
      ...block,
      ...(block.title === undefined
        ? {}
        : { title: fitted(block.title, row - 1, column) as string }),
      columns: block.columns.map((planColumn, offset) => ({
        ...planColumn,
        header: fitted(planColumn.header, row, column + offset) as string,
      })),
      rows: fittedRows(block.rows, row + 1, column),
    };
  });
  return cutTexts.length === 0 ? { plan, cut: [] } : { plan: { ...plan, blocks }, cut: cutTexts };
}
