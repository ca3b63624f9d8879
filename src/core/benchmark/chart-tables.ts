// The tables the Benchmark sheet's charts draw from: the bars (units of the ranking) and the lines (index
// by year of the units shown, and the median of all units when not every unit is shown).
import type { Language } from "../language";
import type { PlanCell } from "../sheet-plan";
import { medianOf } from "../steps/statistics";
import { benchmarkHeaders as headers } from "./benchmark-texts";
import type { BenchmarkRun } from "./benchmark-workbook";
import { chartSelections, type ChartSelection, type ChartSelections } from "./chart-selection";
import { barReasonText, chartHeaders, lineName, medianLineName } from "./chart-texts";
import { resultLookup, standings, type ResultLookup, type UnitStanding } from "./standings";
import {
  numberFormats,
  unitColumns,
  type BenchmarkColumn,
  type BenchmarkTable,
} from "./table-records";

export interface ChartData {
  readonly selections: ChartSelections;
  readonly barChart: BenchmarkTable;
  readonly lineChart: BenchmarkTable;
}

function barChartTable(
  ordered: readonly UnitStanding[],
  selection: ChartSelection,
  language: Language
): BenchmarkTable {
  const columns: BenchmarkColumn[] = [
    { key: "rank", header: headers.rank[language], numberFormat: numberFormats.whole, width: 11 },
    ...unitColumns(language),
    { key: "peerGroup", header: headers.peerGroup[language], width: 14 },
    { key: "index", header: headers.index[language], numberFormat: numberFormats.score, width: 10 },
    { key: "shownBecause", header: chartHeaders.shownBecause[language], width: 24 },
  ];
  const byCode = new Map(ordered.map((standing) => [standing.unitCode, standing]));
  const rows = selection.units.flatMap((shown) => {
    const standing = byCode.get(shown.unitCode);
    if (standing === undefined) return [];
    return [
      {
        rank: standing.index?.rank ?? null,
        unitCode: standing.unitCode,
        unitName: standing.unitName,
        peerGroup: standing.peerGroup,
        index: standing.index?.score ?? null,
        shownBecause: barReasonText(shown.because, language),
      },
    ];
  });
  return { columns, rows };
}

const medianKey = "median";
const unitKey = (unitCode: string) => `unit.${unitCode}`;

function lineChartTable(
  run: BenchmarkRun,
  ordered: readonly UnitStanding[],
  selection: ChartSelection,
  lookup: ResultLookup,
  language: Language
): BenchmarkTable {
  const byCode = new Map(ordered.map((standing) => [standing.unitCode, standing]));
  const indexIn = (unitCode: string, year: number) =>
    lookup(unitCode, year)?.aggregates[run.index.id]?.score ?? null;
  const lines = selection.units.map((shown) => {
    const name = byCode.get(shown.unitCode)?.unitName || shown.unitCode;
    return {
      unitCode: shown.unitCode,
      header: selection.complete ? name : lineName(name, shown.because, run.year, language),
    };
  });
  const columns: BenchmarkColumn[] = [
    { key: "year", header: headers.year[language], numberFormat: numberFormats.whole, width: 8 },
    ...lines.map((line) => ({
      key: unitKey(line.unitCode),
      header: line.header,
      numberFormat: numberFormats.score,
      width: 12,
    })),
    ...(selection.complete
      ? []
      : [
          {
            key: medianKey,
            header: medianLineName(selection.unitCount, language),
            numberFormat: numberFormats.score,
            width: 14,
          },
        ]),
  ];
  const years = run.year === null ? [] : run.years;
  const rows = years.map((year) => {
    const row: Record<string, PlanCell> = { year };
    for (const line of lines) row[unitKey(line.unitCode)] = indexIn(line.unitCode, year);
    if (!selection.complete) {
      const median = medianOf(run.units.map((unit) => indexIn(unit.code, year) ?? Number.NaN));
      row[medianKey] = Number.isNaN(median) ? null : median;
    }
    return row;
  });
  return { columns, rows };
}

/** The units the charts show (chartSelections), from the ranking's order and the run's highlighted units. */
export function runChartSelections(
  run: BenchmarkRun,
  ordered: readonly UnitStanding[]
): ChartSelections {
  return chartSelections(
    ordered.map((standing) => ({
      unitCode: standing.unitCode,
      scored: standing.index?.score !== null && standing.index?.score !== undefined,
    })),
    run.highlighted
  );
}

/** What the charts show (by chartSelections) and the two tables they draw from; empty when the run was blocked. */
export function chartData(run: BenchmarkRun, language: Language): ChartData {
  const lookup = resultLookup(run.results);
  const ordered = run.year === null ? [] : standings(run, lookup);
  const selections = runChartSelections(run, ordered);
  return {
    selections,
    barChart: barChartTable(ordered, selections.bars, language),
    lineChart: lineChartTable(run, ordered, selections.lines, lookup, language),
  };
}
