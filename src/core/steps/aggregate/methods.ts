import type { AggregationMethodName, AggregationMethodSettings } from "../../model/methods";
import type { MethodDeclaration } from "../method-declaration";
import { finite, noProblems, type ParameterProblem } from "../parameter-check";
import {
  arithmeticGenerator,
  generalisedGenerator,
  geometricGenerator,
  harmonicGenerator,
  type QuasiArithmeticMean,
} from "./means";

export interface AggregationMethod<Settings> extends MethodDeclaration {
  /** What the values must satisfy, written for the outside_domain issue ("> 0"). */
  readonly requirement: (settings: Settings) => string;
  readonly accepts: (value: number, settings: Settings) => boolean;
  /** The mean's generator, so the step can accumulate any mean column by column. */
  readonly generator: (settings: Settings) => QuasiArithmeticMean;
  readonly parameterProblems: (settings: Settings) => ParameterProblem[];
}

type SettingsOf<Name extends AggregationMethodName> = Extract<
  AggregationMethodSettings,
  { method: Name }
>;

const anyValue = () => true;

/** The registry of means; the aggregate step asks each what it accepts and never branches on its name. */
export const aggregationMethods: {
  readonly [Name in AggregationMethodName]: AggregationMethod<SettingsOf<Name>>;
} = {
  arithmetic: {
    label: { nb: "aritmetisk middel", en: "arithmetic mean" },
    words: { nb: ["aritmetisk"], en: ["arithmetic"] },
    requirement: () => "(any number)",
    accepts: anyValue,
    generator: () => arithmeticGenerator,
    parameterProblems: noProblems,
  },
  geometric: {
    label: { nb: "geometrisk middel", en: "geometric mean" },
    words: { nb: ["geometrisk"], en: ["geometric"] },
    requirement: () => "> 0",
    accepts: (value) => value > 0,
    generator: () => geometricGenerator,
    parameterProblems: noProblems,
  },
  harmonic: {
    label: { nb: "harmonisk middel", en: "harmonic mean" },
    words: { nb: ["harmonisk"], en: ["harmonic"] },
    requirement: () => "!= 0",
    accepts: (value) => value !== 0,
    generator: () => harmonicGenerator,
    parameterProblems: noProblems,
  },
  genmean: {
    label: { nb: "generalisert middel", en: "generalised mean" },
    words: { nb: ["generalisert"], en: ["generalised", "generalized"] },
    requirement: ({ p }) => (p <= 0 ? "> 0" : Number.isInteger(p) ? "(any number)" : ">= 0"),
    accepts: (value, { p }) => (p <= 0 ? value > 0 : Number.isInteger(p) || value >= 0),
    generator: ({ p }) => generalisedGenerator(p),
    parameterProblems: ({ p }) => finite("p", p),
  },
};

export function aggregationMethodOf(
  settings: AggregationMethodSettings
): AggregationMethod<AggregationMethodSettings> {
  return aggregationMethods[settings.method] as AggregationMethod<AggregationMethodSettings>;
}
