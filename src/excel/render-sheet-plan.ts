// Renders a SheetPlan with Office.js: one values assignment and one number-format assignment per
// block (split by rows only when a block is over the request budget), tables with their room to
// grow and drop-downs, colour scales, column widths, frozen panes and charts. The plan decides the
// content and its style; this only writes it.
import type {
  BlockPlan,
  CellPosition,
  CategoryChartPlan,
  ChartPlan,
  ColourScale,
  ErrorAlertPlan,
  IntervalChartPlan,
  PlanCell,
  PrintPlan,
  ScatterChartPlan,
  SheetPlan,
  TablePlan,
} from "../core/sheet-plan";
import type { BatchWriter } from "./batch-writer";
import { operationBytes, payloadBytes, requestBytes, rowSpans } from "./request-budget";

/** The number format that keeps a cell's content as typed text. */
export const textFormat = "@";

/** Excel reads a string written into `values` as a formula when it starts with one of these. */
export function readsAsFormula(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** A width in characters as Excel's column width in points (Calibri 11: about 7 pixels a character). */
export function pointsOfCharacters(characters: number): number {
  return Math.round(characters * 5.25 + 3.75);
}

/** The format a cell is written with: text for formula-like strings, else its column's format. */
type FormatOf = (row: number, column: number) => string | undefined;

/** Owner of a table the renderer added, so the caller can give it its final name after a swap. */
export interface RenderedTable {
  readonly planName: string;
  readonly table: Excel.Table;
}

/** Writes rows of cells at `anchor` in as few assignments as the budget allows. */
export async function writeCells(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  anchor: CellPosition,
  rows: readonly (readonly PlanCell[])[],
  formatOf: FormatOf = () => undefined
): Promise<void> {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
  const values = rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ""));
  const formats = values.map((row, rowIndex) =>
    row.map((value, column) =>
      readsAsFormula(value) ? textFormat : (formatOf(rowIndex, column) ?? "General")
    )
  );
  const needsFormats = formats.some((row) => row.some((format) => format !== "General"));
  const rowBytes = values.map(
    (row, index) => payloadBytes(row) + (needsFormats ? payloadBytes(formats[index]) : 0)
  );
  const operations = needsFormats ? 2 : 1;
  for (const span of rowSpans(rowBytes, writer.budget - operations * operationBytes)) {
    const bytes = rowBytes.slice(span.first, span.first + span.count).reduce((a, b) => a + b, 0);
    await writer.add(bytes + operations * operationBytes, () => {
      const range = sheet.getRangeByIndexes(
        anchor.row + span.first,
        anchor.column,
        span.count,
        width
      );
      // The text format must be in place before the values, or Excel has already read a formula.
      if (needsFormats) range.numberFormat = formats.slice(span.first, span.first + span.count);
      range.values = values.slice(span.first, span.first + span.count);
    });
  }
}

function colourScaleCriteria(scale: ColourScale): Excel.ConditionalColorScaleCriteria {
  return {
    minimum: { type: "LowestValue", color: scale.minimumColour },
    ...(scale.midpointColour === undefined
      ? {}
      : { midpoint: { type: "Percentile", formula: "50", color: scale.midpointColour } }),
    maximum: { type: "HighestValue", color: scale.maximumColour },
  };
}

/** The data rows of a table: an Excel table needs one row below its header even when it has none. */
function tableRows(table: TablePlan): readonly (readonly PlanCell[])[] {
  return table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
}

const errorStyles = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
} as const satisfies Readonly<
  Record<ErrorAlertPlan["style"], Excel.DataValidationErrorAlert["style"]>
>;

/**
 * The column formats on the rows below the data rows that the table keeps for new records, and each
 * column's drop-down on its data rows and those.
 */
