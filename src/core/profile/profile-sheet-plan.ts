// The generated Profil sheet: one unit on one printed page. The facts in a block of readable lines,
// a chart of the points each dimension adds against the peer group's average, then small tables:
// strengths, weaknesses, the dimensions' trends, the cheapest gaps to the next rank, the targets and,
// when the workbook has measures, their effect.
import type { BenchmarkRun, BenchmarkTable } from "../benchmark";
import { benchmarkTables, numberFormats } from "../benchmark";
import { rowAfter, stackTables, tableOf, type UnplacedTable } from "../benchmark/plan-layout";
import { messageIn } from "../issues";
import type { Language } from "../language";
import {
  generatedMarkerBlock,
  type ChartPlan,
  type NotesPlan,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
} from "../sheet-plan";
import {
  changeText,
  contributionNotes,
  effectText,
  measuresEffectText,
  profileHeaders as headers,
  profileHeading,
  profileLabels as labels,
  profileTitles as titles,
  rankOf,
  readableNumber,
} from "./profile-texts";
import type { ProfileIndicator, UnitProfile } from "./unit-profile";
import type { Measure, ScenarioUnit } from "../analysis";

export const profileSheetName = "Profil";

/** The Excel table names on the Profil sheet (unique in the workbook). */
export const profileTableNames = {
  contributions: "VeikartProfilBidrag",
  strengths: "VeikartProfilStyrker",
  weaknesses: "VeikartProfilSvakheter",
  trends: "VeikartProfilUtvikling",
  gaps: "VeikartProfilNesteplass",
  targets: "VeikartProfilMaal",
  measures: "VeikartProfilTiltak",
} as const;

const tableTitleFontSize = 12;
const factsFirstRow = 2;
/** The chart stands to the right of the facts and the contributions table. */
const chartColumn = 4;
const chartWidthInColumns = 5;
const chartHeightInRows = 14;
/** A4 portrait: the sheet is fitted to one page. */
const pageFit = { wide: 1, tall: 1 } as const;

interface ColumnSpec {
  readonly header: string;
  readonly numberFormat?: string;
  readonly width: number;
}

function table(
  name: string,
  title: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly PlanCell[])[]
): UnplacedTable {
  return {
    kind: "table",
    name,
    title,
    titleFontSize: tableTitleFontSize,
    style: "TableStyleLight9",
    columns: columns.map((column) => ({
      header: column.header,
      width: column.width,
      ...(column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat }),
    })),
    rows,
  };
}

function factsBlock(profile: UnitProfile, language: Language): NotesPlan {
  const missing = labels.none[language];
  const group = profile.peerGroup ?? labels.noGroup[language];
  const rows: PlanCell[][] = [
    [profileHeading(profile.unitName, profile.unitCode, profile.year, language), null],
    [
      labels.index[language],
      profile.index === null ? missing : readableNumber(profile.index, 1, language),
    ],
    [
      labels.rank[language],
      profile.rank === null ? missing : rankOf(profile.rank, profile.rankedUnits, language),
    ],
    [
      `${labels.peerGroupRank[language]} (${group})`,
      profile.peerGroupRank === null
        ? missing
        : rankOf(profile.peerGroupRank, profile.peerGroupSize, language),
    ],
    [labels.baseYear[language], profile.baseYear ?? missing],
    [
      labels.changeSinceBaseYear[language],
      profile.indexChangeSinceBaseYear === null
        ? missing
        : changeText(profile.indexChangeSinceBaseYear, profile.placesSinceBaseYear, language),
    ],
  ];
  return { kind: "notes", anchor: { row: factsFirstRow, column: 0 }, rows, boldFirstColumn: true };
}

