// The generated Analyse sheet: a decoupling chart per pair (every unit one point of one series), the
// decoupling of each Metode pair per unit (over the whole period from the base year, year on year, and
// the count of steps per degree), then the audit of the indicator set (alpha and first component per
// dimension, a correlation matrix per dimension with a colour scale, and the flags with the numbers
// that raised them). One shape for 6 and for 372 units.
import {
  columnWidthsOf,
  rowAfter,
  stackTables,
  type UnplacedTable,
} from "../benchmark/plan-layout";
import { messageIn, titleOf } from "../issue-titles";
import type { Language } from "../language";
import type { Framework } from "../model/framework";
import type { Issue } from "../model/issue";
import {
  generatedMarkerBlock,
  type ColourScale,
  type NotesPlan,
  type PlanCell,
  type SheetPlan,
  type TableColumnPlan,
} from "../sheet-plan";
import {
  analysisHeaders as headers,
  analysisLabels as labels,
  analysisTitles as titles,
} from "./analysis-texts";
import type { AuditResult } from "./audit/audit";
import type { AuditIssueCode } from "./audit/audit-issues";
import { decouplingDegreeCodes, decouplingDegreeNames } from "./decoupling";
import {
  decouplingChart,
  decouplingChartSize,
  decouplingLinesTable,
  decouplingLinesTableName,
  decouplingSectorNotes,
  type PairPoints,
} from "./decoupling-chart";
import type { DecouplingPeriod } from "./decoupling-over-time";
import { decouplingPairsText } from "./decoupling-pairs";
import type { UnitDecoupling, WorkbookAnalysis } from "./workbook-analysis";

export const analysisSheetName = "Analyse";

/** The Excel table names on the Analyse sheet (unique in the workbook); a matrix per dimension adds its number. */
export const analysisTableNames = {
  wholePeriod: "VeikartFrikoblingPeriode",
  steps: "VeikartFrikoblingSteg",
  stepsPerDegree: "VeikartFrikoblingGrader",
  dimensions: "VeikartRevisjonDimensjoner",
  correlations: "VeikartKorrelasjoner",
  flags: "VeikartRevisjonFlagg",
  chartLines: decouplingLinesTableName,
} as const;

export interface AnalysisPlanOptions {
  /** When the run was made, as the caller's clock gave it (ISO 8601); the core reads no clock. */
  readonly ranAt: string;
  readonly language: Language;
}

/** Blue for negative, white at the middle, red for strongly positive (Excel's red-white-blue scale). */
const correlationScale: ColourScale = {
  minimumColour: "#5A8AC6",
  midpointColour: "#FFFFFF",
  maximumColour: "#F8696B",
};

const formats = { change: "0.0%", elasticity: "0.00", year: "0", measure: "0.00", share: "0%" };
const tableTitleFontSize = 12;
const headerBlockFirstRow = 2;

function table(
  name: string,
  title: string,
  columns: readonly TableColumnPlan[],
  rows: readonly (readonly PlanCell[])[]
): UnplacedTable {
  return {
    kind: "table",
    name,
    title,
    titleFontSize: tableTitleFontSize,
    style: "TableStyleLight9",
    columns,
    rows,
  };
}

function pairColumns(language: Language): TableColumnPlan[] {
  return [
    { header: headers.unitCode[language], width: 8 },
    { header: headers.unitName[language], width: 22 },
    { header: headers.pressure[language], width: 14 },
    { header: headers.driver[language], width: 22 },
  ];
}

const pairCells = (row: UnitDecoupling): PlanCell[] => [
  row.unitCode,
  row.unitName,
  row.pair.pressure,
  row.pair.driver,
];

function periodColumns(language: Language): TableColumnPlan[] {
  return [
    ...pairColumns(language),
    { header: headers.startYear[language], numberFormat: formats.year, width: 8 },
    { header: headers.endYear[language], numberFormat: formats.year, width: 8 },
    { header: headers.driverChange[language], numberFormat: formats.change, width: 12 },
    { header: headers.pressureChange[language], numberFormat: formats.change, width: 12 },
    { header: headers.elasticity[language], numberFormat: formats.elasticity, width: 11 },
    { header: headers.degree[language], width: 28 },
    { header: headers.note[language], width: 40 },
  ];
}

