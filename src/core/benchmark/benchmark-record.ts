// A benchmark as one plain record: what `veikart benchmark --json` prints, row for row what the sheet holds.
import type { Language } from "../language";
import type { PlanCell } from "../sheet-plan";
import type { MethodValues } from "../template";
import { benchmarkTables, type BenchmarkTables } from "./benchmark-tables";
import type { BenchmarkRun } from "./benchmark-workbook";
import { describePeerSet } from "./peer-set";

type Rows = readonly Readonly<Record<string, PlanCell>>[];

export interface BenchmarkRecord {
  readonly year: number | null;
  readonly previousYear: number | null;
  readonly baseYear: number;
  readonly peers: string;
  /** The codes of the units highlighted in the charts. */
  readonly highlighted: readonly string[];
  readonly unitCount: number;
  readonly method: MethodValues;
  readonly fingerprint: string;
  readonly observationCount: number;
  readonly ranking: Rows;
  readonly indicatorScores: Rows;
  readonly peerGroupRanking: Rows;
  readonly indexByYear: Rows;
  /** The time section: the index's change per unit, each unit against the targets, the latest change split. */
  readonly indexChange: Rows;
  readonly targets: Rows;
  readonly scoreChange: Rows;
}

/** The record of a run; `tables` are the run's, when the caller has built them already. */
export function benchmarkRecord(
  run: BenchmarkRun,
  language: Language,
  tables: BenchmarkTables = benchmarkTables(run, language)
): BenchmarkRecord {
  return {
    year: run.year,
    previousYear: run.previousYear,
    baseYear: run.method.baseYear,
    peers: describePeerSet(run.peers, language),
    highlighted: run.highlighted,
    unitCount: run.units.length,
    method: run.method.values,
    fingerprint: run.fingerprint,
    observationCount: run.observationCount,
    ranking: tables.ranking.rows,
    indicatorScores: tables.indicatorScores.rows,
    peerGroupRanking: tables.peerGroupRanking.rows,
    indexByYear: tables.indexByYear.rows,
    indexChange: tables.indexChange.rows,
    targets: tables.targets.rows,
    scoreChange: tables.scoreChange.rows,
  };
}
