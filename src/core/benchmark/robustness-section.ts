// The Benchmark sheet's robustness section: what the analysis varied, a chart of the rank intervals,
// how sure each unit's rank is (the statistics and one sentence), and what the ranking is sensitive
// to (the Sobol indices of each varied input).
import type { Language } from "../language";
import type { SensitivityResult, UnitUncertainty } from "../sensitivity";
import type { IntervalChartPlan, NotesPlan, PlanCell, SheetPlan } from "../sheet-plan";
import { withSectionPointer } from "./benchmark-sheet-plan";
import type { BenchmarkRun } from "./benchmark-workbook";
import type { ChartSelection } from "./chart-selection";
import { runChartSelections } from "./chart-tables";
import { barChartNote, chartTitle } from "./chart-texts";
import { columnWidthsOf, rowAfter, stackTables, tableOf } from "./plan-layout";
import type { BenchmarkRobustness } from "./robustness";
import {
  rankIntervalText,
  robustnessDefinitions,
  robustnessHeaders as headers,
  robustnessSentence,
  robustnessTitles as titles,
  variedInputName,
} from "./robustness-texts";
import { resultLookup, standings, type UnitStanding } from "./standings";
import {
  numberFormats,
  unitColumns,
  type BenchmarkColumn,
  type BenchmarkTable,
} from "./table-records";

/** The Excel table names of the section (unique in the workbook). */
export const robustnessTableNames = {
  units: "VeikartRobusthet",
  sensitivity: "VeikartFolsomhet",
  chart: "VeikartDiagramIntervaller",
} as const;

const chartColumn = 3;
const chartWidthInColumns = 8;
const chartHeightInRows = 15;
const chartTableColumn = chartColumn + chartWidthInColumns + 1;

interface RobustnessTables {
  readonly units: BenchmarkTable;
  readonly sensitivity: BenchmarkTable;
  /** The units the interval chart draws (as the bar chart's selection), and its table. */
  readonly chartSelection: ChartSelection;
  readonly chart: BenchmarkTable;
}

function unitsTable(
  ordered: readonly UnitStanding[],
  byCode: ReadonlyMap<string, UnitUncertainty>,
  language: Language
): BenchmarkTable {
  // General, not whole: a percentile of ranks may fall between two ranks (R's type 7).
  const rank = (key: keyof typeof headers): BenchmarkColumn => ({
    key,
    header: headers[key][language],
    width: 11,
  });
  const score = (key: keyof typeof headers): BenchmarkColumn => ({
    key,
    header: headers[key][language],
    numberFormat: numberFormats.score,
    width: 10,
  });
  const columns: BenchmarkColumn[] = [
    {
      key: "rank",
      header: titles.rankAxis[language],
      numberFormat: numberFormats.whole,
      width: 11,
    },
    ...unitColumns(language),
    { key: "rankInterval", header: headers.rankInterval[language], width: 14 },
    rank("medianRank"),
    rank("p5"),
    rank("p95"),
    rank("minRank"),
    rank("maxRank"),
    {
      key: "shareAtOrAboveNominal",
      header: headers.shareAtOrAboveNominal[language],
      numberFormat: numberFormats.share,
      width: 13,
    },
    score("indexP5"),
    score("indexMedian"),
    score("indexP95"),
    { key: "sentence", header: headers.sentence[language], width: 70 },
  ];
  const rows = ordered.flatMap((standing) => {
    const unit = byCode.get(standing.unitCode);
    if (unit === undefined) return [];
    const row: Record<string, PlanCell> = {
      rank: unit.nominalRank,
      unitCode: standing.unitCode,
      unitName: standing.unitName,
      rankInterval: rankIntervalText(unit, language),
      medianRank: unit.medianRank,
      p5: unit.p5,
      p95: unit.p95,
      minRank: unit.minRank,
      maxRank: unit.maxRank,
      shareAtOrAboveNominal: unit.shareAtOrAboveNominal,
      indexP5: unit.index.p5,
      indexMedian: unit.index.median,
      indexP95: unit.index.p95,
      sentence: robustnessSentence(unit, language),
    };
    return [row];
  });
  return { columns, rows };
}

function sensitivityTable(result: SensitivityResult, language: Language): BenchmarkTable {
  const index = (key: keyof typeof headers): BenchmarkColumn => ({
    key,
    header: headers[key][language],
    numberFormat: "0.000",
    width: 12,
  });
  const columns: BenchmarkColumn[] = [
    { key: "input", header: headers.input[language], width: 22 },
    index("first"),
    index("firstLow"),
    index("firstHigh"),
    index("total"),
    index("totalLow"),
    index("totalHigh"),
  ];
  const rows = result.sensitivity.map((entry) => {
    const input = result.inputs.find((candidate) => candidate.name === entry.input);
    return {
      input: input === undefined ? entry.input : variedInputName(input, language),
      first: entry.first,
      firstLow: entry.firstLow,
      firstHigh: entry.firstHigh,
      total: entry.total,
      totalLow: entry.totalLow,
      totalHigh: entry.totalHigh,
    };
  });
  return { columns, rows };
}

