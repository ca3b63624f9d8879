// The generated Benchmark sheet: header block, ranking, indicator scores, peer-group ranks, index by year,
// and the time section.
import type { Language } from "../language";
import { methodSettings, settingLabel, type MethodSetting } from "../template";
import {
  generatedMarkerBlock,
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
import { describePeerSet } from "./peer-set";
import { columnWidthsOf, rowAfter, stackTables, tableOf, weakToStrongScale } from "./plan-layout";
import { timeDefinitions, timeTitles } from "./time-section-texts";
import { timeSectionFacts } from "./time-tables";

export const benchmarkSheetName = "Benchmark";

/** The Excel table names on the Benchmark sheet (unique in the workbook). */
export const benchmarkTableNames = {
  ranking: "VeikartRangering",
  indicatorScores: "VeikartIndikatorskarer",
  peerGroupRanking: "VeikartGrupperangering",
  indexByYear: "VeikartIndeksPerAar",
  indexChange: "VeikartIndeksUtvikling",
  targets: "VeikartMaal",
  scoreChange: "VeikartEndringForklart",
} as const satisfies Record<keyof BenchmarkTables, string>;

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
    [labels.unitCount[language], run.units.length],
    ...methodRows,
    [labels.fingerprint[language], run.fingerprint],
    [labels.observationCount[language], run.observationCount],
    [labels.ranAt[language], options.ranAt],
    [labels.engineIssues[language], engineNotes === 0 ? labels.none[language] : engineNotes],
  ];
  return {
    kind: "notes",
    anchor: { row: headerBlockFirstRow, column: 0 },
    rows,
    boldFirstColumn: true,
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
      {
        ...tableOf(
          tables.targets,
          benchmarkTableNames.targets,
          timeTitles.targets[language],
          "TableStyleLight9"
        ),
        colourScales: [
          { firstColumn: progressColumn, lastColumn: progressColumn, scale: weakToStrongScale },
        ],
      },
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

/**
 * The Benchmark sheet of a run: the marker in A1, a header block (method, data fingerprint, time of the
 * run), two charts beside it, then the ranking for the year, the indicator scores (with a colour scale),
 * the ranks within peer groups, the index of every unit in every year, and the time section.
 */
export function benchmarkSheetPlan(run: BenchmarkRun, options: BenchmarkPlanOptions): SheetPlan {
  const { language } = options;
  const tables = benchmarkTables(run, language);
  const header = headerBlock(run, options);
  const firstTableRow = Math.max(rowAfter([header]), headerBlockFirstRow + chartHeightInRows) + 2;
  const dimensionColumns = run.dimensions.length;
  const scoredColumns = run.scoredIndicators.length;
  const [ranking, indicatorScores, peerGroupRanking, indexByYear] = stackTables(
    [
      {
        ...tableOf(
          tables.ranking,
          benchmarkTableNames.ranking,
          `${titles.ranking[language]} ${run.year ?? ""}`.trim(),
          "TableStyleMedium2"
        ),
        colourScales: [
          { firstColumn: 4, lastColumn: 4 + dimensionColumns, scale: weakToStrongScale },
        ],
      },
      {
        ...tableOf(
          tables.indicatorScores,
          benchmarkTableNames.indicatorScores,
          titles.indicatorScores[language],
          "TableStyleLight9"
        ),
        ...(scoredColumns === 0
          ? {}
          : {
              colourScales: [
                { firstColumn: 2, lastColumn: 1 + scoredColumns, scale: weakToStrongScale },
              ],
            }),
      },
      tableOf(
        tables.peerGroupRanking,
        benchmarkTableNames.peerGroupRanking,
        titles.peerGroupRanking[language],
        "TableStyleLight9"
      ),
      tableOf(
        tables.indexByYear,
        benchmarkTableNames.indexByYear,
        titles.indexByYear[language],
        "TableStyleLight9"
      ),
    ],
    firstTableRow
  );
  const earlier = [ranking, indicatorScores, peerGroupRanking, indexByYear].filter(
    (block) => block !== undefined
  );
  const time = timeSection(run, tables, language, rowAfter(earlier) + 1);
  const blocks = [generatedMarkerBlock, header, ...earlier, time.definitions, ...time.tables];
  const charts: ChartPlan[] = [
    {
      kind: "bar",
      title: `${titles.barChart[language]} ${run.year ?? ""}`.trim(),
      table: benchmarkTableNames.ranking,
      categoryColumn: 2,
      seriesColumns: [4],
      anchor: { row: headerBlockFirstRow, column: 3 },
      widthInColumns: chartWidthInColumns,
      heightInRows: chartHeightInRows,
    },
    {
      kind: "line",
      title: titles.lineChart[language],
      table: benchmarkTableNames.indexByYear,
      categoryColumn: 0,
      seriesColumns: run.units.map((_, position) => position + 1),
      anchor: { row: headerBlockFirstRow, column: 3 + chartWidthInColumns + 1 },
      widthInColumns: chartWidthInColumns,
      heightInRows: chartHeightInRows,
    },
  ];
  return {
    name: benchmarkSheetName,
    blocks,
    charts,
    columnWidths: columnWidthsOf(blocks, [26, 24]),
  };
}
