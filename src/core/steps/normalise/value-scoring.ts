// Scoring one value among peers, as a cell does (=VEIKART.SCORE, NORMALISE): each method that can score a
// value by itself declares how, with the peer statistics it needs. The functions keep those statistics
// with the peers, so a column filled down computes them once.
import type { ParameterProblem } from "../parameter-check";
import { ascendingMinRankIn, sortedPresentValues } from "../statistics";
import { gradeStatisticsOf } from "./grade";
import { presenceProblem, type NormalisationProblem } from "./kernel-output";
import { boundsOf } from "./min-max";
import { zScoreStatisticsOf } from "./z-score";

/** Something computed from the directed peer numbers alone, such as their bounds or sorted values. */
export interface PeerStatistic<Value> {
  readonly name: string;
  readonly compute: (directedNumbers: Float64Array) => Value;
}

/** The peers a value is scored among: their numbers times the direction, and their statistics. */
export interface ScoringPeers {
  readonly direction: 1 | -1;
  statistic<Value>(statistic: PeerStatistic<Value>): Value;
}

/** Scores one directed value (the value times the direction) against the peers it was made for. */
export type Scorer = (directedValue: number) => number;

/** The scorer for some peers, or why there is none: a kernel's problem or a parameter the peers reject. */
export type ScorerOutcome = Scorer | NormalisationProblem | ParameterProblem;

export const peerBounds: PeerStatistic<ReturnType<typeof boundsOf>> = {
  name: "bounds",
  compute: boundsOf,
};
export const sortedPeers: PeerStatistic<Float64Array> = {
  name: "sorted",
  compute: sortedPresentValues,
};
export const zScorePeerStatistics: PeerStatistic<ReturnType<typeof zScoreStatisticsOf>> = {
  name: "zscore",
  compute: zScoreStatisticsOf,
};
export const gradePeerStatistics: PeerStatistic<ReturnType<typeof gradeStatisticsOf>> = {
  name: "grade",
  compute: gradeStatisticsOf,
};

/**
 * A scorer that reads a value's ascending rank among the sorted peers (ties take the minimum, as the
 * engine ranks) and scores that rank, or why there are too few peers to rank among.
 */
export function rankScorerAmong(
  peers: ScoringPeers,
  needed: number,
  scoreOfRank: (rank: number, count: number) => number
): Scorer | NormalisationProblem {
  const sorted = peers.statistic(sortedPeers);
  return (
    presenceProblem(sorted.length, needed) ??
    ((value) => scoreOfRank(ascendingMinRankIn(sorted, value), sorted.length))
  );
}