async function renderRoomToGrow(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  table: TablePlan,
  dataRowCount: number
): Promise<void> {
  const { anchor, columns } = table;
  const roomToGrow = table.roomToGrow ?? 0;
  for (const [index, column] of columns.entries()) {
    const numberFormat = column.numberFormat;
    if (numberFormat !== undefined && roomToGrow > 0) {
      const formats = Array.from({ length: roomToGrow }, () => [numberFormat]);
      await writer.add(requestBytes(1, formats), () => {
        sheet.getRangeByIndexes(
          anchor.row + 1 + dataRowCount,
          anchor.column + index,
          roomToGrow,
          1
        ).numberFormat = formats;
      });
    }
    const dropDown = column.dropDown;
    if (dropDown === undefined) continue;
    const rule: Excel.DataValidationRule = {
      list: { inCellDropDown: true, source: `=${dropDown.source}` },
    };
    const errorAlert: Excel.DataValidationErrorAlert = {
      showAlert: true,
      style: errorStyles[dropDown.errorAlert.style],
      title: dropDown.errorAlert.title,
      message: dropDown.errorAlert.message,
    };
    await writer.add(requestBytes(2, rule, errorAlert), () => {
      const range = sheet.getRangeByIndexes(
        anchor.row + 1,
        anchor.column + index,
        dataRowCount + roomToGrow,
        1
      );
      range.dataValidation.rule = rule;
      range.dataValidation.errorAlert = errorAlert;
    });
  }
}

async function renderTable(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  table: TablePlan,
  temporaryName: string
): Promise<RenderedTable> {
  const { anchor, columns } = table;
  if (table.title !== undefined) {
    const titleCell = { row: anchor.row - 1, column: anchor.column };
    const fontSize = table.titleFontSize;
    await writeCells(writer, sheet, titleCell, [[table.title]]);
    await writer.add(requestBytes(fontSize === undefined ? 1 : 2), () => {
      const font = sheet.getRangeByIndexes(titleCell.row, titleCell.column, 1, 1).format.font;
      font.bold = true;
      if (fontSize !== undefined) font.size = fontSize;
    });
  }
  const rows = tableRows(table);
  await writeCells(
    writer,
    sheet,
    anchor,
    [columns.map((column) => column.header), ...rows],
    (row, column) => (row === 0 ? undefined : columns[column]?.numberFormat)
  );
  let added: Excel.Table | undefined;
  await writer.add(requestBytes(3, temporaryName, table.style), () => {
    const range = sheet.getRangeByIndexes(
      anchor.row,
      anchor.column,
      rows.length + 1,
      columns.length
    );
    added = sheet.tables.add(range, true);
    added.name = temporaryName;
    added.style = table.style;
  });
  for (const [index, column] of columns.entries())
    if (column.width !== undefined) {
      const points = pointsOfCharacters(column.width);
      await writer.add(requestBytes(1), () => {
        sheet.getRangeByIndexes(anchor.row, anchor.column + index, 1, 1).format.columnWidth =
          points;
      });
    }
  await renderRoomToGrow(writer, sheet, table, rows.length);
  for (const { firstColumn, lastColumn, scale } of table.colourScales ?? [])
    await writer.add(requestBytes(2, colourScaleCriteria(scale)), () => {
      const range = sheet.getRangeByIndexes(
        anchor.row + 1,
        anchor.column + firstColumn,
        rows.length,
        lastColumn - firstColumn + 1
      );
      const format = range.conditionalFormats.add("ColorScale");
      format.colorScale.criteria = colourScaleCriteria(scale);
    });
  if (added === undefined) throw new Error("the table was not queued");
  return { planName: table.name, table: added };
}

async function renderBlock(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  block: BlockPlan,
  temporaryTableName: (planName: string) => string
): Promise<RenderedTable | undefined> {
  if (block.kind === "table")
    return renderTable(writer, sheet, block, temporaryTableName(block.name));
  await writeCells(writer, sheet, block.anchor, block.rows);
  if (block.boldFirstColumn === true && block.rows.length > 0)
    await writer.add(requestBytes(1), () => {
      const { row, column } = block.anchor;
      sheet.getRangeByIndexes(row, column, block.rows.length, 1).format.font.bold = true;
    });
  return undefined;
}

const chartTypes: Readonly<Record<CategoryChartPlan["kind"], Excel.ChartType>> = {
  bar: "BarClustered" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
};

/** The cells of a table column's data rows, or `rows` of them (0 is the first data row). */
function columnCells(
  sheet: Excel.Worksheet,
  table: TablePlan,
  column: number,
  rows?: { readonly first: number; readonly count: number }
): Excel.Range {
  const first = rows?.first ?? 0;
  const count = rows?.count ?? tableRows(table).length;
  return sheet.getRangeByIndexes(
    table.anchor.row + 1 + first,
    table.anchor.column + column,
    count,
    1
  );
}

