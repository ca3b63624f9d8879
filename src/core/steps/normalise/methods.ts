import type { Indicator } from "../../model/framework";
import type { NormalisationMethodName, NormalisationMethodSettings } from "../../model/methods";
import type { MethodDeclaration, MethodParameter } from "../method-declaration";
import { finite, noProblems, positive, type ParameterProblem } from "../parameter-check";
import { indexToBaseYearSeries } from "./base-year";
import {
  distanceToMaximumColumn,
  distanceToMaximumOf,
  distanceToTargetColumn,
  distanceToTargetOf,
  distanceToTargetProblem,
} from "./distance";
import { directedGoalposts, goalpostColumn, goalpostScoreOf } from "./goalposts";
import { gradeColumn, gradeOf } from "./grade";
import { quintileColumn, quintileOf } from "./quintile";
import { missingScores, type NormalisationOutput } from "./kernel-output";
import {
  boundsOf,
  boundsProblem,
  minMaxColumnWithin,
  minMaxScore,
  percentRange,
  scoreRangeOf,
} from "./min-max";
import {
  bordaColumn,
  bordaScoreOf,
  percentileRankColumn,
  percentileRankMinimumCount,
  percentileRankOf,
  rankColumn,
} from "./ranks";
import {
  gradePeerStatistics,
  peerBounds,
  rankScorerAmong,
  zScorePeerStatistics,
  type ScorerOutcome,
  type ScoringPeers,
} from "./value-scoring";
import { standardZScore, zScoreColumn, zScoreOf, type ZScoreTarget } from "./z-score";

/** What a method needs from an indicator besides its values. */
export type IndicatorRequirement = "target" | "goalposts";

/** The indicator a column belongs to, with its direction resolved to +1 or -1. */
export interface ScoredIndicator {
  readonly indicator: Indicator;
  readonly direction: 1 | -1;
}

/** What a benchmark run sets besides the Metode choice of method. */
export interface BenchmarkContext {
  readonly baseYear: number;
}

/** How a cell scores one value among peers (=VEIKART.SCORE and NORMALISE). */
export interface ValueScoring {
  /** The numbers a cell gives (parameter1, parameter2), where they differ from the method's parameters. */
  readonly parameters?: readonly MethodParameter[];
  /** The scorer for these peers and parameters (defaults filled in), or why there is none. */
  readonly scorerAmong: (peers: ScoringPeers, parameters: readonly number[]) => ScorerOutcome;
}

interface MethodBase<Settings> extends MethodDeclaration {
  /** What it computes on the directed values x', for the docs' table of methods (docs/method.md). */
  readonly formula: string;
  /** The numbers it takes, in order: `veikart coin --normalise <name>:<a>,<b>` and a cell's parameters. */
  readonly parameters: readonly MethodParameter[];
  /** The settings a benchmark run uses; absent: the parameters' defaults. */
  readonly forBenchmark?: (context: BenchmarkContext) => Settings;
  /** How a cell scores a value among peers; absent for a method cells cannot use. */
  readonly valueScoring?: ValueScoring;
  readonly needs: readonly IndicatorRequirement[];
  /** The settings with COINr's defaults filled in (what the log records). */
  readonly withDefaults: (settings: Settings) => Settings;
  readonly parameterProblems: (settings: Settings) => ParameterProblem[];
}

/** Scores one scope (a year, a peer group) of one indicator at a time. */
export interface CrossSectionMethod<Settings> extends MethodBase<Settings> {
  readonly kind: "cross-section";
  readonly scoreColumn: (
    directedValues: Float64Array,
    settings: Settings,
    scored: ScoredIndicator
  ) => NormalisationOutput;
}

/** Scores one unit's series of years at a time. */
export interface SeriesMethod<Settings> extends MethodBase<Settings> {
  readonly kind: "series";
  readonly scoreSeries: (
    directedValues: Float64Array,
    years: Int32Array,
    settings: Settings,
    scored: ScoredIndicator
  ) => NormalisationOutput;
}

export type NormalisationMethod<Settings> = CrossSectionMethod<Settings> | SeriesMethod<Settings>;

type SettingsOf<Name extends NormalisationMethodName> = Extract<
  NormalisationMethodSettings,
  { method: Name }
>;

