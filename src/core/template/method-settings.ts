// The settings of the Metode sheet: what a run uses, stored in the workbook so it can be repeated. Each
// setting declares its type, default, allowed values and the words accepted for them in bokmål and
// English; the method choices come from the steps' registries (src/core/steps/*/methods.ts) and the
// on-track thresholds from the time layer (src/core/time/on-track-settings.ts).
import type { Language } from "../language";
import type {
  AggregationMethodName,
  ImputationMethodName,
  NormalisationMethodName,
  TreatmentMethodName,
} from "../model/methods";
import { defaultDecouplingPairs } from "../analysis/decoupling-pairs";
import { aggregationMethods } from "../steps/aggregate/methods";
import { imputationMethods } from "../steps/impute/methods";
import type { MethodDeclaration } from "../steps/method-declaration";
import { normalisationMethods } from "../steps/normalise/methods";
import { treatmentMethods } from "../steps/treat/methods";
import { defaultOnTrackSettings, paceChoices, type PaceMeasure } from "../time/on-track-settings";

/** Whether a run normalises each year by itself or all years together. */
export type NormalisationScopeName = "per-year" | "pooled";

/** The method of a run as the Metode sheet gives it: every setting, typed, defaults filled in. */
export interface MethodValues {
  readonly normalisation: NormalisationMethodName;
  readonly normalisationScope: NormalisationScopeName;
  readonly aggregation: AggregationMethodName;
  readonly generalisedMeanPower: number;
  readonly coverageThreshold: number;
  readonly imputation: ImputationMethodName;
  readonly outlierTreatment: TreatmentMethodName;
  /** "alle" (every unit) or the name of a peer group. */
  readonly peerGroup: string;
  readonly baseYear: number;
  readonly jumpThreshold: number;
  readonly outlierThreshold: number;
  readonly onTrackShare: number;
  readonly moderateShare: number;
  readonly pace: PaceMeasure;
  /** The pressure/driver pairs of the decoupling analysis, as `PRESSURE/DRIVER; ...` (src/core/analysis). */
  readonly decouplingPairs: string;
  /** The audit's thresholds (docs/method.md, "Audit of the indicator set"). */
  readonly auditHighCorrelation: number;
  readonly auditWeakCorrelation: number;
  readonly auditMinimumAlpha: number;
  readonly auditMinimumFirstComponentShare: number;
  /** Whether a benchmark also runs the uncertainty and sensitivity analysis (docs/method.md). */
  readonly sensitivityAnalysis: SwitchValue;
  /** How many replications the analysis runs (the Sobol design's runs included). */
  readonly sensitivityReplications: number;
  /** The seed of the analysis's random numbers: the same seed gives the same intervals. */
  readonly sensitivitySeed: number;
  /** What the analysis varies, as `normalise=minmax,zscore,rank; weights=25%` (src/core/sensitivity). */
  readonly sensitivityInputs: string;
}

/** A setting that is on or off. */
export type SwitchValue = "on" | "off";

export type MethodSettingKey = keyof MethodValues;

export interface SettingChoice {
  /** The stable value the engine reads. */
  readonly value: string;
  /** The words a user may write for it: the value, then bokmål, then English (the last is the one the pane shows in English); matched like headers. */
  readonly words: readonly string[];
}

export type SettingKind =
  | { readonly type: "choice"; readonly choices: readonly SettingChoice[] }
  | { readonly type: "number"; readonly minimum: number; readonly maximum: number }
  | { readonly type: "whole number"; readonly minimum: number; readonly maximum: number }
  | { readonly type: "year" }
  | { readonly type: "peer group" }
  | { readonly type: "indicator pairs" }
  | { readonly type: "varied inputs" };

interface SettingOf<Key extends MethodSettingKey> {
  readonly key: Key;
  /** The bokmål name the template writes in `Innstilling`. */
  readonly name: string;
  /** Other names accepted for it; the first is the English name. */
  readonly aliases: readonly string[];
  readonly kind: SettingKind;
  /** The value used when the setting is absent (the template writes its word, `settingCellValue`). */
  readonly defaultValue: MethodValues[Key];
}

export type MethodSetting = {
  readonly [Key in MethodSettingKey]: SettingOf<Key>;
}[MethodSettingKey];

const choice = (value: string, ...words: string[]): SettingChoice => ({
  value,
  words: [value, ...words],
});