function placeChart(sheet: Excel.Worksheet, added: Excel.Chart, chart: ChartPlan): void {
  const { row, column } = chart.anchor;
  added.setPosition(
    sheet.getRangeByIndexes(row, column, 1, 1),
    sheet.getRangeByIndexes(row + chart.heightInRows - 1, column + chart.widthInColumns - 1, 1, 1)
  );
}

async function renderCategoryChart(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  chart: CategoryChartPlan,
  table: TablePlan
): Promise<void> {
  const dataColumn = (column: number) => columnCells(sheet, table, column);
  const seriesNames = chart.seriesColumns.map((column) => table.columns[column]?.header ?? "");
  // charts.add, the title and the position; for each series its add, name, values and categories.
  const operations = 3 + 4 * chart.seriesColumns.length;
  await writer.add(requestBytes(operations, chart.title, seriesNames, seriesNames), () => {
    const [firstSeries = chart.categoryColumn] = chart.seriesColumns;
    const added = sheet.charts.add(chartTypes[chart.kind], dataColumn(firstSeries), "Columns");
    added.title.text = chart.title;
    chart.seriesColumns.forEach((column, index) => {
      const name = seriesNames[index] ?? "";
      const series = index === 0 ? added.series.getItemAt(0) : added.series.add(name);
      series.name = name;
      series.setValues(dataColumn(column));
      series.setXAxisValues(dataColumn(chart.categoryColumn));
    });
    placeChart(sheet, added, chart);
  });
}

/**
 * An x-y chart of markers (XYScatter) whose reference-line series are drawn as lines without
 * markers (ChartSeries.chartType, ExcelApi 1.7); the category axis is the x axis of an x-y chart.
 */
async function renderScatterChart(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  chart: ScatterChartPlan,
  tableNamed: (name: string) => TablePlan
): Promise<void> {
  const names = chart.series.map((series) => series.name);
  // charts.add, the title, two axis titles, two label positions, the legend, the position; for each
  // series its add, name, values, x values and type.
  const operations = 8 + 5 * chart.series.length;
  await writer.add(
    requestBytes(operations, chart.title, chart.xAxisTitle, chart.yAxisTitle, names, names),
    () => {
      const cellsOf = (plan: ScatterChartPlan["series"][number], column: number) =>
        columnCells(sheet, tableNamed(plan.table), column, plan.rows);
      const [first] = chart.series;
      if (first === undefined) throw new Error(`the chart "${chart.title}" has no series`);
      const added = sheet.charts.add(
        "XYScatter" as Excel.ChartType,
        cellsOf(first, first.yColumn),
        "Columns"
      );
      added.title.text = chart.title;
      chart.series.forEach((plan, index) => {
        const series = index === 0 ? added.series.getItemAt(0) : added.series.add(plan.name);
        series.name = plan.name;
        series.setValues(cellsOf(plan, plan.yColumn));
        series.setXAxisValues(cellsOf(plan, plan.xColumn));
        if (plan.style === "line") series.chartType = "XYScatterLinesNoMarkers" as Excel.ChartType;
      });
      const { categoryAxis: xAxis, valueAxis: yAxis } = added.axes;
      xAxis.title.text = chart.xAxisTitle;
      yAxis.title.text = chart.yAxisTitle;
      // The axes cross at zero inside the plot; their labels stay at its edges.
      xAxis.tickLabelPosition = "Low" as Excel.ChartAxisTickLabelPosition;
      yAxis.tickLabelPosition = "Low" as Excel.ChartAxisTickLabelPosition;
      added.legend.position = "Bottom" as Excel.ChartLegendPosition;
      placeChart(sheet, added, chart);
    }
  );
}

/**
 * Floating bars as a stacked bar chart: the low value without fill (ChartFill.clear), then the span;
 * the categories top to bottom in the table's order (ChartAxis.reversePlotOrder, ExcelApi 1.7).
 */