/** COINr's m and s, 0 and 1 unless set. */
const zScoreTargetOf = (settings: SettingsOf<"zscore">): ZScoreTarget => ({
  mean: settings.mean ?? standardZScore.mean,
  standardDeviation: settings.standardDeviation ?? standardZScore.standardDeviation,
});

const unchanged = <Settings>(settings: Settings): Settings => settings;

/** Scores on Veikart's scale of 0 to 100, where a method's scale can be chosen. */
const percentScale = percentRange.upper;

const scaleParameter = (meaning: MethodParameter["meaning"]): MethodParameter => ({
  setting: "scale",
  meaning,
  default: 1,
});

const scaleAtTarget = scaleParameter({ nb: "skåren ved målet", en: "the score at the target" });

const parameter = (index: number, parameters: readonly number[]): number =>
  parameters[index] as number;

/** The registry: each method declares what it needs; shared code never branches on a method's name. */
export const normalisationMethods: {
  readonly [Name in NormalisationMethodName]: NormalisationMethod<SettingsOf<Name>>;
} = {
  minmax: {
    formula: "`(x − min)/(max − min)·(u − l) + l`",
    label: { nb: "min-maks", en: "min-max" },
    words: { nb: ["min-maks"], en: ["min-max"] },
    parameters: [
      {
        setting: "lower",
        meaning: { nb: "skåren til den svakeste", en: "the score of the weakest peer" },
        default: percentRange.lower,
      },
      {
        setting: "upper",
        meaning: { nb: "skåren til den beste", en: "the score of the best peer" },
        default: percentRange.upper,
      },
    ],
    valueScoring: {
      scorerAmong: (peers, parameters) => {
        const bounds = peers.statistic(peerBounds);
        const range = { lower: parameter(0, parameters), upper: parameter(1, parameters) };
        return boundsProblem(bounds) ?? ((value) => minMaxScore(value, bounds, range));
      },
    },
    kind: "cross-section",
    needs: [],
    withDefaults: (settings) => ({ method: "minmax", ...scoreRangeOf(settings) }),
    parameterProblems: (settings) => {
      const problems = [...finite("lower", settings.lower), ...finite("upper", settings.upper)];
      const { lower, upper } = scoreRangeOf(settings);
      if (lower >= upper)
        problems.push({
          name: "range",
          value: `${lower},${upper}`,
          expected: {
            nb: "en nedre grense under den øvre",
            en: "a lower bound below the upper bound",
          },
        });
      return problems;
    },
    scoreColumn: (values, settings) => {
      const bounds = boundsOf(values);
      const problem = boundsProblem(bounds);
      if (problem !== undefined) return { scores: missingScores(values.length), problem };
      return { scores: minMaxColumnWithin(values, bounds, scoreRangeOf(settings)) };
    },
  },
  zscore: {
    formula: "`(x − mean)/sd·s + m`, sample sd (n − 1)",
    label: { nb: "z-skår", en: "z-score" },
    words: { nb: ["z-skår"], en: ["z-score"] },
    parameters: [
      {
        setting: "mean",
        meaning: { nb: "gjennomsnittet av skårene", en: "the mean of the scores" },
        default: standardZScore.mean,
      },
      {
        setting: "standardDeviation",
        meaning: { nb: "standardavviket deres", en: "their standard deviation" },
        default: standardZScore.standardDeviation,
      },
    ],
    valueScoring: {
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
    kind: "cross-section",
    needs: [],
    withDefaults: (settings) => ({ method: "zscore", ...zScoreTargetOf(settings) }),
    parameterProblems: (settings) => [
      ...finite("mean", settings.mean),
      ...positive("standardDeviation", settings.standardDeviation),
    ],
    scoreColumn: (values, settings) => zScoreColumn(values, zScoreTargetOf(settings)),
  },
  rank: {
    formula: "ascending rank, ties take the minimum (best = highest rank)",
    label: { nb: "rangering", en: "rank" },
    words: { nb: ["rangering"], en: ["rank"] },
    parameters: [],
    valueScoring: { scorerAmong: (peers) => rankScorerAmong(peers, 1, (rank) => rank) },
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => rankColumn(values),
  },
  prank: {
    formula: "`(rank − 1)/(n − 1)`, 0..1 (in percent in a cell)",
    label: { nb: "persentilrang", en: "percentile rank" },
    words: { nb: ["persentil", "persentilrang"], en: ["percentile rank", "percentile"] },
    parameters: [],
    valueScoring: {
      // In percent, as a cell shows it; the engine (and COINr) give the same share as 0..1.
      scorerAmong: (peers) =>
        rankScorerAmong(
          peers,
          percentileRankMinimumCount,
          (rank, count) => percentScale * percentileRankOf(rank, count)
        ),
    },
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => percentileRankColumn(values),
  },
  borda: {
    formula: "`rank − 1`",
    label: { nb: "Borda", en: "Borda" },
    words: { nb: ["borda"], en: [] },
    parameters: [],
    valueScoring: { scorerAmong: (peers) => rankScorerAmong(peers, 1, bordaScoreOf) },
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => bordaColumn(values),
  },
  goalposts: {
    formula:
      "+1: `(x − lower)/(upper − lower)`; −1: the goalposts are negated too, so the lower goalpost is the best end; truncated to 0..1 unless `truncate` is false; times `scale` (default 100). The indicator's goalposts; a cell gives them as parameter1 and parameter2",
    label: { nb: "målstolper", en: "goalposts" },
    words: { nb: ["målstolper"], en: ["goalposts"] },
    parameters: [],
    valueScoring: {
      // A cell has no indicator catalogue: it gives the goalposts itself.
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
          return {
            name: "upperGoalpost",
            value: String(upper),
            expected: {
              nb: `en øvre målstolpe over parameter1 (${lower})`,
              en: `an upper goalpost above parameter1 (${lower})`,
            },
          };
        const goalposts = { lower, upper, scale: percentScale, truncate: true };
        const ends = directedGoalposts(goalposts, peers.direction);
        return "kind" in ends ? ends : (value) => goalpostScoreOf(value, ends, goalposts);
      },
    },
    kind: "cross-section",
    needs: ["goalposts"],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values, _settings, { indicator, direction }) => {
      const goalposts = indicator.goalposts;
      if (goalposts === undefined)
        return { scores: missingScores(values.length), problem: { kind: "all_missing" } };
      return goalpostColumn(
        values,
        {
          lower: goalposts.lower,
          upper: goalposts.upper,
          scale: goalposts.scale ?? percentScale,
          truncate: goalposts.truncate ?? true,
        },
        direction
      );
    },
  },
  dist2target: {
    formula:
      "`1 − (target' − x)/(target' − min)`, `target' = direction · target`; optionally capped at 1; times `scale`. The indicator's target; a cell gives it as parameter1",
    label: { nb: "avstand til mål", en: "distance to target" },
    words: { nb: ["avstand til mål"], en: ["distance to target"] },
    parameters: [scaleAtTarget],
    forBenchmark: () => ({ method: "dist2target", scale: percentScale }),
    valueScoring: {
      // A cell has no indicator catalogue: it gives the target itself.
      parameters: [
        {
          setting: "target",
          meaning: {
            nb: "målet, i indikatorens måleenhet",
            en: "the target, in the indicator's unit",
          },
        },
        scaleAtTarget,
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
    kind: "cross-section",
    needs: ["target"],
    withDefaults: (settings) => ({
      method: "dist2target",
      capAtTarget: settings.capAtTarget ?? false,
      scale: settings.scale ?? 1,
    }),
    parameterProblems: (settings) => positive("scale", settings.scale),
    scoreColumn: (values, settings, { indicator, direction }) =>
      indicator.target === undefined
        ? { scores: missingScores(values.length), problem: { kind: "all_missing" } }
        : distanceToTargetColumn(
            values,
            indicator.target * direction,
            settings.capAtTarget ?? false,
            settings.scale ?? 1
          ),
  },
  dist2max: {
    formula: "`1 − (max − x)/(max − min)`, times `scale`",
    label: { nb: "avstand til maksimum", en: "distance to the maximum" },
    words: { nb: ["avstand til maks"], en: ["distance to maximum"] },
    parameters: [scaleParameter({ nb: "skåren til den beste", en: "the score of the best peer" })],
    forBenchmark: () => ({ method: "dist2max", scale: percentScale }),
    valueScoring: {
      scorerAmong: (peers, parameters) => {
        const bounds = peers.statistic(peerBounds);
        const scale = parameter(0, parameters);
        return boundsProblem(bounds) ?? ((value) => distanceToMaximumOf(value, bounds, scale));
      },
    },
    kind: "cross-section",
    needs: [],
    withDefaults: (settings) => ({ method: "dist2max", scale: settings.scale ?? 1 }),
    parameterProblems: (settings) => positive("scale", settings.scale),
    scoreColumn: (values, settings) => distanceToMaximumColumn(values, settings.scale ?? 1),
  },
  index: {
    formula:
      "per unit: `100 + 100·(x' − x'_base)/|x'_base|`: 100 in the base year, rising with improvement (for \"higher is better\" and a positive base, `100·x/base`)",
    label: { nb: "indeks", en: "index" },
    words: { nb: ["indeks"], en: ["index", "index to base year"] },
    parameters: [{ setting: "baseYear", meaning: { nb: "basisåret", en: "the base year" } }],
    forBenchmark: ({ baseYear }) => ({ method: "index", baseYear }),
    kind: "series",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: (settings) =>
      Number.isInteger(settings.baseYear)
        ? []
        : [
            {
              name: "baseYear",
              value: String(settings.baseYear),
              expected: { nb: "et helt år", en: "a whole year" },
            },
          ],
    scoreSeries: (values, years, settings) =>
      indexToBaseYearSeries(values, years, settings.baseYear),
  },
  grade: {
    formula:
      "1–6 with 3.5 at the peer mean, 6 at the best and 1 at the weakest, linear on each side of the mean",
    label: { nb: "karakter", en: "grade" },
    words: { nb: ["karakter"], en: ["grade"] },
    parameters: [],
    valueScoring: {
      scorerAmong: (peers) => {
        const statistics = peers.statistic(gradePeerStatistics);
        return "kind" in statistics ? statistics : (value) => gradeOf(value, statistics);
      },
    },
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => gradeColumn(values),
  },
  quintile: {
    formula:
      "1–5: `1 + ⌊5·(share of the present values below x')⌋`, ties share the lower class (the OECD/JRC Handbook's categorical scale, by quintiles)",
    label: { nb: "kvintil", en: "quintile" },
    words: { nb: ["kvintil"], en: ["quintile"] },
    parameters: [],
    valueScoring: { scorerAmong: (peers) => rankScorerAmong(peers, 1, quintileOf) },
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => quintileColumn(values),
  },
};

/** The method of some settings, typed for the settings union (the registry is indexed by its own key). */
export function normalisationMethodOf(
  settings: NormalisationMethodSettings
): NormalisationMethod<NormalisationMethodSettings> {
  return normalisationMethods[settings.method] as NormalisationMethod<NormalisationMethodSettings>;
}

/** The method names in the registry's order. */
export const normalisationMethodNames = Object.keys(
  normalisationMethods
) as NormalisationMethodName[];

/** The settings of a method from its numbers in order; a number not given takes its default. */
export function normalisationSettingsOf(
  name: NormalisationMethodName,
  numbers: readonly (number | undefined)[],
  parameters: readonly MethodParameter[] = normalisationMethods[name].parameters
): NormalisationMethodSettings {
  const settings: Record<string, unknown> = { method: name };
  parameters.forEach((declared, index) => {
    const value = numbers[index] ?? declared.default;
    if (value !== undefined) settings[declared.setting] = value;
  });
  // Each entry's parameters are its settings' numeric fields, so the object fits the method's settings.
  return settings as unknown as NormalisationMethodSettings;
}

/** The settings a benchmark run uses for a method. */
export function benchmarkNormalisation(
  name: NormalisationMethodName,
  context: BenchmarkContext
): NormalisationMethodSettings {
  const method = normalisationMethods[name] as MethodBase<NormalisationMethodSettings>;
  return method.forBenchmark?.(context) ?? normalisationSettingsOf(name, []);
}

/** Whether an indicator has what a requirement asks for. */
export const requirementMet: {
  readonly [Need in IndicatorRequirement]: (indicator: Indicator) => boolean;
} = {
  target: (indicator) => indicator.target !== undefined && Number.isFinite(indicator.target),
  goalposts: (indicator) =>
    indicator.goalposts !== undefined &&
    Number.isFinite(indicator.goalposts.lower) &&
    Number.isFinite(indicator.goalposts.upper),
};