/** A step's methods as choices: each registry name with its bokmål and English words. */
function choicesOf(registry: Readonly<Record<string, MethodDeclaration>>): SettingChoice[] {
  return Object.entries(registry).map(([value, { words }]) =>
    choice(value, ...words.nb, ...words.en)
  );
}

const choiceKind = (choices: readonly SettingChoice[]): SettingKind => ({
  type: "choice",
  choices,
});

/**
 * The replications a benchmark's robustness analysis may ask for: enough for the 5 and 95 % ranks to
 * rest on more than a handful of runs, and few enough that the pane stays within seconds at 372 units.
 */
export const sensitivitySampleLimits = { minimum: 100, maximum: 20000 } as const;

/**
 * What the analysis varies unless the Metode sheet says otherwise (docs/method.md, "What varies by
 * default"): the normalisation, and the weights by ±25 %. Not the aggregation: a geometric mean
 * accepts only values above 0, which z-scores and min-max's lowest value are not.
 */
export const defaultVariedInputs = "normalise=minmax,zscore,rank; weights=25%";

export const methodSettings: readonly MethodSetting[] = [
  {
    key: "normalisation",
    name: "Normalisering",
    aliases: ["Normalisation", "Normalization"],
    kind: choiceKind(choicesOf(normalisationMethods)),
    defaultValue: "minmax",
  },
  {
    key: "normalisationScope",
    name: "Normalisering over år",
    aliases: ["Normalisation across years"],
    kind: choiceKind([choice("per-year", "per år", "per year"), choice("pooled", "samlet")]),
    defaultValue: "per-year",
  },
  {
    key: "aggregation",
    name: "Aggregering",
    aliases: ["Aggregation"],
    kind: choiceKind(choicesOf(aggregationMethods)),
    defaultValue: "arithmetic",
  },
  {
    key: "generalisedMeanPower",
    name: "Potens for generalisert snitt",
    aliases: ["Generalised mean power"],
    kind: { type: "number", minimum: -10, maximum: 10 },
    defaultValue: 2,
  },
  {
    key: "coverageThreshold",
    name: "Dekningsgrense",
    aliases: ["Coverage threshold", "Dekningsgrad"],
    kind: { type: "number", minimum: 0, maximum: 1 },
    defaultValue: 0.6,
  },
  {
    key: "imputation",
    name: "Imputering",
    aliases: ["Imputation"],
    kind: choiceKind(choicesOf(imputationMethods)),
    defaultValue: "none",
  },
  {
    key: "outlierTreatment",
    name: "Uteliggerbehandling",
    aliases: ["Outlier treatment"],
    kind: choiceKind(choicesOf(treatmentMethods)),
    defaultValue: "none",
  },
  {
    key: "peerGroup",
    name: "Sammenligningsgruppe",
    aliases: ["Peer group"],
    kind: { type: "peer group" },
    defaultValue: "alle",
  },
  {
    key: "baseYear",
    name: "Basisår",
    aliases: ["Base year"],
    kind: { type: "year" },
    defaultValue: 2019,
  },
  // The validator's (src/core/validate, docs/validation.md): a jump must move the value by more than
  // a factor of 1 + Hoppgrense up or down, and both outliers and jumps must lie more than
  // Uteliggergrense robust standard deviations out, on the scale that fits the indicator's kind.
  {
    key: "jumpThreshold",
    name: "Hoppgrense",
    aliases: ["Jump threshold"],
    kind: { type: "number", minimum: 0, maximum: 100 },
    defaultValue: 0.5,
  },
  {
    key: "outlierThreshold",
    name: "Uteliggergrense",
    aliases: ["Outlier threshold"],
    kind: { type: "number", minimum: 0, maximum: 100 },
    defaultValue: 4,
  },
  // The on-track rating's thresholds and pace (OnTrackSettings); keys are its field names.
  {
    key: "onTrackShare",
    name: "På sporet: andel av nødvendig tempo",
    aliases: ["On track: share of the pace needed"],
    kind: { type: "number", minimum: 0, maximum: 10 },
    defaultValue: defaultOnTrackSettings.onTrackShare,
  },
  {
    key: "moderateShare",
    name: "Moderat fremgang: andel av nødvendig tempo",
    aliases: ["Moderate progress: share of the pace needed"],
    kind: { type: "number", minimum: 0, maximum: 10 },
    defaultValue: defaultOnTrackSettings.moderateShare,
  },
  {
    key: "pace",
    name: "Tempo mot mål",
    aliases: ["Pace towards target"],
    kind: choiceKind(paceChoices),
    defaultValue: defaultOnTrackSettings.pace,
  },
  // The analyses beside the index (src/core/analysis, docs/method.md): the decoupling pairs, and the
  // thresholds the audit of the indicator set flags at, with the JRC's practice as defaults.
  {
    key: "decouplingPairs",
    name: "Frikoblingspar",
    aliases: ["Decoupling pairs"],
    kind: { type: "indicator pairs" },
    defaultValue: defaultDecouplingPairs,
  },
  {
    key: "auditHighCorrelation",
    name: "Revisjon: høy korrelasjon",
    aliases: ["Audit: high correlation"],
    kind: { type: "number", minimum: 0, maximum: 1 },
    defaultValue: 0.9,
  },
  {
    key: "auditWeakCorrelation",
    name: "Revisjon: svak korrelasjon med egen dimensjon",
    aliases: ["Audit: weak correlation with own dimension"],
    kind: { type: "number", minimum: -1, maximum: 1 },
    defaultValue: 0.3,
  },
  {
    key: "auditMinimumAlpha",
    name: "Revisjon: minste Cronbachs alfa",
    aliases: ["Audit: minimum Cronbach's alpha"],
    kind: { type: "number", minimum: 0, maximum: 1 },
    defaultValue: 0.7,
  },
  {
    key: "auditMinimumFirstComponentShare",
    name: "Revisjon: minste andel for første hovedkomponent",
    aliases: ["Audit: minimum share of the first component"],
    kind: { type: "number", minimum: 0, maximum: 1 },
    defaultValue: 0.6,
  },
  // The uncertainty and sensitivity analysis of the index (src/core/sensitivity, docs/method.md):
  // on by default, with the replications, seed and varied inputs the method chapter explains.
  {
    key: "sensitivityAnalysis",
    name: "Robusthetsanalyse",
    aliases: ["Robustness analysis", "Sensitivity analysis"],
    kind: choiceKind([
      choice("on", "på", "ja", "on", "yes"),
      choice("off", "av", "nei", "no", "off"),
    ]),
    defaultValue: "on",
  },
  {
    key: "sensitivityReplications",
    name: "Robusthetsanalyse: antall replikasjoner",
    aliases: ["Robustness analysis: replications", "Antall replikasjoner", "Replications"],
    kind: { type: "whole number", ...sensitivitySampleLimits },
    defaultValue: 1000,
  },
  {
    key: "sensitivitySeed",
    name: "Robusthetsanalyse: frø",
    aliases: ["Robustness analysis: seed", "Frø", "Seed"],
    kind: { type: "whole number", minimum: 0, maximum: 2 ** 31 - 1 },
    defaultValue: 20261202,
  },
  {
    key: "sensitivityInputs",
    name: "Robusthetsanalyse: varierte valg",
    aliases: ["Robustness analysis: varied inputs", "Varierte valg", "Varied inputs"],
    kind: { type: "varied inputs" },
    defaultValue: defaultVariedInputs,
  },
];

/** Every setting at its default. */
export const defaultMethodValues = Object.fromEntries(
  methodSettings.map((setting) => [setting.key, setting.defaultValue])
) as unknown as MethodValues;

/** The Metode setting of that key. */
export function methodSettingOf(key: string): MethodSetting | undefined {
  return methodSettings.find((setting) => setting.key === key);
}

/** A setting's name as a person reads it: the bokmål name, or the English one (its first alias). */
export function settingLabel(setting: MethodSetting, language: Language): string {
  return language === "nb" ? setting.name : (setting.aliases[0] ?? setting.name);
}

/** What the Metode sheet holds for a value: a choice's bokmål word ("min-maks"), else the value. */
export function settingCellValue(setting: MethodSetting, value: string | number): string | number {
  if (setting.kind.type !== "choice") return value;
  const chosen = setting.kind.choices.find((candidate) => candidate.value === value);
  return chosen?.words[1] ?? value;
}

/** The words for "every unit" in the peer-group setting. */
export const allPeersWords: readonly string[] = ["alle", "all"];
