// A sheet plan's charts as DrawingML: one drawing part holding every chart's anchor, and one chart
// part per chart with its series referring to the table's cells (and a cache of their values).
import type { CategoryChartPlan, ChartPlan, PlanCell, TablePlan } from "../../core/sheet-plan";
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

function columnRange(sheetName: string, table: TablePlan, column: number): ColumnRange {
  const letters = columnLetters(table.anchor.column + column);
  const rows = dataRowSpan(table);
  return {
    reference: `${quotedSheetName(sheetName)}!$${letters}$${rows.first + 1}:$${letters}$${rows.last + 1}`,
    cells: tableRows(table).map((row) => row[column] ?? null),
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

/**
 * The Office theme's accent colours, one per series in turn: Excel draws a series without a fill in its
 * theme's colours, LibreOffice draws it without any, so each series names its colour.
 */
const seriesColours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function seriesFillXml(chart: CategoryChartPlan, index: number): string {
  const colour = `<a:solidFill><a:srgbClr val="${seriesColours[index % seriesColours.length] ?? "4472C4"}"/></a:solidFill>`;
  return chart.kind === "bar"
    ? `<c:spPr>${colour}</c:spPr>`
    : `<c:spPr><a:ln w="28575" cap="rnd">${colour}<a:round/></a:ln></c:spPr>`;
}

function seriesXml(
  chart: CategoryChartPlan,
  table: TablePlan,
  sheetName: string,
  column: number,
  index: number
): string {
  const name = textReference(headerReference(sheetName, table, column), [
    table.columns[column]?.header ?? "",
  ]);
  const kindSpecific =
    chart.kind === "bar"
      ? '<c:invertIfNegative val="0"/>'
      : '<c:marker><c:symbol val="none"/></c:marker>';
  const smooth = chart.kind === "line" ? '<c:smooth val="0"/>' : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${name}</c:tx>${seriesFillXml(chart, index)}${kindSpecific}` +
    `${categories(columnRange(sheetName, table, chart.categoryColumn))}` +
    `<c:val>${numberReference(columnRange(sheetName, table, column))}</c:val>${smooth}</c:ser>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
  );
}

function axesXml(chart: CategoryChartPlan): string {
  const [categoryPosition, valuePosition] = chart.kind === "bar" ? ["l", "b"] : ["b", "l"];
  const ticks =
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx><c:axId val="${categoryAxisId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${categoryPosition}"/><c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="${valueAxisId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valueAxisId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valuePosition}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="${categoryAxisId}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part of one chart over the tables (by name) of the sheet named `sheetName`. */
export function chartPartXml(
  chart: ChartPlan,
  tableNamed: (name: string) => TablePlan,
  sheetName: string
): string {
  if (chart.kind !== "bar" && chart.kind !== "line")
    throw new Error(`the ${chart.kind} chart "${chart.title}" is not drawn yet`);
  const table = tableNamed(chart.table);
  const series = chart.seriesColumns
    .map((column, index) => seriesXml(chart, table, sheetName, column, index))
    .join("");
  const axisIds = `<c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/>`;
  const plot =
    chart.kind === "bar"
      ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${axisIds}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  const legend =
    chart.seriesColumns.length > 1
      ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>'
      : "";
  return (
    `${xmlDeclaration}<c:chartSpace xmlns:c="${chartNamespace}" xmlns:a="${drawingNamespace}" xmlns:r="${officeRelationships}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}<c:plotArea><c:layout/>${plot}${axesXml(chart)}</c:plotArea>` +
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
