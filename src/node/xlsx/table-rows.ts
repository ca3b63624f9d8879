// Where a table's data rows lie: the same span for the table, its colour scales and the charts over it.
import type { PlanCell, TablePlan } from "../../core/sheet-plan";

/** A table's data rows; an Excel table needs at least one, so an empty table keeps one blank row. */
export function tableRows(block: TablePlan): readonly (readonly PlanCell[])[] {
  return block.rows.length > 0 ? block.rows : [block.columns.map(() => null)];
}

/** The 0-based sheet rows of the table's first and last data row. */
export function dataRowSpan(block: TablePlan): { readonly first: number; readonly last: number } {
  return { first: block.anchor.row + 1, last: block.anchor.row + tableRows(block).length };
}
