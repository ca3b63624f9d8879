// The Benchmark sheet's time section as record tables: how each unit's index has moved, each unit against
// the indicators' targets, and why the index changed between the latest two years (own change, bounds moved).
import { messageIn } from "../issue-titles";
import type { Language } from "../language";
import type { Indicator } from "../model";
import type { UnitYearResult } from "../pipeline";
import type { PlanCell } from "../sheet-plan";
import {
  changeSinceBaseYear,
  defaultProjectionYear,
  measureChange,
  onTrackRatingLabels,
  presentPoints,
  resultsByUnit,
  scoreChangeDecomposer,
  seriesOfMeasure,
  trendMeasures,
  type ChangeOverTimeOptions,
  type ResultMeasure,
  type TimeResult,
  type TimeSeries,
  type TrendMethod,
} from "../time";
import { indicatorFitsLevel } from "../template/default-catalogue";
import type { BenchmarkRun } from "./benchmark-workbook";
import {
  numberFormats,
  unitColumns,
  type BenchmarkColumn,
  type BenchmarkTable,
} from "./table-records";
import {
  reachTexts,
  timeHeaders as headers,
  yearHeaders,
  type TimeSectionFacts,
} from "./time-section-texts";

export interface TimeTables {
  readonly indexChange: BenchmarkTable;
  readonly targets: BenchmarkTable;
  readonly scoreChange: BenchmarkTable;
}

/** A unit as the time tables list it (in ranking order). */
export interface ListedUnit {
  readonly unitCode: string;
  readonly unitName: string;
}

/** The years the time section looks at: up to the year ranked, never later ones. */
function resultsUpToYear(run: BenchmarkRun): Map<string, UnitYearResult[]> {
  const year = run.year;
  return resultsByUnit(
    year === null ? [] : run.results.filter((result) => result.year !== null && result.year <= year)
  );
}

/** The base year of the time section: the Metode base year when it has data, else the first year with data. */
function timeBaseYear(run: BenchmarkRun): number | null {
  const year = run.year;
  if (year === null) return null;
  const years = run.years.filter((candidate) => candidate <= year);
  return years.includes(run.method.baseYear) ? run.method.baseYear : (years[0] ?? null);
}

/** The indicators the targets table follows: those with a target. */
function indicatorsWithTarget(run: BenchmarkRun): Indicator[] {
  return run.framework.indicators.filter((indicator) => indicator.target !== undefined);
}

/** Projections and the reach year follow the pace the Metode sheet rates by: CAGR for compound. */
function trendMethodOf(run: BenchmarkRun): TrendMethod {
  return run.method.onTrack.pace === "compound" ? "cagr" : "linear";
}

export function timeSectionFacts(run: BenchmarkRun): TimeSectionFacts {
  return {
    baseYear: timeBaseYear(run),
    methodBaseYear: run.method.baseYear,
    projectionYear: defaultProjectionYear,
    onTrack: run.method.onTrack,
    hasTargets: indicatorsWithTarget(run).length > 0,
    hasTwoYears: run.previousYear !== null,
  };
}

/** The reasons among the results, each message once, in the language; null when there are none. */
function reasonsNote(
  results: readonly (TimeResult<unknown> | null)[],
  language: Language,
  shownElsewhere: readonly string[] = []
): string | null {
  const messages = new Set<string>();
  for (const result of results)
    if (result !== null && !result.ok && !shownElsewhere.includes(result.issues[0].code))
      messages.add(messageIn(result.issues[0], language));
  return messages.size === 0 ? null : [...messages].join(" ");
}

const valueOf = <Value, Shown>(
  result: TimeResult<Value> | null,
  shown: (value: Value) => Shown
): Shown | null => (result?.ok === true ? shown(result.value) : null);

/** A column of the time tables: its record key, header, width and number format (General when absent). */
function column(
  key: string,
  header: string,
  width: number,
  numberFormat?: string
): BenchmarkColumn {
  return { key, header, width, ...(numberFormat === undefined ? {} : { numberFormat }) };
}

type HeaderKey = keyof typeof headers;

/** A column whose record key is its header's key in timeHeaders. */
const headed = (key: HeaderKey, language: Language, width: number, numberFormat?: string) =>
  column(key, headers[key][language], width, numberFormat);

/** What every time table is built from: the run, its units in order, their results by unit, the base year. */
interface TimeContext {
  readonly run: BenchmarkRun;
  readonly units: readonly ListedUnit[];
  readonly byUnit: ReadonlyMap<string, readonly UnitYearResult[]>;
  readonly baseYear: number | null;
  readonly language: Language;
}

/** The record key of a dimension's change since the base year in the index table. */
const dimensionChangeKey = (dimensionId: string): string => `changeSinceBaseYear.${dimensionId}`;

