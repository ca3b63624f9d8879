// The normalisation methods a cell can use (SCORE and NORMALISE), each bound to the engine's per-value
// kernel and the peer statistics it needs. Each declares its parameters; shared code never branches on a
// method's name. The engine's registry checks the parameters it knows (min-max range, z-score sd, scale).
import type { Issue } from "../core/issues";
import type { Bilingual } from "../core/language";
import type { NormalisationMethodName } from "../core/model/methods";
import {
  distanceToMaximumOf,
  distanceToTargetOf,
  distanceToTargetProblem,
} from "../core/steps/normalise/distance";
import { directedGoalposts, goalpostScoreOf } from "../core/steps/normalise/goalposts";
import { gradeOf, gradeStatisticsOf } from "../core/steps/normalise/grade";
import { presenceProblem, type NormalisationProblem } from "../core/steps/normalise/kernel-output";
import { normalisationMethods } from "../core/steps/normalise/methods";
import { boundsOf, boundsProblem, minMaxScore } from "../core/steps/normalise/min-max";
import {
  bordaScoreOf,
  percentileRankMinimumCount,
  percentileRankOf,
} from "../core/steps/normalise/ranks";
import { zScoreOf, zScoreStatisticsOf } from "../core/steps/normalise/z-score";
import { ascendingMinRankIn, sortedPresentValues } from "../core/steps/statistics";
import { reportFunctionIssue } from "./function-issues";
import type { DirectedPeers, PeerStatistic } from "./peers";

/** Scores one directed value (the value times the direction) against the peers it was made for. */
export type Scorer = (directedValue: number) => number;

/** The optional method parameters, in order, as SCORE and NORMALISE name them. */
export const parameterNames = ["parameter1", "parameter2"] as const;

export interface MethodParameter {
  /** The setting's name in the engine's NormalisationMethodSettings, where it has one. */
  readonly setting: string;
  /** What it means, for messages ("the score of the weakest peer"). */
  readonly meaning: Bilingual;
  /** Absent: the parameter is required. */
  readonly default?: number;
}

export interface ScoringMethod {
  /** The engine method whose registry entry checks the parameters. */
  readonly engineMethod: NormalisationMethodName;
  /** Its name in messages. */
  readonly label: Bilingual;
  readonly parameters: readonly MethodParameter[];
  /** The scorer for these peers and parameters (defaults filled in), or why there is none. */
  readonly scorerAmong: (
    peers: DirectedPeers,
    parameters: readonly number[]
  ) => Scorer | NormalisationProblem | Issue;
}

export const peerBounds: PeerStatistic<ReturnType<typeof boundsOf>> = {
  name: "bounds",
  compute: boundsOf,
};
export const sortedPeers: PeerStatistic<Float64Array> = {
  name: "sorted",
  compute: sortedPresentValues,
};
const zScorePeerStatistics: PeerStatistic<ReturnType<typeof zScoreStatisticsOf>> = {
  name: "zscore",
  compute: zScoreStatisticsOf,
};
const gradePeerStatistics: PeerStatistic<ReturnType<typeof gradeStatisticsOf>> = {
  name: "grade",
  compute: gradeStatisticsOf,
};

const parameter = (index: number, parameters: readonly number[]): number =>
  parameters[index] as number;

/**
 * A scorer that reads a value's ascending rank among the sorted peers (ties take the minimum, as the
 * engine ranks) and scores that rank, or why there are too few peers to rank among.
 */
function rankScorerAmong(
  peers: DirectedPeers,
  needed: number,
  scoreOfRank: (rank: number, count: number) => number
): Scorer | NormalisationProblem {
  const sorted = peers.statistic(sortedPeers);
  return (
    presenceProblem(sorted.length, needed) ??
    ((value) => scoreOfRank(ascendingMinRankIn(sorted, value), sorted.length))
  );
}

