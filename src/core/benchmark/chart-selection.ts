// Which units the Benchmark sheet's two charts draw. While a chart stays readable it shows every unit;
// beyond that the bar chart shows both ends of the ranking and the highlighted units, and the line
// chart the highlighted units, the best and the weakest, and the peer set's median. Excel allows 255
// series in a chart (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
// far more than a reader can tell apart.

export const chartLimits = {
  /** Lines in the line chart, the median line included. */
  mostLines: 12,
  /** Bars in the bar chart. */
  mostBars: 30,
  /** When the ranking has more units than mostBars: how many of the best, and of the weakest, are shown. */
  barsAtEachEnd: 10,
} as const;

/**
 * Why a unit is in a chart: every unit fits; it is among the best or the weakest of the ranked year
 * (the ten at each end in the bar chart, the one at each end in the line chart); it was highlighted.
 */
export type ShownBecause = "all" | "best" | "weakest" | "highlighted";

/** A unit of the ranking, in ranking order; `scored` when it has an index score in the ranked year. */
export interface RankedUnit {
  readonly unitCode: string;
  readonly scored: boolean;
}

export interface ShownUnit {
  readonly unitCode: string;
  readonly because: readonly ShownBecause[];
}

export interface ChartSelection {
  /** The units the chart draws, in ranking order. */
  readonly units: readonly ShownUnit[];
  /** How many units the ranking has. */
  readonly unitCount: number;
  /** True when every unit is drawn; otherwise the line chart adds the median of all units. */
  readonly complete: boolean;
  /** Highlighted units that did not fit, in the order they were asked for. */
  readonly highlightedLeftOut: readonly string[];
}

export interface ChartSelections {
  readonly bars: ChartSelection;
  readonly lines: ChartSelection;
}

/** The first and the last `count` scored units (they overlap when there are fewer than 2 x count). */
function ends(ranked: readonly RankedUnit[], count: number) {
  const scored = ranked.filter((unit) => unit.scored).map((unit) => unit.unitCode);
  return { best: scored.slice(0, count), weakest: scored.slice(-count) };
}

/**
 * Every unit when there are at most `room`; otherwise the units at the ends, then the highlighted units
 * in the order asked for while there is room (a highlighted unit already at an end takes no more room).
 */
function selectUnits(
  ranked: readonly RankedUnit[],
  highlighted: readonly string[],
  room: number,
  endCount: number
): ChartSelection {
  const asked = new Set(highlighted);
  const because = new Map<string, ShownBecause[]>();
  const mark = (unitCode: string, reason: ShownBecause) =>
    because.set(unitCode, [...(because.get(unitCode) ?? []), reason]);
  const complete = ranked.length <= room;
  const highlightedLeftOut: string[] = [];
  if (complete) for (const unit of ranked) mark(unit.unitCode, "all");
  else {
    const { best, weakest } = ends(ranked, endCount);
    for (const unitCode of best) mark(unitCode, "best");
    for (const unitCode of weakest) mark(unitCode, "weakest");
  }
  const inRanking = new Set(ranked.map((unit) => unit.unitCode));
  for (const unitCode of asked) {
    if (!inRanking.has(unitCode)) continue;
    if (because.has(unitCode) || because.size < room) mark(unitCode, "highlighted");
    else highlightedLeftOut.push(unitCode);
  }
  return {
    units: ranked.flatMap((unit) => {
      const reasons = because.get(unit.unitCode);
      return reasons === undefined ? [] : [{ unitCode: unit.unitCode, because: reasons }];
    }),
    unitCount: ranked.length,
    complete,
    highlightedLeftOut,
  };
}

/**
 * What each chart shows, from the ranking (in ranking order) and the highlighted unit codes (codes
 * outside the ranking are ignored: the run refuses them before). The line chart keeps one line of its
 * room for the median when it cannot show every unit.
 */
export function chartSelections(
  ranked: readonly RankedUnit[],
  highlighted: readonly string[]
): ChartSelections {
  const { mostBars, mostLines, barsAtEachEnd } = chartLimits;
  const lineRoom = ranked.length <= mostLines ? mostLines : mostLines - 1;
  return {
    bars: selectUnits(ranked, highlighted, mostBars, barsAtEachEnd),
    lines: selectUnits(ranked, highlighted, lineRoom, 1),
  };
}
