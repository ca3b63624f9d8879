// The generated Benchmark sheet: header block, ranking, indicator scores, peer-group ranks, index by year,
// and the time section.
import type { Bilingual, Language } from "../language";
import { methodSettings, settingLabel, type MethodSetting } from "../template";
import {
  generatedMarkerBlock,
  type BlockPlan,
  type ChartPlan,
  type NotesPlan,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
} from "../sheet-plan";
import { benchmarkTables, type BenchmarkTables } from "./benchmark-tables";
import {
  benchmarkTitles as titles,
  headerBlockLabels as labels,
  percentText,
} from "./benchmark-texts";
import type { BenchmarkRun } from "./benchmark-workbook";
import { chartData, type ChartData } from "./chart-tables";
import { barChartNote, chartTitle, chartTitles, lineChartNote } from "./chart-texts";
import { describePeerSet } from "./peer-set";
import { columnWidthsOf, rowAfter, stackTables, tableOf, withColourScale } from "./plan-layout";
import { robustnessTitles } from "./robustness-texts";
import { timeDefinitions, timeTitles } from "./time-section-texts";
import { timeSectionFacts } from "./time-tables";

export const benchmarkSheetName = "Benchmark";

/** The Excel table names on the Benchmark sheet (unique in the workbook). */
export const benchmarkTableNames = {
  ranking: "VeikartRangering",
  indicatorScores: "VeikartIndikatorskarer",
  peerGroupRanking: "VeikartGrupperangering",
  indexByYear: "VeikartIndeksPerAar",
  barChart: "VeikartDiagramStolper",
  lineChart: "VeikartDiagramLinjer",
  indexChange: "VeikartIndeksUtvikling",
  targets: "VeikartMaal",
  scoreChange: "VeikartEndringForklart",
} as const satisfies Record<keyof BenchmarkTables | Exclude<keyof ChartData, "selections">, string>;

export interface BenchmarkPlanOptions {
  /** When the run was made, as the caller's clock gave it (ISO 8601); the core reads no clock. */
  readonly ranAt: string;
  readonly language: Language;
}

/** Settings shown in the header block, in this order; the power only for the generalised mean. */
const shownSettings = [
  "normalisation",
  "normalisationScope",
  "aggregation",
  "generalisedMeanPower",
  "coverageThreshold",
  "imputation",
  "outlierTreatment",
];

const headerBlockFirstRow = 2;
const chartHeightInRows = 15;
const chartWidthInColumns = 8;
const barChartColumn = 3;
const lineChartColumn = barChartColumn + chartWidthInColumns + 1;
/** The charts' tables stand to the right of the charts, from this column. */
const chartTablesColumn = lineChartColumn + chartWidthInColumns + 1;

/**
 * The sections below the tables, by their titles, that the header block points to: at 372 units they
 * start thousands of rows down. The header has a line for each ("ingen" until the section is placed).
 */
const sectionTitles = {
  time: timeTitles.section,
  robustness: robustnessTitles.section,
  measures: titles.measures,
} as const satisfies Record<string, Bilingual>;

export type BenchmarkSection = keyof typeof sectionTitles;

function settingText(setting: MethodSetting, value: string | number, language: Language): string {
  if (setting.key === "coverageThreshold") return percentText(Number(value), language);
  if (setting.kind.type !== "choice" || language === "en") return String(value);
  const choice = setting.kind.choices.find((candidate) => candidate.value === value);
  return choice?.words[1] ?? String(value);
}

function headerBlock(run: BenchmarkRun, options: BenchmarkPlanOptions): NotesPlan {
  const { language } = options;
  const values = run.method.values;
  const methodRows = methodSettings
    .filter((setting) => shownSettings.includes(setting.key))
    .filter((setting) => setting.key !== "generalisedMeanPower" || values.aggregation === "genmean")
    .map((setting): PlanCell[] => [
      settingLabel(setting, language),
      settingText(setting, values[setting.key] ?? setting.defaultValue, language),
    ]);
  const engineNotes = run.engineIssues.length;
  const rows: PlanCell[][] = [
    [`${titles.sheet[language]} ${run.year ?? ""}`.trim(), null],
    [labels.year[language], run.year],
    [labels.previousYear[language], run.previousYear ?? labels.none[language]],
    [labels.baseYear[language], run.method.baseYear],
    [labels.peers[language], describePeerSet(run.peers, language)],
    [
      labels.highlighted[language],
      run.highlighted.length === 0 ? labels.none[language] : run.highlighted.join(", "),
    ],
    [labels.unitCount[language], run.units.length],
    ...methodRows,
    [labels.fingerprint[language], run.fingerprint],
    [labels.observationCount[language], run.observationCount],
    [labels.ranAt[language], options.ranAt],
    [labels.engineIssues[language], engineNotes === 0 ? labels.none[language] : engineNotes],
    ...Object.values(sectionTitles).map((title): PlanCell[] => [
      title[language],
      labels.none[language],
    ]),
  ];
  return {
    kind: "notes",
    anchor: { row: headerBlockFirstRow, column: 0 },
    rows,
    boldFirstColumn: true,
  };
}

