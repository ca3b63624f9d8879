// A sheet plan's charts as DrawingML (ECMA-376 Part 1, 21.2): one drawing part holding every chart's
// anchor, and one chart part per chart with its series referring to the tables' cells (and a cache of
// their values).
import type {
  CategoryChartPlan,
  ChartPlan,
  IntervalChartPlan,
  PlanCell,
  ScatterChartPlan,
  ScatterSeriesPlan,
  TablePlan,
} from "../../core/sheet-plan";
import { columnLetters, quotedSheetName } from "../../core/cell-addresses";
import { namespaces, xmlDeclaration } from "./ooxml-vocabulary";
import { dataRowSpan, tableRows } from "./table-rows";
import { escapeXml } from "./xml-text";

const { chart: chartNamespace, drawing: drawingNamespace, officeRelationships } = namespaces;
const categoryAxisId = 500000001;
const valueAxisId = 500000002;

/** A table's column of data rows: its absolute reference and its cells. */
interface ColumnRange {
  readonly reference: string;
  readonly cells: readonly PlanCell[];
}

/** The column's data rows, or `rows` of them (0 is the first data row). */
function columnRange(
  sheetName: string,
  table: TablePlan,
  column: number,
  rows?: ScatterSeriesPlan["rows"]
): ColumnRange {
  const letters = columnLetters(table.anchor.column + column);
  const span = dataRowSpan(table);
  const all = tableRows(table);
  const first = rows?.first ?? 0;
  const count = rows?.count ?? all.length;
  const top = span.first + first;
  return {
    reference: `${quotedSheetName(sheetName)}!$${letters}$${top + 1}:$${letters}$${top + count}`,
    cells: all.slice(first, first + count).map((row) => row[column] ?? null),
  };
}

function headerReference(sheetName: string, table: TablePlan, column: number): string {
  const letters = columnLetters(table.anchor.column + column);
  return `${quotedSheetName(sheetName)}!$${letters}$${table.anchor.row + 1}`;
}

function points(cells: readonly PlanCell[], keep: (cell: PlanCell) => boolean): string {
  return cells
    .map((cell, index) =>
      keep(cell) ? `<c:pt idx="${index}"><c:v>${escapeXml(String(cell))}</c:v></c:pt>` : ""
    )
    .join("");
}

function isNumber(cell: PlanCell): cell is number {
  return typeof cell === "number" && Number.isFinite(cell);
}

function numberReference(range: ColumnRange): string {
  return (
    `<c:numRef><c:f>${escapeXml(range.reference)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${range.cells.length}"/>${points(range.cells, isNumber)}</c:numCache></c:numRef>`
  );
}

function textReference(reference: string, cells: readonly PlanCell[]): string {
  return (
    `<c:strRef><c:f>${escapeXml(reference)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>` +
    `${points(cells, (cell) => cell !== null)}</c:strCache></c:strRef>`
  );
}

function categories(range: ColumnRange): string {
  const numeric = range.cells.every((cell) => cell === null || isNumber(cell));
  return `<c:cat>${numeric ? numberReference(range) : textReference(range.reference, range.cells)}</c:cat>`;
}

/** A series' name from a table column's header cell. */
function headerName(sheetName: string, table: TablePlan, column: number): string {
  return `<c:tx>${textReference(headerReference(sheetName, table, column), [table.columns[column]?.header ?? ""])}</c:tx>`;
}

/**
 * The Office theme's accent colours, one per series in turn: Excel draws a series without a fill in its
 * theme's colours, LibreOffice draws it without any, so each series names its colour.
 */
const seriesColours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function solidFill(index: number): string {
  return `<a:solidFill><a:srgbClr val="${seriesColours[index % seriesColours.length] ?? "4472C4"}"/></a:solidFill>`;
}

function lineShape(index: number): string {
  return `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(index)}<a:round/></a:ln></c:spPr>`;
}