function contributionsTable(profile: UnitProfile, language: Language): UnplacedTable {
  return table(
    profileTableNames.contributions,
    titles.contributions[language],
    [
      { header: headers.dimension[language], width: 26 },
      { header: headers.unitPoints[language], numberFormat: numberFormats.score, width: 14 },
      { header: headers.peerGroupAverage[language], numberFormat: numberFormats.score, width: 14 },
    ],
    profile.dimensions.map((dimension) => [
      dimension.name,
      dimension.points,
      dimension.peerGroupAveragePoints,
    ])
  );
}

function indicatorTable(
  name: string,
  title: string,
  entries: readonly ProfileIndicator[],
  language: Language
): UnplacedTable {
  return table(
    name,
    title,
    [
      { header: headers.indicator[language], width: 26 },
      { header: headers.value[language], numberFormat: "#,##0.0##", width: 14 },
      { header: headers.rank[language], numberFormat: numberFormats.whole, width: 14 },
      { header: headers.peerGroupRank[language], numberFormat: numberFormats.whole, width: 12 },
    ],
    entries.map((entry) => [entry.name, entry.value, entry.rank, entry.peerGroupRank])
  );
}

function trendsTable(profile: UnitProfile, language: Language): UnplacedTable {
  return table(
    profileTableNames.trends,
    titles.trends[language],
    [
      { header: headers.dimension[language], width: 26 },
      { header: headers.score[language], numberFormat: numberFormats.score, width: 14 },
      { header: headers.scoreInBaseYear[language], numberFormat: numberFormats.score, width: 14 },
      {
        header: headers.changeSinceBaseYear[language],
        numberFormat: numberFormats.scoreChange,
        width: 12,
      },
      {
        header: headers.trendPerYear[language],
        numberFormat: numberFormats.scoreChange,
        width: 12,
      },
    ],
    profile.dimensions.map((dimension) => [
      dimension.name,
      dimension.score,
      dimension.scoreInBaseYear,
      dimension.changeSinceBaseYear,
      dimension.trendPerYear,
    ])
  );
}

function gapsTable(profile: UnitProfile, language: Language): UnplacedTable {
  const value = "#,##0.0##";
  return table(
    profileTableNames.gaps,
    titles.gaps[language],
    [
      { header: headers.indicator[language], width: 26 },
      { header: headers.currentValue[language], numberFormat: value, width: 14 },
      { header: headers.valueNeeded[language], numberFormat: value, width: 14 },
      { header: headers.change[language], numberFormat: "+#,##0.0##;-#,##0.0##", width: 12 },
      { header: headers.changePercent[language], numberFormat: "+0.0;-0.0", width: 12 },
      { header: headers.bestPeerValue[language], numberFormat: value, width: 14 },
    ],
    profile.cheapestGaps.map((gap) => [
      gap.name,
      gap.currentValue,
      gap.newValue,
      gap.rawChange,
      gap.percentChange,
      gap.bestPeerValue,
    ])
  );
}

/** The targets table of the Benchmark sheet, the unit's rows only and without the unit's columns. */
function targetsTable(
  targets: BenchmarkTable,
  unitCode: string,
  language: Language
): UnplacedTable {
  const shown = new Set([
    "indicator",
    "target",
    "targetYear",
    "latestValue",
    "progress",
    "rating",
    "reachYear",
  ]);
  return tableOf(
    {
      columns: targets.columns.filter((column) => shown.has(column.key)),
      rows: targets.rows.filter((row) => row.unitCode === unitCode),
    },
    profileTableNames.targets,
    titles.targets[language],
    "TableStyleLight9"
  );
}

/** The last column any block or chart of the plan reaches (0-based). */
function lastColumnOf(
  blocks: readonly (NotesPlan | TablePlan)[],
  charts: readonly ChartPlan[]
): number {
  let last = 0;
  for (const block of blocks) {
    const width =
      block.kind === "table"
        ? block.columns.length
        : Math.max(1, ...block.rows.map((row) => row.length));
    last = Math.max(last, block.anchor.column + width - 1);
  }
  for (const chart of charts) last = Math.max(last, chart.anchor.column + chart.widthInColumns - 1);
  return last;
}