export const scoringMethods: Readonly<Record<string, ScoringMethod>> = {
  minmax: {
    engineMethod: "minmax",
    label: { nb: "min-maks", en: "min-max" },
    parameters: [
      {
        setting: "lower",
        meaning: { nb: "skåren til den svakeste", en: "the score of the weakest peer" },
        default: 0,
      },
      {
        setting: "upper",
        meaning: { nb: "skåren til den beste", en: "the score of the best peer" },
        default: 100,
      },
    ],
    scorerAmong: (peers, parameters) => {
      const bounds = peers.statistic(peerBounds);
      const range = { lower: parameter(0, parameters), upper: parameter(1, parameters) };
      return boundsProblem(bounds) ?? ((value) => minMaxScore(value, bounds, range));
    },
  },
  zscore: {
    engineMethod: "zscore",
    label: { nb: "z-skår", en: "z-score" },
    parameters: [
      {
        setting: "mean",
        meaning: { nb: "gjennomsnittet av skårene", en: "the mean of the scores" },
        default: 0,
      },
      {
        setting: "standardDeviation",
        meaning: { nb: "standardavviket deres", en: "their standard deviation" },
        default: 1,
      },
    ],
    scorerAmong: (peers, parameters) => {
      const statistics = peers.statistic(zScorePeerStatistics);
      if ("kind" in statistics) return statistics;
      const target = {
        mean: parameter(0, parameters),
        standardDeviation: parameter(1, parameters),
      };
      return (value) => zScoreOf(value, statistics, target);
    },
  },
  rank: {
    engineMethod: "rank",
    label: { nb: "rangering", en: "rank" },
    parameters: [],
    scorerAmong: (peers) => rankScorerAmong(peers, 1, (rank) => rank),
  },
  prank: {
    engineMethod: "prank",
    label: { nb: "persentilrang", en: "percentile rank" },
    parameters: [],
    // In percent, as a cell shows it; the engine (and COINr) give the same share as 0..1.
    scorerAmong: (peers) =>
      rankScorerAmong(
        peers,
        percentileRankMinimumCount,
        (rank, count) => 100 * percentileRankOf(rank, count)
      ),
  },
  borda: {
    engineMethod: "borda",
    label: { nb: "Borda", en: "Borda" },
    parameters: [],
    scorerAmong: (peers) => rankScorerAmong(peers, 1, bordaScoreOf),
  },
  grade: {
    engineMethod: "grade",
    label: { nb: "karakter", en: "grade" },
    parameters: [],
    scorerAmong: (peers) => {
      const statistics = peers.statistic(gradePeerStatistics);
      return "kind" in statistics ? statistics : (value) => gradeOf(value, statistics);
    },
  },
  goalposts: {
    engineMethod: "goalposts",
    label: { nb: "målstolper", en: "goalposts" },
    parameters: [
      {
        setting: "lowerGoalpost",
        meaning: {
          nb: "nedre målstolpe, i indikatorens måleenhet",
          en: "the lower goalpost, in the indicator's unit",
        },
      },
      {
        setting: "upperGoalpost",
        meaning: {
          nb: "øvre målstolpe, i indikatorens måleenhet",
          en: "the upper goalpost, in the indicator's unit",
        },
      },
    ],
    scorerAmong: (peers, parameters) => {
      const lower = parameter(0, parameters);
      const upper = parameter(1, parameters);
      if (!(lower < upper))
        return reportFunctionIssue("argument_not_accepted", {
          argument: parameterNames[1],
          accepted: {
            nb: `en øvre målstolpe over parameter1 (${lower})`,
            en: `an upper goalpost above parameter1 (${lower})`,
          },
        });
      const goalposts = { lower, upper, scale: 100, truncate: true };
      const ends = directedGoalposts(goalposts, peers.direction);
      return "kind" in ends ? ends : (value) => goalpostScoreOf(value, ends, goalposts);
    },
  },
  dist2target: {
    engineMethod: "dist2target",
    label: { nb: "avstand til mål", en: "distance to target" },
    parameters: [
      {
        setting: "target",
        meaning: {
          nb: "målet, i indikatorens måleenhet",
          en: "the target, in the indicator's unit",
        },
      },
      {
        setting: "scale",
        meaning: { nb: "skåren ved målet", en: "the score at the target" },
        default: 1,
      },
    ],
    scorerAmong: (peers, parameters) => {
      const bounds = peers.statistic(peerBounds);
      const directedTarget = parameter(0, parameters) * peers.direction;
      const scale = parameter(1, parameters);
      return (
        distanceToTargetProblem(bounds, directedTarget) ??
        ((value) => distanceToTargetOf(value, directedTarget, bounds.minimum, false, scale))
      );
    },
  },
  dist2max: {
    engineMethod: "dist2max",
    label: { nb: "avstand til maksimum", en: "distance to the maximum" },
    parameters: [
      {
        setting: "scale",
        meaning: { nb: "skåren til den beste", en: "the score of the best peer" },
        default: 1,
      },
    ],
    scorerAmong: (peers, parameters) => {
      const bounds = peers.statistic(peerBounds);
      const scale = parameter(0, parameters);
      return boundsProblem(bounds) ?? ((value) => distanceToMaximumOf(value, bounds, scale));
    },
  },
};

/** The method's parameters with defaults filled in, or the issue with the first one missing or wrong. */
export function resolveParameters(
  method: ScoringMethod,
  given: readonly (number | undefined)[]
): number[] | Issue {
  const resolved: number[] = [];
  for (const [index, argument] of parameterNames.entries()) {
    const declared = method.parameters[index];
    const value = given[index];
    if (declared === undefined) {
      if (value !== undefined)
        return reportFunctionIssue("argument_not_used", { argument, method: method.label });
      continue;
    }
    const resolvedValue = value ?? declared.default;
    if (resolvedValue === undefined)
      return reportFunctionIssue("argument_required", {
        argument,
        meaning: declared.meaning,
        method: method.label,
      });
    resolved.push(resolvedValue);
  }
  const settings = Object.fromEntries([
    ["method", method.engineMethod],
    ...method.parameters.map((declared, index) => [declared.setting, resolved[index]]),
  ]) as never;
  const [problem] = normalisationMethods[method.engineMethod].parameterProblems(settings);
  if (problem === undefined) return resolved;
  const index = method.parameters.findIndex((declared) => declared.setting === problem.name);
  return reportFunctionIssue("argument_not_accepted", {
    argument: index >= 0 ? (parameterNames[index] as string) : parameterNames.join("/"),
    accepted: problem.expected,
  });
}

/** A kernel's problem as the issue a person reads. */
export function issueOfProblem(
  problem: NormalisationProblem,
  method: ScoringMethod,
  peers: DirectedPeers,
  parameters: readonly number[]
): Issue {
  switch (problem.kind) {
    case "all_missing":
      return reportFunctionIssue("peers_without_numbers", {});
    case "zero_range":
      return reportFunctionIssue("peers_all_equal", {
        value: peers.statistic(peerBounds).minimum * peers.direction,
        method: method.label,
      });
    case "too_few_values":
      return reportFunctionIssue("peers_too_few", {
        method: method.label,
        needed: problem.needed,
        present: problem.present,
      });
    case "target_not_above_minimum":
      return reportFunctionIssue("target_not_beyond_peers", { target: parameter(0, parameters) });
    case "missing_base_value":
      return reportFunctionIssue("unexpected_failure", {
        functionName: "SCORE",
        detail: `${method.engineMethod}: missing_base_value`,
      });
  }
}
