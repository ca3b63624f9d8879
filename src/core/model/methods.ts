/** The stages a run passes through, in order; each step turns one stage into the next. */
export const stageNames = [
  "raw",
  "denominated",
  "imputed",
  "screened",
  "treated",
  "normalised",
  "aggregated",
] as const;
export type StageName = (typeof stageNames)[number];

/** Fill missing values. Cross-section methods work within each year; panel methods along each unit's years. */
export type ImputationSettings =
  | { readonly method: "none" }
  | { readonly method: "mean" }
  | { readonly method: "median" }
  /** `group`: a group column of the units (COINr's use_group), or "peerGroup". */
  | { readonly method: "group-mean"; readonly group: string }
  | { readonly method: "group-median"; readonly group: string }
  | { readonly method: "last-value" }
  | { readonly method: "linear" };
export type ImputationMethodName = ImputationSettings["method"];

/** Drop unit-years whose share of present indicators is below `minimumShare` (COINr's dat_thresh). */
export interface ScreeningSettings {
  readonly minimumShare: number;
}

/** Outlier treatment; COINr's defaults: winmax 5, |skew| < 2 or kurtosis < 3.5 passes. */
export type TreatmentSettings =
  | { readonly method: "none" }
  | {
      readonly method: "winsorise";
      readonly winmax?: number;
      readonly skewThreshold?: number;
      readonly kurtosisThreshold?: number;
    };
export type TreatmentMethodName = TreatmentSettings["method"];

/** One normalisation method with its parameters; defaults are COINr's where it has the method. */
export type NormalisationMethodSettings =
  | { readonly method: "minmax"; readonly lower?: number; readonly upper?: number }
  | { readonly method: "zscore"; readonly mean?: number; readonly standardDeviation?: number }
  | { readonly method: "rank" }
  | { readonly method: "prank" }
  | { readonly method: "borda" }
  /** Uses each indicator's goalposts (lower, upper, scale, truncate). */
  | { readonly method: "goalposts" }
  /** Uses each indicator's target: `(x - min) / (target - min) * scale`; scale default 1 as COINr. */
  | { readonly method: "dist2target"; readonly capAtTarget?: boolean; readonly scale?: number }
  /** `(x - min) / (max - min) * scale` written as COINr's `1 - (max - x) / (max - min)`; scale default 1. */
  | { readonly method: "dist2max"; readonly scale?: number }
  /** 100 at the unit's own value in `baseYear`, moving with the direction. */
  | { readonly method: "index"; readonly baseYear: number }
  /** A 1-6 grade: 3.5 at the peer mean, 6 at the best, 1 at the worst, linear on each side. */
  | { readonly method: "grade" }
  /** 1-5, the quintile of the value among the peers (steps/normalise/quintile.ts). */
  | { readonly method: "quintile" };
export type NormalisationMethodName = NormalisationMethodSettings["method"];

export interface NormalisationScope {
  /** Normalise all years together instead of each year by itself (default false: per year). */
  readonly pooled?: boolean;
  /** Normalise within each peer group instead of among all units (default false). */
  readonly byPeerGroup?: boolean;
}

export interface NormalisationSettings {
  readonly method: NormalisationMethodSettings;
  /** Exceptions for single indicators (COINr's indiv_specs). */
  readonly byIndicator?: Readonly<Record<string, NormalisationMethodSettings>>;
  readonly scope?: NormalisationScope;
}

export type AggregationMethodSettings =
  | { readonly method: "arithmetic" }
  | { readonly method: "geometric" }
  | { readonly method: "harmonic" }
  | { readonly method: "genmean"; readonly p: number };
export type AggregationMethodName = AggregationMethodSettings["method"];

/** How coverage is measured: the share of children's weight present (default), or of their count (COINr). */
export type CoverageBasis = "weight" | "count";

export interface AggregationSettings {
  /** Default for every aggregate: the weighted arithmetic mean. */
  readonly method?: AggregationMethodSettings;
  /** By level, COINr's numbering: 2 = aggregates of indicators, 3 = the level above, ... */
  readonly byLevel?: Readonly<Record<number, AggregationMethodSettings>>;
  readonly byAggregate?: Readonly<Record<string, AggregationMethodSettings>>;
  /** No score when coverage is below this (0..1); absent = no threshold, as COINr. */
  readonly minCoverage?: number;
  readonly minCoverageByAggregate?: Readonly<Record<string, number>>;
  readonly coverageBasis?: CoverageBasis;
}

export interface RankSettings {
  /** Also rank within each peer group (default true when units have peer groups). */
  readonly withinPeerGroups?: boolean;
}

/** Everything a run needs besides the data; stored in the workbook's `Metode` sheet and in the log. */
export interface PipelineSettings {
  /** The stage the input data is already at (default "raw"): earlier steps are not run. */
  readonly start?: StageName;
  readonly denominate?: boolean;
  readonly impute?: ImputationSettings;
  readonly screen?: ScreeningSettings;
  readonly treat?: TreatmentSettings;
  readonly normalise?: NormalisationSettings;
  readonly aggregate?: AggregationSettings;
  readonly rank?: RankSettings;
}