function periodCells(
  row: UnitDecoupling,
  period: DecouplingPeriod,
  language: Language
): PlanCell[] {
  const years = [period.startYear, period.endYear];
  if (!period.result.ok)
    return [
      ...pairCells(row),
      ...years,
      null,
      null,
      null,
      null,
      messageIn(period.result.issues[0] as Issue, language),
    ];
  const { driverChange, pressureChange, elasticity, degree } = period.result.value;
  return [
    ...pairCells(row),
    ...years,
    driverChange,
    pressureChange,
    elasticity,
    decouplingDegreeNames[degree][language],
    null,
  ];
}

function wholePeriodRow(row: UnitDecoupling, language: Language): PlanCell[] {
  if (row.wholePeriod.ok) return periodCells(row, row.wholePeriod.value, language);
  const reason = messageIn(row.wholePeriod.issues[0] as Issue, language);
  return [...pairCells(row), null, null, null, null, null, null, reason];
}

/** Each pair's rows in the whole-period table (a pair's rows are adjacent) and its units' changes. */
function pairPointsOf(rows: readonly UnitDecoupling[]): PairPoints[] {
  const pairs: (PairPoints & { rowCount: number; changes: PairPoints["changes"][number][] })[] = [];
  rows.forEach((row, index) => {
    let last = pairs[pairs.length - 1];
    if (
      last === undefined ||
      last.pair.pressure !== row.pair.pressure ||
      last.pair.driver !== row.pair.driver
    ) {
      last = { pair: row.pair, firstRow: index, rowCount: 0, changes: [] };
      pairs.push(last);
    }
    last.rowCount++;
    const period = row.wholePeriod.ok ? row.wholePeriod.value.result : undefined;
    if (period?.ok)
      last.changes.push({
        driver: period.value.driverChange,
        pressure: period.value.pressureChange,
      });
  });
  return pairs;
}

function decouplingTables(
  analysis: WorkbookAnalysis,
  charted: readonly PairPoints[],
  language: Language
): UnplacedTable[] {
  const rows = analysis.decoupling;
  return [
    table(
      analysisTableNames.wholePeriod,
      titles.wholePeriod[language],
      periodColumns(language),
      rows.map((row) => wholePeriodRow(row, language))
    ),
    table(
      analysisTableNames.steps,
      titles.steps[language],
      periodColumns(language),
      rows.flatMap((row) => row.steps.map((step) => periodCells(row, step, language)))
    ),
    table(
      analysisTableNames.stepsPerDegree,
      titles.stepsPerDegree[language],
      [
        ...pairColumns(language),
        ...decouplingDegreeCodes.map((code) => ({
          header: decouplingDegreeNames[code][language],
          numberFormat: formats.year,
          width: 14,
        })),
      ],
      rows.map((row) => [
        ...pairCells(row),
        ...decouplingDegreeCodes.map((code) => row.stepsPerDegree[code]),
      ])
    ),
    ...(charted.length === 0 ? [] : [decouplingLinesTable(charted, language)]),
  ];
}

function aggregateName(framework: Framework, id: string, language: Language): string {
  const aggregate = framework.aggregates.find((candidate) => candidate.id === id);
  if (aggregate === undefined) return id;
  return language === "en" ? (aggregate.nameEn ?? aggregate.name) : aggregate.name;
}