function indexChangeTable({ run, units, byUnit, baseYear, language }: TimeContext): BenchmarkTable {
  const projectionYear = defaultProjectionYear;
  const columns: BenchmarkColumn[] = [
    ...unitColumns(language),
    headed("latestAnnualChange", language, 13, numberFormats.scoreChange),
    column(
      "changeSinceBaseYear",
      yearHeaders.changeSince(baseYear ?? 0, language),
      13,
      numberFormats.scoreChange
    ),
    ...run.dimensions.map((dimension) =>
      column(
        dimensionChangeKey(dimension.id),
        yearHeaders.dimensionChangeSince(
          (language === "en" ? dimension.nameEn : undefined) ?? dimension.name,
          baseYear ?? 0,
          language
        ),
        14,
        numberFormats.scoreChange
      )
    ),
    headed("growthRate", language, 13, numberFormats.growthRate),
    headed("trendPerYear", language, 13, numberFormats.scoreChange),
    column("projected", yearHeaders.projectedIn(projectionYear, language), 13, numberFormats.score),
    headed("note", language, 40),
  ];
  const measure: ResultMeasure = { kind: "aggregate", aggregateId: run.index.id };
  const options: ChangeOverTimeOptions = {
    ...(baseYear === null ? {} : { baseYear }),
    projectionYear,
    method: "linear",
  };
  const rows = units.map((unit): Record<string, PlanCell> => {
    const results = byUnit.get(unit.unitCode) ?? [];
    const series = seriesOfMeasure(results, measure);
    const change = measureChange(measure, series, {}, options);
    const changeSince = (dimensionId: string): PlanCell =>
      valueOf(
        changeSinceBaseYear(
          seriesOfMeasure(results, { kind: "aggregate", aggregateId: dimensionId }),
          options.baseYear
        ),
        (since) => since.change
      );
    return {
      unitCode: unit.unitCode,
      unitName: unit.unitName,
      latestAnnualChange: valueOf(
        change.annualChanges,
        (changes) => changes[changes.length - 1]?.changePerYear ?? null
      ),
      changeSinceBaseYear: valueOf(change.sinceBaseYear, (since) => since.change),
      ...Object.fromEntries(
        run.dimensions.map((dimension) => [
          dimensionChangeKey(dimension.id),
          changeSince(dimension.id),
        ])
      ),
      growthRate: valueOf(change.growthRate, (growth) => growth.rate),
      trendPerYear: valueOf(change.trend, (trend) => trend.slope),
      projected: valueOf(change.projection, (projection) => projection.value),
      note: reasonsNote(
        [
          change.annualChanges,
          change.sinceBaseYear,
          change.growthRate,
          change.trend,
          change.projection,
        ],
        language
      ),
    };
  });
  return { columns, rows };
}

/** The series' value in a year and its latest present point, as the targets table shows them. */
function seriesEnds(series: TimeSeries, baseYear: number | null) {
  const points = presentPoints(series);
  const present = points.ok ? points.value : [];
  const latest = present[present.length - 1];
  return {
    baseValue: present.find((point) => point.year === baseYear)?.value ?? null,
    latestValue: latest?.value ?? null,
    latestYear: latest?.year ?? null,
  };
}

