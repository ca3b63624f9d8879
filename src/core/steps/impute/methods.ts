import type { ImputationMethodName, ImputationSettings } from "../../model/methods";
import type { MethodDeclaration } from "../method-declaration";
import {
  carryLastValueForward,
  fillWithMean,
  fillWithMedian,
  fillWithinGroups,
  interpolateLinearly,
} from "./kernels";

/** Fills one year's values of one indicator; `groups` holds each row's group label when the method needs one. */
export interface CrossSectionImputation extends MethodDeclaration {
  readonly kind: "cross-section";
  readonly needsGroup: boolean;
  readonly fill: (values: Float64Array, groups: readonly string[]) => Float64Array;
}

/** Fills one unit's series of one indicator, ordered by year. */
export interface SeriesImputation extends MethodDeclaration {
  readonly kind: "series";
  readonly needsGroup: false;
  readonly fill: (series: Float64Array, years: Int32Array) => Float64Array;
}

export interface NoImputation extends MethodDeclaration {
  readonly kind: "none";
  readonly needsGroup: false;
}

export type ImputationMethod = CrossSectionImputation | SeriesImputation | NoImputation;

/** The registry: each method declares its shape and whether it needs a group column. */
export const imputationMethods: { readonly [Name in ImputationMethodName]: ImputationMethod } = {
  none: {
    label: { nb: "ingen", en: "none" },
    words: { nb: ["ingen"], en: ["none"] },
    kind: "none",
    needsGroup: false,
  },
  mean: {
    label: { nb: "gjennomsnitt", en: "mean" },
    words: { nb: ["gjennomsnitt"], en: ["mean"] },
    kind: "cross-section",
    needsGroup: false,
    fill: (values) => fillWithMean(values),
  },
  median: {
    label: { nb: "median", en: "median" },
    words: { nb: ["median"], en: ["median"] },
    kind: "cross-section",
    needsGroup: false,
    fill: (values) => fillWithMedian(values),
  },
  "group-mean": {
    label: { nb: "gruppegjennomsnitt", en: "group mean" },
    words: { nb: ["gruppegjennomsnitt"], en: ["mean-group", "group mean"] },
    kind: "cross-section",
    needsGroup: true,
    fill: (values, groups) => fillWithinGroups(values, groups, fillWithMean),
  },
  "group-median": {
    label: { nb: "gruppemedian", en: "group median" },
    words: { nb: ["gruppemedian"], en: ["median-group", "group median"] },
    kind: "cross-section",
    needsGroup: true,
    fill: (values, groups) => fillWithinGroups(values, groups, fillWithMedian),
  },
  "last-value": {
    label: { nb: "siste verdi", en: "last value carried forward" },
    words: { nb: ["siste verdi"], en: ["last value carried forward"] },
    kind: "series",
    needsGroup: false,
    fill: (series) => carryLastValueForward(series),
  },
  linear: {
    label: { nb: "lineær interpolering", en: "linear interpolation" },
    words: { nb: ["lineær"], en: ["linear"] },
    kind: "series",
    needsGroup: false,
    fill: (series, years) => interpolateLinearly(series, years),
  },
};

/** The group column a setting names, if its method uses one. */
export function groupColumnOf(settings: ImputationSettings): string | undefined {
  return "group" in settings ? settings.group : undefined;
}