function dimensionsTable(
  audit: AuditResult,
  framework: Framework,
  language: Language
): UnplacedTable {
  return table(
    analysisTableNames.dimensions,
    titles.dimensions[language],
    [
      { header: headers.dimension[language], width: 8 },
      { header: headers.dimensionName[language], width: 22 },
      { header: headers.indicatorCount[language], numberFormat: formats.year, width: 11 },
      { header: headers.alpha[language], numberFormat: formats.measure, width: 12 },
      { header: headers.firstComponentShare[language], numberFormat: formats.share, width: 14 },
      { header: headers.completeRows[language], numberFormat: formats.year, width: 12 },
    ],
    audit.cronbach.map((group, index) => {
      const component = audit.pca[index];
      return [
        group.group,
        aggregateName(framework, group.group, language),
        group.k,
        group.alpha,
        component?.varianceShare ?? null,
        component?.rows ?? 0,
      ];
    })
  );
}

/**
 * One matrix per dimension: Pearson's r of every pair of its indicators (1 on the diagonal), and each
 * indicator's r with its dimension and with the index, under one colour scale.
 */
function correlationTables(
  audit: AuditResult,
  framework: Framework,
  language: Language
): UnplacedTable[] {
  const indexId = framework.aggregates.find((aggregate) => aggregate.parentId === undefined)?.id;
  return audit.cronbach.map(({ group }, position) => {
    const indicators = framework.indicators
      .map((indicator) => indicator.id)
      .filter(
        (id) =>
          audit.correlations.some(
            (pair) => pair.group === group && (pair.a === id || pair.b === id)
          ) || audit.parentCorrelations.some((entry) => entry.code === id && entry.parent === group)
      );
    const between = (a: string, b: string): number | null => {
      if (a === b) return 1;
      const pair = audit.correlations.find(
        (entry) =>
          entry.group === group &&
          ((entry.a === a && entry.b === b) || (entry.a === b && entry.b === a))
      );
      return pair?.pearson ?? null;
    };
    const withParent = (code: string, parent: string | undefined) =>
      audit.parentCorrelations.find((entry) => entry.code === code && entry.parent === parent)
        ?.pearson ?? null;
    const unplaced = table(
      `${analysisTableNames.correlations}${position + 1}`,
      `${titles.correlations[language]} ${group} ${aggregateName(framework, group, language)}`,
      [
        { header: headers.indicator[language], width: 22 },
        ...indicators.map((id) => ({ header: id, numberFormat: formats.measure, width: 10 })),
        { header: headers.withDimension[language], numberFormat: formats.measure, width: 12 },
        ...(indexId === undefined
          ? []
          : [{ header: headers.withIndex[language], numberFormat: formats.measure, width: 12 }]),
      ],
      indicators.map((a) => [
        a,
        ...indicators.map((b) => between(a, b)),
        withParent(a, group),
        ...(indexId === undefined ? [] : [withParent(a, indexId)]),
      ])
    );
    const lastColumn = unplaced.columns.length - 1;
    return { ...unplaced, colourScales: [{ firstColumn: 1, lastColumn, scale: correlationScale }] };
  });
}

/** The dimension, the indicators, the number and the threshold behind a flag. */
function flagNumbers(flag: Issue<AuditIssueCode>): [string, string, number, number] {
  switch (flag.code) {
    case "audit_high_correlation": {
      const p = flag.parameters as {
        group: string;
        first: string;
        second: string;
        pearson: number;
        threshold: number;
      };
      return [p.group, `${p.first}, ${p.second}`, p.pearson, p.threshold];
    }
    case "audit_weak_dimension_correlation": {
      const p = flag.parameters as {
        indicator: string;
        parent: string;
        pearson: number;
        threshold: number;
      };
      return [p.parent, p.indicator, p.pearson, p.threshold];
    }
    case "audit_low_alpha": {
      const p = flag.parameters as { group: string; alpha: number; threshold: number };
      return [p.group, "", p.alpha, p.threshold];
    }
    case "audit_weak_first_component": {
      const p = flag.parameters as { group: string; share: number; threshold: number };
      return [p.group, "", p.share, p.threshold];
    }
  }
}