function targetsTable({ run, units, byUnit, baseYear, language }: TimeContext): BenchmarkTable {
  const columns: BenchmarkColumn[] = [
    ...unitColumns(language),
    headed("indicator", language, 14),
    headed("target", language, 10),
    headed("targetYear", language, 9, numberFormats.whole),
    column("baseValue", yearHeaders.valueIn(baseYear ?? 0, language), 11),
    headed("latestValue", language, 11),
    headed("latestYear", language, 9, numberFormats.whole),
    headed("progress", language, 12, numberFormats.share),
    headed("paceRatio", language, 12, numberFormats.share),
    headed("rating", language, 18),
    headed("projectedInTargetYear", language, 13),
    headed("reachYear", language, 20, numberFormats.whole),
    headed("note", language, 40),
  ];
  const method = trendMethodOf(run);
  const indicators = indicatorsWithTarget(run);
  const levelOf = new Map(run.units.map((unit) => [unit.code, unit.level]));
  const rows = units.flatMap((unit) =>
    indicators
      .filter((indicator) => indicatorFitsLevel(indicator.level, levelOf.get(unit.unitCode)))
      .map((indicator): Record<string, PlanCell> => {
        const measure: ResultMeasure = { kind: "raw", indicatorId: indicator.id };
        const series = seriesOfMeasure(byUnit.get(unit.unitCode) ?? [], measure);
        const targetYear = indicator.targetYear;
        const change = trendMeasures(
          series,
          {
            value: indicator.target,
            year: targetYear,
            ...(indicator.direction === 0 ? {} : { direction: indicator.direction }),
          },
          {
            ...(baseYear === null ? {} : { baseYear }),
            projectionYear: targetYear ?? defaultProjectionYear,
            method,
            onTrack: run.method.onTrack,
          }
        );
        const reach = change.reachYear;
        const notOnTrend = reach?.ok === false && reach.issues[0].code === "not_on_current_trend";
        return {
          unitCode: unit.unitCode,
          unitName: unit.unitName,
          indicator: indicator.id,
          target: indicator.target ?? null,
          targetYear: targetYear ?? null,
          ...seriesEnds(series, baseYear),
          progress: valueOf(change.progress, (progress) => progress.share),
          paceRatio: valueOf(change.onTrack, (assessment) => assessment.paceRatio),
          rating: valueOf(
            change.onTrack,
            (assessment) => onTrackRatingLabels[assessment.rating][language]
          ),
          projectedInTargetYear:
            targetYear === undefined
              ? null
              : valueOf(change.projection, (projection) => projection.value),
          reachYear: notOnTrend
            ? reachTexts.notOnTrend[language]
            : valueOf(reach, (reached) =>
                reached.alreadyReached ? reachTexts.reached[language] : reached.wholeYear
              ),
          note:
            [
              targetYear === undefined ? reachTexts.noTargetYear[language] : null,
              reasonsNote(
                [
                  change.progress,
                  change.onTrack,
                  targetYear === undefined ? null : change.projection,
                  reach,
                ],
                language,
                ["not_on_current_trend"]
              ),
            ]
              .filter((text) => text !== null)
              .join(" ") || null,
        };
      })
  );
  return { columns, rows };
}

function scoreChangeTable({ run, units, byUnit, language }: TimeContext): BenchmarkTable {
  const fromYear = run.previousYear;
  const toYear = run.year;
  const columns: BenchmarkColumn[] = [
    ...unitColumns(language),
    column("fromScore", yearHeaders.indexIn(fromYear ?? 0, language), 13, numberFormats.score),
    column("toScore", yearHeaders.indexIn(toYear ?? 0, language), 13, numberFormats.score),
    headed("change", language, 13, numberFormats.scoreChange),
    headed("ownChange", language, 13, numberFormats.scoreChange),
    headed("boundsMoved", language, 13, numberFormats.scoreChange),
    column("fromRank", yearHeaders.rankIn(fromYear ?? 0, language), 13, numberFormats.whole),
    column("toRank", yearHeaders.rankIn(toYear ?? 0, language), 13, numberFormats.whole),
    headed("rankChange", language, 13, numberFormats.rankChange),
    headed("note", language, 40),
  ];
  if (fromYear === null || toYear === null || run.pipeline === null) return { columns, rows: [] };
  const decompose = scoreChangeDecomposer(run.pipeline, fromYear, toYear);
  const rows = units.map((unit): Record<string, PlanCell> => {
    const yearsOfUnit = byUnit.get(unit.unitCode) ?? [];
    const indexIn = (year: number) =>
      yearsOfUnit.find((result) => result.year === year)?.aggregates[run.index.id];
    const from = indexIn(fromYear);
    const to = indexIn(toYear);
    const decomposition = decompose(unit.unitCode);
    const parts = decomposition.ok
      ? (decomposition.value.aggregates.find((entry) => entry.aggregateId === run.index.id)
          ?.parts ?? null)
      : decomposition;
    const fromRank = from?.rank ?? null;
    const toRank = to?.rank ?? null;
    return {
      unitCode: unit.unitCode,
      unitName: unit.unitName,
      fromScore: from?.score ?? null,
      toScore: to?.score ?? null,
      change: valueOf(parts, (split) => split.total),
      ownChange: valueOf(parts, (split) => split.ownChange),
      boundsMoved: valueOf(parts, (split) => split.boundsMoved),
      fromRank,
      toRank,
      rankChange: fromRank === null || toRank === null ? null : fromRank - toRank,
      note: reasonsNote([parts], language),
    };
  });
  return { columns, rows };
}

/** The three tables of the time section, units in the order given; empty when the run was blocked. */
export function timeTables(
  run: BenchmarkRun,
  units: readonly ListedUnit[],
  language: Language
): TimeTables {
  const context: TimeContext = {
    run,
    units,
    byUnit: resultsUpToYear(run),
    baseYear: timeBaseYear(run),
    language,
  };
  return {
    indexChange: indexChangeTable(context),
    targets: targetsTable(context),
    scoreChange: scoreChangeTable(context),
  };
}
