// Checks on a sheet plan's layout: which blocks and charts overlap, the note written under a chart, a
// table's headers, what a cell holds.
import type {
  BlockPlan,
  ChartPlan,
  PlanCell,
  SheetPlan,
  TablePlan,
} from "../../../src/core/sheet-plan";

interface Area {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The cells a block covers: a table from its title row to its last data row, notes over their widest row. */
function areaOf(block: BlockPlan, position: number): Area {
  const { row, column } = block.anchor;
  if (block.kind === "table")
    return {
      name: block.name,
      top: block.title === undefined ? row : row - 1,
      left: column,
      bottom: row + Math.max(block.rows.length, 1),
      right: column + block.columns.length - 1,
    };
  return {
    name: `notes ${position} at row ${row}, column ${column}`,
    top: row,
    left: column,
    bottom: row + block.rows.length - 1,
    right: column + Math.max(1, ...block.rows.map((cells) => cells.length)) - 1,
  };
}

function chartArea(chart: ChartPlan): Area {
  const { row, column } = chart.anchor;
  return {
    name: `chart ${chart.title}`,
    top: row,
    left: column,
    bottom: row + chart.heightInRows - 1,
    right: column + chart.widthInColumns - 1,
  };
}

/** The pairs of blocks and charts that share a cell (empty when the layout is sound). */
export function overlappingBlocks(plan: SheetPlan): string[][] {
  const areas = [...plan.blocks.map(areaOf), ...plan.charts.map(chartArea)];
  const overlaps: string[][] = [];
  areas.forEach((a, index) => {
    for (const b of areas.slice(index + 1))
      if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right)
        overlaps.push([a.name, b.name]);
  });
  return overlaps;
}

/** The sentences in the notes right under a chart. */
export function notesAt(plan: SheetPlan, chart: ChartPlan | undefined): string[] {
  if (chart === undefined) return [];
  const under = plan.blocks.find(
    (block) =>
      block.kind === "notes" &&
      block.anchor.row === chart.anchor.row + chart.heightInRows &&
      block.anchor.column === chart.anchor.column
  );
  return (under?.rows ?? []).map((cells) => String(cells[0]));
}

/** A table's column headers, left to right. */
export function headersOf(table: TablePlan): string[] {
  return table.columns.map((column) => column.header);
}

/** What the plan writes in a cell (0-based), a table's title, header or data; undefined for a cell it leaves empty. */
export function cellAt(plan: SheetPlan, row: number, column: number): PlanCell | undefined {
  for (const block of plan.blocks) {
    const line = row - block.anchor.row;
    const position = column - block.anchor.column;
    if (block.kind === "notes") {
      const cell = block.rows[line]?.[position];
      if (cell !== undefined) return cell;
      continue;
    }
    if (position < 0 || position >= block.columns.length) continue;
    if (line === -1 && position === 0 && block.title !== undefined) return block.title;
    if (line === 0) return block.columns[position]?.header;
    const cell = block.rows[line - 1]?.[position];
    if (cell !== undefined) return cell;
  }
  return undefined;
}