const noMarker = '<c:marker><c:symbol val="none"/></c:marker>';

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function titleXml(title: string): string {
  return `<c:title>${richText(title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
}

function axisTitleXml(title: string): string {
  return `<c:title>${richText(title)}<c:overlay val="0"/></c:title>`;
}

const ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/>';

function categoryAxisXml(position: "l" | "b", orientation: "minMax" | "maxMin"): string {
  return (
    `<c:catAx><c:axId val="${categoryAxisId}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/><c:numFmt formatCode="General" sourceLinked="1"/>${ticks}<c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${valueAxisId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

interface ValueAxis {
  readonly id: number;
  readonly crossAxis: number;
  readonly position: "l" | "b";
  readonly title?: string;
  readonly gridlines: boolean;
  /** "low" keeps the labels at the plot's edge where the other axis crosses inside it. */
  readonly labels: "nextTo" | "low";
  readonly crossBetween: "between" | "midCat";
}

function valueAxisXml(axis: ValueAxis): string {
  return (
    `<c:valAx><c:axId val="${axis.id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${axis.position}"/>${axis.gridlines ? "<c:majorGridlines/>" : ""}` +
    `${axis.title === undefined ? "" : axisTitleXml(axis.title)}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:tickLblPos val="${axis.labels}"/><c:crossAx val="${axis.crossAxis}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="${axis.crossBetween}"/></c:valAx>`
  );
}

const axisIds = `<c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/>`;

/** The plot of a chart and whether it needs a legend. */
interface Plot {
  readonly xml: string;
  readonly legend: boolean;
}

/** A series element: its place among the chart's series, then its content. */
function seriesXml(index: number, content: string): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${content}</c:ser>`;
}

/** The series of a table column's values over the categories, named by the column's header. */
function columnSeriesXml(
  sheetName: string,
  table: TablePlan,
  column: number,
  index: number,
  shape: string,
  categoryRange: string,
  after = ""
): string {
  return seriesXml(
    index,
    `${headerName(sheetName, table, column)}${shape}${categoryRange}` +
      `<c:val>${numberReference(columnRange(sheetName, table, column))}</c:val>${after}`
  );
}

function categoryPlot(chart: CategoryChartPlan, table: TablePlan, sheetName: string): Plot {
  const categoryRange = categories(columnRange(sheetName, table, chart.categoryColumn));
  const series = chart.seriesColumns
    .map((column, index) => {
      const shape =
        chart.kind === "bar"
          ? `<c:spPr>${solidFill(index)}</c:spPr><c:invertIfNegative val="0"/>`
          : `${lineShape(index)}${noMarker}`;
      const smooth = chart.kind === "line" ? '<c:smooth val="0"/>' : "";
      return columnSeriesXml(sheetName, table, column, index, shape, categoryRange, smooth);
    })
    .join("");
  const [categoryPosition, valuePosition] =
    chart.kind === "bar" ? (["l", "b"] as const) : (["b", "l"] as const);
  const plot =
    chart.kind === "bar"
      ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${axisIds}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  const axes =
    categoryAxisXml(categoryPosition, "minMax") +
    valueAxisXml({
      id: valueAxisId,
      crossAxis: categoryAxisId,
      position: valuePosition,
      gridlines: true,
      labels: "nextTo",
      crossBetween: "between",
    });
  return { xml: plot + axes, legend: chart.seriesColumns.length > 1 };
}

function intervalPlot(chart: IntervalChartPlan, table: TablePlan, sheetName: string): Plot {
  const categoryRange = categories(columnRange(sheetName, table, chart.categoryColumn));
  const series = [chart.lowColumn, chart.spanColumn]
    .map((column, index) => {
      // The low value is the bar's invisible base; only the span is drawn.
      const fill = index === 0 ? "<a:noFill/><a:ln><a:noFill/></a:ln>" : solidFill(0);
      const shape = `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
      return columnSeriesXml(sheetName, table, column, index, shape, categoryRange);
    })
    .join("");
  const plot =
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/>${axisIds}</c:barChart>`;
  const axes =
    categoryAxisXml("l", "maxMin") +
    valueAxisXml({
      id: valueAxisId,
      crossAxis: categoryAxisId,
      position: "b",
      title: chart.valueAxisTitle,
      gridlines: true,
      labels: "nextTo",
      crossBetween: "between",
    });
  return { xml: plot + axes, legend: false };
}

const xAxisId = categoryAxisId;
const yAxisId = valueAxisId;

function scatterPlot(
  chart: ScatterChartPlan,
  tableNamed: (name: string) => TablePlan,
  sheetName: string
): Plot {
  const series = chart.series
    .map((plan, index) => {
      const table = tableNamed(plan.table);
      const shape =
        plan.style === "markers"
          ? '<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>' +
            `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solidFill(index)}</c:spPr></c:marker>`
          : `${lineShape(index)}${noMarker}`;
      return seriesXml(
        index,
        `<c:tx><c:v>${escapeXml(plan.name)}</c:v></c:tx>${shape}` +
          `<c:xVal>${numberReference(columnRange(sheetName, table, plan.xColumn, plan.rows))}</c:xVal>` +
          `<c:yVal>${numberReference(columnRange(sheetName, table, plan.yColumn, plan.rows))}</c:yVal>` +
          '<c:smooth val="0"/>'
      );
    })
    .join("");
  const plot =
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}` +
    `<c:axId val="${xAxisId}"/><c:axId val="${yAxisId}"/></c:scatterChart>`;
  const axis = { gridlines: false, labels: "low", crossBetween: "midCat" } as const;
  const axes =
    valueAxisXml({
      ...axis,
      id: xAxisId,
      crossAxis: yAxisId,
      position: "b",
      title: chart.xAxisTitle,
    }) +
    valueAxisXml({
      ...axis,
      id: yAxisId,
      crossAxis: xAxisId,
      position: "l",
      title: chart.yAxisTitle,
    });
  return { xml: plot + axes, legend: chart.series.length > 1 };
}