function isHeaderBlock(block: BlockPlan): block is NotesPlan {
  return (
    block.kind === "notes" && block.anchor.row === headerBlockFirstRow && block.anchor.column === 0
  );
}

/**
 * The Benchmark sheet with the header block's line for `section` naming the row the section starts on
 * (0-based `row`, its title), as Excel numbers rows. A plan cell holds a value, never a link, so the
 * line names the row rather than linking to it.
 */
export function withSectionPointer(
  plan: SheetPlan,
  section: BenchmarkSection,
  row: number,
  language: Language
): SheetPlan {
  const label = sectionTitles[section][language];
  const header = plan.blocks.find(isHeaderBlock);
  const line = header?.rows.findIndex((cells) => cells[0] === label) ?? -1;
  if (header === undefined || line < 0)
    throw new Error(`The Benchmark sheet's header block has no line for the ${section} section`);
  const rows = header.rows.map((cells, position) =>
    position === line ? [label, `${labels.row[language]} ${row + 1}`] : cells
  );
  return {
    ...plan,
    blocks: plan.blocks.map((block) => (block === header ? { ...header, rows } : block)),
  };
}

/**
 * The time section below the other tables, from `firstRow`: a block of definitions (base year, thresholds
 * in use), then how each unit's index has moved, each unit against the targets (progress with a colour
 * scale) and why the index changed between the latest two years.
 */
function timeSection(
  run: BenchmarkRun,
  tables: BenchmarkTables,
  language: Language,
  firstRow: number
): { definitions: NotesPlan; tables: TablePlan[] } {
  const definitions: NotesPlan = {
    kind: "notes",
    anchor: { row: firstRow, column: 0 },
    rows: [
      [timeTitles.section[language], null],
      ...timeDefinitions(timeSectionFacts(run), language),
    ],
    boldFirstColumn: true,
  };
  const progressColumn = tables.targets.columns.findIndex((column) => column.key === "progress");
  const placed = stackTables(
    [
      tableOf(
        tables.indexChange,
        benchmarkTableNames.indexChange,
        timeTitles.indexChange[language],
        "TableStyleLight9"
      ),
      withColourScale(
        tableOf(
          tables.targets,
          benchmarkTableNames.targets,
          timeTitles.targets[language],
          "TableStyleLight9"
        ),
        progressColumn,
        progressColumn
      ),
      tableOf(
        tables.scoreChange,
        benchmarkTableNames.scoreChange,
        timeTitles.scoreChange(run.previousYear, run.year, language),
        "TableStyleLight9"
      ),
    ],
    rowAfter([definitions]) + 1
  );
  return { definitions, tables: placed };
}

/** What each chart shows and leaves out, in the rows under it. */
function chartNotes(run: BenchmarkRun, charts: ChartData, language: Language): NotesPlan[] {
  const row = headerBlockFirstRow + chartHeightInRows;
  const notes = (column: number, sentences: readonly string[]): NotesPlan => ({
    kind: "notes",
    anchor: { row, column },
    rows: sentences.map((sentence) => [sentence]),
  });
  return [
    notes(barChartColumn, barChartNote(charts.selections.bars, language)),
    notes(lineChartColumn, lineChartNote(charts.selections.lines, run.year, language)),
  ];
}

/** The two tables the charts draw from, side by side to the right of the charts. */
function chartTables(charts: ChartData, language: Language): [TablePlan, TablePlan] {
  const bars = tableOf(
    charts.barChart,
    benchmarkTableNames.barChart,
    chartTitles.barChartTable[language],
    "TableStyleLight9"
  );
  const lines = tableOf(
    charts.lineChart,
    benchmarkTableNames.lineChart,
    chartTitles.lineChartTable[language],
    "TableStyleLight9"
  );
  const row = headerBlockFirstRow + 1;
  return [
    { ...bars, anchor: { row, column: chartTablesColumn } },
    { ...lines, anchor: { row, column: chartTablesColumn + bars.columns.length + 1 } },
  ];
}

