// The tables of a benchmark as records: the Benchmark sheet writes them, `--json` prints the same rows.
import type { Language } from "../language";
import type { SensitivityResult } from "../sensitivity";
import type { PlanCell } from "../sheet-plan";
import type { BenchmarkRun } from "./benchmark-workbook";
import { benchmarkHeaders as headers, missingScoreNote } from "./benchmark-texts";
import { rankIntervalText, robustnessHeaders } from "./robustness-texts";
import { resultLookup, standings, type ResultLookup, type UnitStanding } from "./standings";
import {
  numberFormats,
  unitColumns,
  type BenchmarkColumn,
  type BenchmarkTable,
} from "./table-records";
import { yearHeaders } from "./time-section-texts";
import { timeTables, type TimeTables } from "./time-tables";

export interface BenchmarkTables extends TimeTables {
  readonly ranking: BenchmarkTable;
  readonly indicatorScores: BenchmarkTable;
  readonly peerGroupRanking: BenchmarkTable;
  readonly indexByYear: BenchmarkTable;
}

const difference = (now: number | null | undefined, then: number | null | undefined) =>
  now === null || now === undefined || then === null || then === undefined ? null : now - then;

function rankingTable(
  run: BenchmarkRun,
  ordered: readonly UnitStanding[],
  lookup: ResultLookup,
  language: Language,
  robustness: SensitivityResult | undefined
): BenchmarkTable {
  const uncertainty = new Map(robustness?.units.map((unit) => [unit.code, unit]));
  const baseYear = run.method.baseYear === run.year ? null : run.method.baseYear;
  const columns: BenchmarkColumn[] = [
    { key: "rank", header: headers.rank[language], numberFormat: numberFormats.whole, width: 11 },
    ...unitColumns(language),
    { key: "peerGroup", header: headers.peerGroup[language], width: 14 },
    { key: "index", header: headers.index[language], numberFormat: numberFormats.score, width: 10 },
    ...run.dimensions.map((dimension) => ({
      key: dimension.id,
      header: (language === "en" ? dimension.nameEn : undefined) ?? dimension.name,
      numberFormat: numberFormats.score,
      width: 14,
    })),
    ...(robustness === undefined
      ? []
      : [{ key: "rankInterval", header: robustnessHeaders.rankInterval[language], width: 14 }]),
    {
      key: "coverage",
      header: headers.coverage[language],
      numberFormat: numberFormats.share,
      width: 10,
    },
    ...(
      [
        ["scoreChangeSincePreviousYear", numberFormats.scoreChange],
        ["rankChangeSincePreviousYear", numberFormats.rankChange],
        ["scoreChangeSinceBaseYear", numberFormats.scoreChange],
        ["rankChangeSinceBaseYear", numberFormats.rankChange],
      ] as const
    ).map(([key, numberFormat]) => ({
      key,
      header: headers[key][language],
      numberFormat,
      width: 13,
    })),
    { key: "note", header: headers.note[language], width: 40 },
  ];
  const rows = ordered.map((standing) => {
    const previous = lookup(standing.unitCode, run.previousYear)?.aggregates[run.index.id];
    const base = lookup(standing.unitCode, baseYear)?.aggregates[run.index.id];
    const index = standing.index;
    const note =
      index?.score !== null && index !== undefined
        ? null
        : missingScoreNote(
            index?.missing ?? "no_row",
            index?.coverage ?? 0,
            run.method.coverageThreshold,
            run.year ?? 0,
            language
          );
    const row: Record<string, PlanCell> = {
      rank: index?.rank ?? null,
      unitCode: standing.unitCode,
      unitName: standing.unitName,
      peerGroup: standing.peerGroup,
      index: index?.score ?? null,
    };
    for (const dimension of run.dimensions)
      row[dimension.id] = standing.result?.aggregates[dimension.id]?.score ?? null;
    const interval = uncertainty.get(standing.unitCode);
    if (robustness !== undefined)
      row["rankInterval"] = interval === undefined ? null : rankIntervalText(interval, language);
    Object.assign(row, {
      coverage: index?.coverage ?? 0,
      scoreChangeSincePreviousYear: difference(index?.score, previous?.score),
      rankChangeSincePreviousYear: difference(previous?.rank, index?.rank),
      scoreChangeSinceBaseYear: difference(index?.score, base?.score),
      rankChangeSinceBaseYear: difference(base?.rank, index?.rank),
      note,
    });
    return row;
  });
  return { columns, rows };
}