/**
 * The interval chart's table: one row per unit shown that has an interval, its label naming its rank.
 * Each bar covers the ranks from the 5 % to the 95 % rank, half a place either side, so that a unit that
 * always holds one rank still has a bar one place long.
 */
function chartTable(
  selection: ChartSelection,
  ordered: readonly UnitStanding[],
  byCode: ReadonlyMap<string, UnitUncertainty>,
  language: Language
): BenchmarkTable {
  const names = new Map(ordered.map((standing) => [standing.unitCode, standing.unitName]));
  const rank = (key: keyof typeof headers): BenchmarkColumn => ({
    key,
    header: headers[key][language],
    width: 11,
  });
  const columns: BenchmarkColumn[] = [
    { key: "label", header: headers.chartUnit[language], width: 24 },
    rank("p5"),
    rank("medianRank"),
    rank("p95"),
    { key: "barStart", header: headers.barStart[language], numberFormat: "0.0", width: 11 },
    { key: "barLength", header: headers.barLength[language], numberFormat: "0.0", width: 11 },
  ];
  const rows = selection.units.flatMap((shown) => {
    const unit = byCode.get(shown.unitCode);
    if (unit === undefined || unit.p5 === null || unit.p95 === null) return [];
    const name = names.get(shown.unitCode) || shown.unitCode;
    return [
      {
        label: unit.nominalRank === null ? name : `${name} (${unit.nominalRank})`,
        p5: unit.p5,
        medianRank: unit.medianRank,
        p95: unit.p95,
        barStart: unit.p5 - 0.5,
        barLength: unit.p95 - unit.p5 + 1,
      },
    ];
  });
  return { columns, rows };
}

/** The section's tables, in the ranking's order; the chart draws the units the bar chart draws. */
function robustnessTables(
  run: BenchmarkRun,
  result: SensitivityResult,
  language: Language
): RobustnessTables {
  const ordered = run.year === null ? [] : standings(run, resultLookup(run.results));
  const byCode = new Map(result.units.map((unit) => [unit.code, unit]));
  const chartSelection = runChartSelections(run, ordered).bars;
  return {
    units: unitsTable(ordered, byCode, language),
    sensitivity: sensitivityTable(result, language),
    chartSelection,
    chart: chartTable(chartSelection, ordered, byCode, language),
  };
}

/**
 * The Benchmark sheet with the robustness section below everything else: the definitions (runs, design,
 * seed, what varied, how many intervals are wide) beside a chart of the rank intervals with what it
 * shows under it and its table to its right; below them each unit's statistics and sentence, and the
 * Sobol indices when the analysis computed them. The header block names the row the section starts on.
 */
export function withRobustnessSection(
  plan: SheetPlan,
  run: BenchmarkRun,
  robustness: BenchmarkRobustness,
  language: Language
): SheetPlan {
  const { result, seed } = robustness;
  const tables = robustnessTables(run, result, language);
  const firstRow = rowAfter(plan.blocks) + 1;
  const definitions: NotesPlan = {
    kind: "notes",
    anchor: { row: firstRow, column: 0 },
    rows: [[titles.section[language], null], ...robustnessDefinitions(result, seed, language)],
    boldFirstColumn: true,
  };
  const chartNote: NotesPlan = {
    kind: "notes",
    anchor: { row: firstRow + chartHeightInRows, column: chartColumn },
    rows: barChartNote(tables.chartSelection, language).map((sentence) => [sentence]),
  };
  const chartData = {
    ...tableOf(
      tables.chart,
      robustnessTableNames.chart,
      titles.chartTable[language],
      "TableStyleLight9"
    ),
    anchor: { row: firstRow + 1, column: chartTableColumn },
  };
  const below = stackTables(
    [
      tableOf(
        tables.units,
        robustnessTableNames.units,
        `${titles.units[language]} ${run.year ?? ""}`.trim(),
        "TableStyleLight9"
      ),
      ...(tables.sensitivity.rows.length === 0
        ? []
        : [
            tableOf(
              tables.sensitivity,
              robustnessTableNames.sensitivity,
              titles.sensitivity[language],
              "TableStyleLight9"
            ),
          ]),
    ],
    rowAfter([definitions, chartNote, chartData]) + 1
  );
  const column = (key: string) => tables.chart.columns.findIndex((entry) => entry.key === key);
  const chart: IntervalChartPlan = {
    kind: "interval",
    title: chartTitle(titles.chart[language], tables.chartSelection, language),
    table: robustnessTableNames.chart,
    categoryColumn: column("label"),
    lowColumn: column("barStart"),
    spanColumn: column("barLength"),
    valueAxisTitle: titles.rankAxis[language],
    anchor: { row: firstRow, column: chartColumn },
    widthInColumns: chartWidthInColumns,
    heightInRows: chartHeightInRows,
  };
  const blocks = [...plan.blocks, definitions, chartNote, chartData, ...below];
  const withSection = {
    ...plan,
    blocks,
    // Excel draws no chart over an empty table: without a unit with an interval there is nothing to chart.
    charts: tables.chart.rows.length === 0 ? plan.charts : [...plan.charts, chart],
    columnWidths: columnWidthsOf(blocks, plan.columnWidths),
  };
  return withSectionPointer(withSection, "robustness", firstRow, language);
}
