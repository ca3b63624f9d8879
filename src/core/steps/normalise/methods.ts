import type { Indicator } from "../../model/framework";
import type { NormalisationMethodName, NormalisationMethodSettings } from "../../model/methods";
import { finite, noProblems, positive, type ParameterProblem } from "../parameter-check";
import { indexToBaseYearSeries } from "./base-year";
import { distanceToMaximumColumn, distanceToTargetColumn } from "./distance";
import { goalpostColumn } from "./goalposts";
import { gradeColumn } from "./grade";
import { missingScores, type NormalisationOutput } from "./kernel-output";
import { boundsOf, boundsProblem, minMaxColumnWithin, scoreRangeOf } from "./min-max";
import { bordaColumn, percentileRankColumn, rankColumn } from "./ranks";
import { standardZScore, zScoreColumn, type ZScoreTarget } from "./z-score";

/** What a method needs from an indicator besides its values. */
export type IndicatorRequirement = "target" | "goalposts";

/** The indicator a column belongs to, with its direction resolved to +1 or -1. */
export interface ScoredIndicator {
  readonly indicator: Indicator;
  readonly direction: 1 | -1;
}

interface MethodBase<Settings> {
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

/** The registry: each method declares what it needs; shared code never branches on a method's name. */
export const normalisationMethods: {
  readonly [Name in NormalisationMethodName]: NormalisationMethod<SettingsOf<Name>>;
} = {
  minmax: {
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
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => rankColumn(values),
  },
  prank: {
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => percentileRankColumn(values),
  },
  borda: {
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => bordaColumn(values),
  },
  goalposts: {
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
          scale: goalposts.scale ?? 100,
          truncate: goalposts.truncate ?? true,
        },
        direction
      );
    },
  },
  dist2target: {
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
    kind: "cross-section",
    needs: [],
    withDefaults: (settings) => ({ method: "dist2max", scale: settings.scale ?? 1 }),
    parameterProblems: (settings) => positive("scale", settings.scale),
    scoreColumn: (values, settings) => distanceToMaximumColumn(values, settings.scale ?? 1),
  },
  index: {
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
    kind: "cross-section",
    needs: [],
    withDefaults: unchanged,
    parameterProblems: noProblems,
    scoreColumn: (values) => gradeColumn(values),
  },
};

/** The method of some settings, typed for the settings union (the registry is indexed by its own key). */
export function normalisationMethodOf(
  settings: NormalisationMethodSettings
): NormalisationMethod<NormalisationMethodSettings> {
  return normalisationMethods[settings.method] as NormalisationMethod<NormalisationMethodSettings>;
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