function plotOf(
  chart: ChartPlan,
  tableNamed: (name: string) => TablePlan,
  sheetName: string
): Plot {
  switch (chart.kind) {
    case "bar":
    case "line":
      return categoryPlot(chart, tableNamed(chart.table), sheetName);
    case "interval":
      return intervalPlot(chart, tableNamed(chart.table), sheetName);
    case "scatter":
      return scatterPlot(chart, tableNamed, sheetName);
  }
}

/** The chart part of one chart over the tables (by name) of the sheet named `sheetName`. */
export function chartPartXml(
  chart: ChartPlan,
  tableNamed: (name: string) => TablePlan,
  sheetName: string
): string {
  const plot = plotOf(chart, tableNamed, sheetName);
  const legend = plot.legend
    ? `<c:legend><c:legendPos val="${chart.kind === "scatter" ? "b" : "r"}"/><c:overlay val="0"/></c:legend>`
    : "";
  return (
    `${xmlDeclaration}<c:chartSpace xmlns:c="${chartNamespace}" xmlns:a="${drawingNamespace}" xmlns:r="${officeRelationships}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}<c:plotArea><c:layout/>${plot.xml}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function markerXml(element: "from" | "to", column: number, row: number): string {
  return `<xdr:${element}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${element}>`;
}

/** The drawing part placing each chart over its cells; `relationshipIds[i]` points at chart i's part. */
export function drawingPartXml(
  charts: readonly ChartPlan[],
  relationshipIds: readonly string[]
): string {
  const anchors = charts.map((chart, index) => {
    const { row, column } = chart.anchor;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${markerXml("from", column, row)}` +
      `${markerXml("to", column + chart.widthInColumns, row + chart.heightInRows)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${chartNamespace}"><c:chart xmlns:c="${chartNamespace}" r:id="${relationshipIds[index] ?? ""}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    `${xmlDeclaration}<xdr:wsDr xmlns:xdr="${namespaces.spreadsheetDrawing}" xmlns:a="${drawingNamespace}" xmlns:r="${officeRelationships}">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}