/**
 * The Benchmark sheet of a run: the marker in A1, a header block (method, data fingerprint, time of the
 * run, the row of each section below the tables), two charts beside it with what they show written under them and their tables to their right,
 * then the ranking for the year, the indicator scores (with a colour scale), the ranks within peer
 * groups, the index of every unit in every year, and the time section. The charts show every unit
 * while they stay readable, and a selection (chartSelections) beyond that, so that the sheet has the
 * same shape for 6 units as for 372. `tables` are the run's, when the caller has built them already.
 */
export function benchmarkSheetPlan(
  run: BenchmarkRun,
  options: BenchmarkPlanOptions,
  tables: BenchmarkTables = benchmarkTables(run, options.language)
): SheetPlan {
  const { language } = options;
  const charts = chartData(run, language);
  const header = headerBlock(run, options);
  const notes = chartNotes(run, charts, language);
  const besideCharts = chartTables(charts, language);
  const top = [header, ...notes, ...besideCharts];
  const firstTableRow = Math.max(rowAfter(top), headerBlockFirstRow + chartHeightInRows) + 2;
  const dimensionColumns = run.dimensions.length;
  const scoredColumns = run.scoredIndicators.length;
  const yearColumns = tables.indexByYear.columns.length - 2;
  const [ranking, indicatorScores, peerGroupRanking, indexByYear] = stackTables(
    [
      withColourScale(
        tableOf(
          tables.ranking,
          benchmarkTableNames.ranking,
          `${titles.ranking[language]} ${run.year ?? ""}`.trim(),
          "TableStyleMedium2"
        ),
        4,
        4 + dimensionColumns
      ),
      withColourScale(
        tableOf(
          tables.indicatorScores,
          benchmarkTableNames.indicatorScores,
          titles.indicatorScores[language],
          "TableStyleLight9"
        ),
        2,
        1 + scoredColumns
      ),
      tableOf(
        tables.peerGroupRanking,
        benchmarkTableNames.peerGroupRanking,
        titles.peerGroupRanking[language],
        "TableStyleLight9"
      ),
      withColourScale(
        tableOf(
          tables.indexByYear,
          benchmarkTableNames.indexByYear,
          titles.indexByYear[language],
          "TableStyleLight9"
        ),
        2,
        1 + yearColumns
      ),
    ],
    firstTableRow
  );
  const earlier = [ranking, indicatorScores, peerGroupRanking, indexByYear].filter(
    (block) => block !== undefined
  );
  const time = timeSection(run, tables, language, rowAfter(earlier) + 1);
  const blocks = [
    generatedMarkerBlock,
    header,
    ...notes,
    ...earlier,
    time.definitions,
    ...time.tables,
    ...besideCharts,
  ];
  const { bars, lines } = charts.selections;
  const barColumn = (key: string) =>
    charts.barChart.columns.findIndex((column) => column.key === key);
  const chartPlans: ChartPlan[] = [
    {
      kind: "bar",
      title: chartTitle(
        `${chartTitles.barChart[language]} ${run.year ?? ""}`.trim(),
        bars,
        language
      ),
      table: benchmarkTableNames.barChart,
      categoryColumn: barColumn("unitName"),
      seriesColumns: [barColumn("index")],
      anchor: { row: headerBlockFirstRow, column: barChartColumn },
      widthInColumns: chartWidthInColumns,
      heightInRows: chartHeightInRows,
    },
    {
      kind: "line",
      title: chartTitle(chartTitles.lineChart[language], lines, language),
      table: benchmarkTableNames.lineChart,
      categoryColumn: 0,
      seriesColumns: charts.lineChart.columns.slice(1).map((_, position) => position + 1),
      anchor: { row: headerBlockFirstRow, column: lineChartColumn },
      widthInColumns: chartWidthInColumns,
      heightInRows: chartHeightInRows,
    },
  ];
  const plan: SheetPlan = {
    name: benchmarkSheetName,
    blocks,
    charts: chartPlans,
    columnWidths: columnWidthsOf(blocks, [26, 24]),
  };
  return withSectionPointer(plan, "time", time.definitions.anchor.row, language);
}