export interface ProfilePlanOptions {
  readonly language: Language;
  /** The unit's measures from the Tiltak sheet and its standing without and with them. */
  readonly measures?: { readonly measures: readonly Measure[]; readonly standing: ScenarioUnit };
}

function measuresTable(measures: readonly Measure[], language: Language): UnplacedTable {
  return table(
    profileTableNames.measures,
    titles.measures[language],
    [
      { header: headers.indicator[language], width: 26 },
      { header: headers.measureYear[language], numberFormat: numberFormats.whole, width: 14 },
      { header: headers.measureEffect[language], width: 14 },
      { header: headers.measureDescription[language], width: 36 },
      { header: headers.measureOwner[language], width: 14 },
    ],
    measures.map((measure) => [
      measure.indicatorId,
      measure.year,
      effectText(measure, language),
      measure.description ?? null,
      measure.owner ?? null,
    ])
  );
}

/**
 * The Profil sheet of one unit's profile in a run: the marker in A1, the facts, the contributions by
 * dimension with their chart, strengths and weaknesses, trends, the cheapest gaps and the targets,
 * stacked in column A; the print area covers it all, fitted to one portrait page.
 */
export function profileSheetPlan(
  run: BenchmarkRun,
  profile: UnitProfile,
  options: ProfilePlanOptions
): SheetPlan {
  const { language } = options;
  const facts = factsBlock(profile, language);
  const splitNote: NotesPlan = {
    kind: "notes",
    anchor: { row: rowAfter([facts]) + 1, column: 0 },
    rows: [
      [
        profile.contributionsMissing !== null
          ? messageIn(profile.contributionsMissing, language)
          : profile.dimensions.length > 0 && run.method.values.aggregation === "arithmetic"
            ? contributionNotes.arithmetic[language]
            : contributionNotes.shares[language],
      ],
    ],
  };
  const firstTableRow = Math.max(rowAfter([splitNote]) + 1, factsFirstRow + chartHeightInRows + 1);
  const { targets } = benchmarkTables(run, language);
  const placed = stackTables(
    [
      contributionsTable(profile, language),
      indicatorTable(
        profileTableNames.strengths,
        titles.strengths[language],
        profile.strengths,
        language
      ),
      indicatorTable(
        profileTableNames.weaknesses,
        titles.weaknesses[language],
        profile.weaknesses,
        language
      ),
      trendsTable(profile, language),
      gapsTable(profile, language),
      targetsTable(targets, profile.unitCode, language),
      ...(options.measures === undefined
        ? []
        : [measuresTable(options.measures.measures, language)]),
    ],
    firstTableRow
  );
  const { standing } = options.measures ?? {};
  const gapNote: NotesPlan = {
    kind: "notes",
    anchor: { row: rowAfter(placed), column: 0 },
    rows: [
      [contributionNotes.gaps[language]],
      ...(standing === undefined ? [] : [[measuresEffectText(standing, language)]]),
    ],
  };
  const blocks = [generatedMarkerBlock, facts, splitNote, ...placed, gapNote];
  const charts: ChartPlan[] = [
    {
      kind: "bar",
      title: titles.contributions[language],
      table: profileTableNames.contributions,
      categoryColumn: 0,
      seriesColumns: [1, 2],
      anchor: { row: factsFirstRow, column: chartColumn },
      widthInColumns: chartWidthInColumns,
      heightInRows: chartHeightInRows,
    },
  ];
  return {
    name: profileSheetName,
    blocks,
    charts,
    columnWidths: [30, 14, 14, 12, 12, 14],
    print: {
      area: {
        first: { row: 0, column: 0 },
        last: { row: rowAfter(blocks) - 1, column: lastColumnOf(blocks, charts) },
      },
      fitToPages: pageFit,
      orientation: "portrait",
    },
  };
}
