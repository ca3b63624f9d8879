// The decoupling chart of the Analyse sheet: per pair, the change in driver (x) against the change in
// pressure (y) of every unit over the whole period, as one series of points (one series for 6 units
// or for 372), with Tapio's thresholds e = 0.8 and e = 1.2 and the two axes drawn as lines through the
// origin from a small table of their end points, and the sentences saying which sector is which degree.
import { decimalIn, type Language } from "../language";
import type { NotesPlan, PlanCell, ScatterChartPlan, ScatterSeriesPlan } from "../sheet-plan";
import type { UnplacedTable } from "../benchmark/plan-layout";
import { decouplingChartTexts as texts, decouplingSectors } from "./analysis-texts";
import { couplingBounds, decouplingDegreeCodes, decouplingDegreeNames } from "./decoupling";
import { decouplingPairsText, type DecouplingPair } from "./decoupling-pairs";

/** A pair's points: the rows of the whole-period table that hold it, and their changes. */
export interface PairPoints {
  readonly pair: DecouplingPair;
  /** The first of the pair's rows in the whole-period table (0 is its first data row). */
  readonly firstRow: number;
  readonly rowCount: number;
  /** The changes of the units that have a degree (others have no point). */
  readonly changes: readonly { readonly driver: number; readonly pressure: number }[];
}

/** Where the chart reads its points: the whole-period table and its two change columns. */
export interface PointColumns {
  readonly table: string;
  readonly driverChange: number;
  readonly pressureChange: number;
}

export const decouplingLinesTableName = "VeikartFrikoblingLinjer";
const lineColumns = { x: 2, y: 3 } as const;
const pointsPerLine = 2;
const changeFormat = "0.0%";
/** The half-width of the plot when no unit has a change (10 %). */
const emptyExtent = 0.1;

/** The size of a chart in cells. */
export const decouplingChartSize = { widthInColumns: 8, heightInRows: 20 } as const;

function numberText(value: number, language: Language): string {
  return decimalIn(String(value), language);
}

interface Line {
  readonly label: string;
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

/**
 * The four lines of a pair's chart, each reaching the edge of the box of its points (the largest
 * absolute change either way): a threshold line of slope s ends where it leaves that box.
 */
function linesOf(points: PairPoints, language: Language): Line[] {
  const extent = (values: readonly number[]) => {
    const largest = Math.max(0, ...values.map(Math.abs));
    return largest > 0 ? largest : emptyExtent;
  };
  const x = extent(points.changes.map((change) => change.driver));
  const y = extent(points.changes.map((change) => change.pressure));
  const threshold = (slope: number): Line => {
    const end = Math.min(x, y / slope);
    return {
      label: `e = ${numberText(slope, language)}`,
      from: [-end, -slope * end],
      to: [end, slope * end],
    };
  };
  return [
    threshold(couplingBounds.lower),
    threshold(couplingBounds.upper),
    { label: texts.pressureUnchanged[language], from: [-x, 0], to: [x, 0] },
    { label: texts.driverUnchanged[language], from: [0, -y], to: [0, y] },
  ];
}

/** The table of every charted pair's line end points, two rows a line, in the pairs' order. */
export function decouplingLinesTable(
  charted: readonly PairPoints[],
  language: Language
): UnplacedTable {
  const rows: PlanCell[][] = charted.flatMap((points) =>
    linesOf(points, language).flatMap((line) =>
      [line.from, line.to].map(([x, y]) => [decouplingPairsText([points.pair]), line.label, x, y])
    )
  );
  return {
    kind: "table",
    name: decouplingLinesTableName,
    title: texts.linesTitle[language],
    titleFontSize: 12,
    style: "TableStyleLight1",
    columns: [
      { header: texts.pairHeader[language], width: 22 },
      { header: texts.lineHeader[language], width: 24 },
      { header: texts.xHeader[language], numberFormat: changeFormat, width: 12 },
      { header: texts.yHeader[language], numberFormat: changeFormat, width: 12 },
    ],
    rows,
  };
}

/**
 * The chart of the `index`-th charted pair at `anchor`: its units as points from the whole-period
 * table, its four lines from the lines table (four lines a pair, in the order linesOf gives them).
 */
export function decouplingChart(
  points: PairPoints,
  index: number,
  columns: PointColumns,
  baseYear: number,
  anchor: { readonly row: number; readonly column: number },
  language: Language
): ScatterChartPlan {
  const lines = linesOf(points, language);
  const lineSeries = lines.map(
    (line, position): ScatterSeriesPlan => ({
      name: line.label,
      table: decouplingLinesTableName,
      xColumn: lineColumns.x,
      yColumn: lineColumns.y,
      rows: { first: (index * lines.length + position) * pointsPerLine, count: pointsPerLine },
      style: "line",
    })
  );
  return {
    kind: "scatter",
    title: `${texts.title[language]}: ${decouplingPairsText([points.pair])} ${texts.fromBaseYear[language]} ${baseYear}`,
    xAxisTitle: `${texts.axisChange[language]} ${points.pair.driver}`,
    yAxisTitle: `${texts.axisChange[language]} ${points.pair.pressure}`,
    series: [
      {
        name: `${texts.units[language]} (${points.changes.length})`,
        table: columns.table,
        xColumn: columns.driverChange,
        yColumn: columns.pressureChange,
        rows: { first: points.firstRow, count: points.rowCount },
        style: "markers",
      },
      ...lineSeries,
    ],
    anchor,
    ...decouplingChartSize,
  };
}

/** Which sector of the chart is which of Tapio's degrees, one line each, under a heading. */
export function decouplingSectorNotes(
  anchor: { readonly row: number; readonly column: number },
  language: Language
): NotesPlan {
  return {
    kind: "notes",
    anchor,
    rows: [
      [texts.sectorsHeading[language]],
      ...decouplingDegreeCodes.map((code) => [
        `${decouplingDegreeNames[code][language]}: ${decouplingSectors[code][language]}`,
      ]),
    ],
  };
}