function indicatorScoresTable(
  run: BenchmarkRun,
  ordered: readonly UnitStanding[],
  language: Language
): BenchmarkTable {
  const columns: BenchmarkColumn[] = [
    ...unitColumns(language),
    ...run.scoredIndicators.map((indicator) => ({
      key: indicator.id,
      header: indicator.id,
      numberFormat: numberFormats.score,
      width: Math.max(8, Math.min(indicator.id.length + 2, 24)),
    })),
  ];
  const rows = ordered.map((standing) => {
    const row: Record<string, PlanCell> = {
      unitCode: standing.unitCode,
      unitName: standing.unitName,
    };
    for (const indicator of run.scoredIndicators)
      row[indicator.id] = standing.result?.normalised[indicator.id] ?? null;
    return row;
  });
  return { columns, rows };
}

function peerGroupRankingTable(
  run: BenchmarkRun,
  ordered: readonly UnitStanding[],
  language: Language
): BenchmarkTable {
  const columns: BenchmarkColumn[] = [
    { key: "peerGroup", header: headers.peerGroup[language], width: 14 },
    {
      key: "rankInPeerGroup",
      header: headers.rankInPeerGroup[language],
      numberFormat: numberFormats.whole,
      width: 11,
    },
    ...unitColumns(language),
    { key: "index", header: headers.index[language], numberFormat: numberFormats.score, width: 10 },
  ];
  const groupOrder = [...new Set(run.units.map((unit) => unit.peerGroup ?? ""))];
  const rows = groupOrder.flatMap((group) =>
    ordered
      .filter((standing) => (standing.peerGroup ?? "") === group)
      .map((standing) => ({
        peerGroup: standing.peerGroup,
        rankInPeerGroup: standing.index?.rankInPeerGroup ?? null,
        unitCode: standing.unitCode,
        unitName: standing.unitName,
        index: standing.index?.score ?? null,
      }))
  );
  return { columns, rows };
}

/** The record key of the index in a year in the index-by-year table. */
const indexInYearKey = (year: number): string => `index.${year}`;

/** One row per unit (in ranking order), one column per year: as many columns for 6 units as for 372. */
function indexByYearTable(
  run: BenchmarkRun,
  ordered: readonly UnitStanding[],
  lookup: ResultLookup,
  language: Language
): BenchmarkTable {
  const years = run.year === null ? [] : run.years;
  const columns: BenchmarkColumn[] = [
    ...unitColumns(language),
    ...years.map((year) => ({
      key: indexInYearKey(year),
      header: yearHeaders.indexIn(year, language),
      numberFormat: numberFormats.score,
      width: 11,
    })),
  ];
  const rows = ordered.map((standing) => {
    const row: Record<string, PlanCell> = {
      unitCode: standing.unitCode,
      unitName: standing.unitName,
    };
    for (const year of years)
      row[indexInYearKey(year)] =
        lookup(standing.unitCode, year)?.aggregates[run.index.id]?.score ?? null;
    return row;
  });
  return { columns, rows };
}

/**
 * The tables of the Benchmark sheet, the time section's last; empty when the run was blocked. With the
 * run's robustness analysis, the ranking has each unit's rank interval.
 */
export function benchmarkTables(
  run: BenchmarkRun,
  language: Language,
  robustness?: SensitivityResult
): BenchmarkTables {
  const lookup = resultLookup(run.results);
  const ordered = run.year === null ? [] : standings(run, lookup);
  return {
    ranking: rankingTable(run, ordered, lookup, language, robustness),
    indicatorScores: indicatorScoresTable(run, ordered, language),
    peerGroupRanking: peerGroupRankingTable(run, ordered, language),
    indexByYear: indexByYearTable(run, ordered, lookup, language),
    ...timeTables(run, ordered, language),
  };
}