async function renderIntervalChart(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  chart: IntervalChartPlan,
  table: TablePlan
): Promise<void> {
  const dataColumn = (column: number) => columnCells(sheet, table, column);
  const columns = [chart.lowColumn, chart.spanColumn];
  const names = columns.map((column) => table.columns[column]?.header ?? "");
  // charts.add, the title, the fill, the plot order, the axis title, the legend, the position; for
  // each series its add, name, values and categories.
  const operations = 7 + 4 * columns.length;
  await writer.add(
    requestBytes(operations, chart.title, chart.valueAxisTitle, names, names),
    () => {
      const added = sheet.charts.add(
        "BarStacked" as Excel.ChartType,
        dataColumn(chart.lowColumn),
        "Columns"
      );
      added.title.text = chart.title;
      columns.forEach((column, index) => {
        const name = names[index] ?? "";
        const series = index === 0 ? added.series.getItemAt(0) : added.series.add(name);
        series.name = name;
        series.setValues(dataColumn(column));
        series.setXAxisValues(dataColumn(chart.categoryColumn));
        if (index === 0) series.format.fill.clear();
      });
      added.axes.categoryAxis.reversePlotOrder = true;
      added.axes.valueAxis.title.text = chart.valueAxisTitle;
      added.legend.visible = false;
      placeChart(sheet, added, chart);
    }
  );
}

async function renderChart(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  chart: ChartPlan,
  tablePlans: ReadonlyMap<string, TablePlan>
): Promise<void> {
  const tableNamed = (name: string): TablePlan => {
    const table = tablePlans.get(name);
    if (table === undefined)
      throw new Error(`the chart "${chart.title}" names no table on the sheet`);
    return table;
  };
  switch (chart.kind) {
    case "bar":
    case "line":
      return renderCategoryChart(writer, sheet, chart, tableNamed(chart.table));
    case "scatter":
      return renderScatterChart(writer, sheet, chart, tableNamed);
    case "interval":
      return renderIntervalChart(writer, sheet, chart, tableNamed(chart.table));
  }
}

const orientations = {
  portrait: "Portrait",
  landscape: "Landscape",
} as const satisfies Readonly<Record<PrintPlan["orientation"], `${Excel.PageOrientation}`>>;

/** The print area, fitted to its pages, where the host has page layout (ExcelApi 1.9). */
async function renderPrint(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  print: PrintPlan | undefined
): Promise<void> {
  if (print === undefined || !writer.canSetPageLayout) return;
  const zoom: Excel.PageLayoutZoomOptions = {
    horizontalFitToPages: print.fitToPages.wide,
    verticalFitToPages: print.fitToPages.tall,
  };
  await writer.add(requestBytes(3, zoom), () => {
    const { first, last } = print.area;
    sheet.pageLayout.setPrintArea(
      sheet.getRangeByIndexes(
        first.row,
        first.column,
        last.row - first.row + 1,
        last.column - first.column + 1
      )
    );
    sheet.pageLayout.zoom = zoom;
    sheet.pageLayout.orientation = orientations[print.orientation];
  });
}

/** Queues the whole plan on `sheet` (an empty sheet); tables get temporary names for the caller to settle. */
export async function renderSheetPlan(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  temporaryTableName: (planName: string) => string
): Promise<RenderedTable[]> {
  const tables: RenderedTable[] = [];
  for (const block of plan.blocks) {
    const rendered = await renderBlock(writer, sheet, block, temporaryTableName);
    if (rendered !== undefined) tables.push(rendered);
  }
  for (const [column, characters] of plan.columnWidths.entries())
    await writer.add(requestBytes(1), () => {
      sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = pointsOfCharacters(characters);
    });
  const frozen = plan.frozen;
  if (frozen !== undefined && (frozen.rows > 0 || frozen.columns > 0))
    await writer.add(requestBytes(1), () => {
      if (frozen.columns === 0) sheet.freezePanes.freezeRows(frozen.rows);
      else if (frozen.rows === 0) sheet.freezePanes.freezeColumns(frozen.columns);
      else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, frozen.rows, frozen.columns));
    });
  await renderPrint(writer, sheet, plan.print);
  const tablePlans = new Map(
    plan.blocks.flatMap((block) => (block.kind === "table" ? [[block.name, block] as const] : []))
  );
  for (const chart of plan.charts) await renderChart(writer, sheet, chart, tablePlans);
  return tables;
}