function flagsTable(audit: AuditResult, language: Language): UnplacedTable {
  return table(
    analysisTableNames.flags,
    titles.flags[language],
    [
      { header: headers.flag[language], width: 30 },
      { header: headers.dimension[language], width: 10 },
      { header: headers.indicator[language], width: 24 },
      { header: headers.value[language], numberFormat: "0.000", width: 9 },
      { header: headers.threshold[language], numberFormat: "0.000", width: 9 },
      { header: headers.message[language], width: 80 },
    ],
    audit.flags.map((flag) => [
      titleOf(flag, language),
      ...flagNumbers(flag),
      messageIn(flag, language),
    ])
  );
}

function headerBlock(
  analysis: WorkbookAnalysis,
  pairs: string,
  options: AnalysisPlanOptions
): NotesPlan {
  const { language } = options;
  const units = new Set(analysis.decoupling.map((row) => row.unitCode));
  return {
    kind: "notes",
    anchor: { row: headerBlockFirstRow, column: 0 },
    rows: [
      [titles.sheet[language], null],
      [labels.year[language], analysis.year ?? labels.none[language]],
      [labels.baseYear[language], analysis.baseYear],
      [labels.pairs[language], pairs === "" ? labels.none[language] : pairs],
      [labels.unitCount[language], units.size],
      [labels.ranAt[language], options.ranAt],
      [labels.method[language], null],
    ],
    boldFirstColumn: true,
  };
}

/**
 * The Analyse sheet of a workbook's analysis: the marker in A1, a header block, the decoupling tables,
 * then the audit of the year (or a line saying there is none). `framework` names the dimensions and
 * orders the indicators.
 */
export function analysisSheetPlan(
  analysis: WorkbookAnalysis,
  framework: Framework,
  options: AnalysisPlanOptions
): SheetPlan {
  const { language } = options;
  const pairs = decouplingPairsText(
    analysis.decoupling
      .map((row) => row.pair)
      .filter(
        (pair, index, all) =>
          all.findIndex(
            (other) => other.pressure === pair.pressure && other.driver === pair.driver
          ) === index
      )
  );
  const header = headerBlock(analysis, pairs, options);
  const charted = pairPointsOf(analysis.decoupling).filter((points) => points.changes.length > 0);
  const chartRow = rowAfter([header]) + 1;
  const periodHeaders = periodColumns(language).map((column) => column.header);
  const charts = charted.map((points, index) =>
    decouplingChart(
      points,
      index,
      {
        table: analysisTableNames.wholePeriod,
        driverChange: periodHeaders.indexOf(headers.driverChange[language]),
        pressureChange: periodHeaders.indexOf(headers.pressureChange[language]),
      },
      analysis.baseYear,
      { row: chartRow, column: index * (decouplingChartSize.widthInColumns + 1) },
      language
    )
  );
  const sectors =
    charts.length === 0
      ? []
      : [
          decouplingSectorNotes(
            { row: chartRow + decouplingChartSize.heightInRows, column: 0 },
            language
          ),
        ];
  const decoupled = stackTables(
    decouplingTables(analysis, charted, language),
    rowAfter([header, ...sectors]) + 1
  );
  const auditRow = rowAfter(decoupled) + 1;
  const audit = analysis.audit;
  const auditHeading: NotesPlan = {
    kind: "notes",
    anchor: { row: auditRow, column: 0 },
    rows: [
      [`${titles.audit[language]} ${analysis.year ?? ""}`.trim()],
      ...(audit === null
        ? [[labels.noAudit[language]]]
        : audit.flags.length === 0
          ? [[labels.noFlags[language]]]
          : []),
    ],
    boldFirstColumn: true,
  };
  const audited =
    audit === null
      ? []
      : stackTables(
          [
            ...correlationTables(audit, framework, language),
            dimensionsTable(audit, framework, language),
            flagsTable(audit, language),
          ],
          rowAfter([auditHeading]) + 1
        );
  const blocks = [generatedMarkerBlock, header, ...sectors, ...decoupled, auditHeading, ...audited];
  return {
    name: analysisSheetName,
    blocks,
    charts,
    columnWidths: columnWidthsOf(blocks, [24, 24]),
  };
}
