// The settings of the Metode sheet: what a run uses, stored in the workbook so it can be repeated.
// Choice values are the method names of the engine's PipelineSettings (src/core/model/methods.ts); the
// on-track settings last are the time layer's (src/core/time/on-track-settings.ts).
import type { Language } from "../language";
import { onTrackMethodSettings } from "../time/on-track-settings";

export interface SettingChoice {
  /** The stable value the engine reads. */
  readonly value: string;
  /** The words a user may write for it (bokmål first, then English); matched like headers. */
  readonly words: readonly string[];
}

export type SettingKind =
  | { readonly type: "choice"; readonly choices: readonly SettingChoice[] }
  | { readonly type: "number"; readonly minimum: number; readonly maximum: number }
  | { readonly type: "year" }
  | { readonly type: "peer group" };

export interface MethodSetting {
  readonly key: string;
  /** The bokmål name the template writes in `Innstilling`. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: SettingKind;
  /** The value written by the template and used when the setting is absent. */
  readonly defaultValue: string | number;
}

const choice = (value: string, ...words: string[]): SettingChoice => ({
  value,
  words: [value, ...words],
});

export const methodSettings: readonly MethodSetting[] = [
  {
    key: "normalisation",
    name: "Normalisering",
    aliases: ["Normalisation", "Normalization"],
    kind: {
      type: "choice",
      choices: [
        choice("minmax", "min-maks", "min-max"),
        choice("zscore", "z-skår", "z-score"),
        choice("rank", "rangering"),
        choice("prank", "persentil", "percentile rank", "percentile"),
        choice("borda"),
        choice("goalposts", "målstolper"),
        choice("dist2target", "avstand til mål", "distance to target"),
        choice("dist2max", "avstand til maks", "distance to maximum"),
        choice("index", "indeks", "index to base year"),
        choice("grade", "karakter"),
      ],
    },
    defaultValue: "min-maks",
  },
  {
    key: "normalisationScope",
    name: "Normalisering over år",
    aliases: ["Normalisation across years"],
    kind: {
      type: "choice",
      choices: [choice("per-year", "per år", "per year"), choice("pooled", "samlet")],
    },
    defaultValue: "per år",
  },
  {
    key: "aggregation",
    name: "Aggregering",
    aliases: ["Aggregation"],
    kind: {
      type: "choice",
      choices: [
        choice("arithmetic", "aritmetisk"),
        choice("geometric", "geometrisk"),
        choice("harmonic", "harmonisk"),
        choice("genmean", "generalisert", "generalised", "generalized"),
      ],
    },
    defaultValue: "aritmetisk",
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
    kind: {
      type: "choice",
      choices: [
        choice("none", "ingen"),
        choice("mean", "gjennomsnitt"),
        choice("median"),
        choice("group-mean", "gruppegjennomsnitt", "group mean"),
        choice("group-median", "gruppemedian", "group median"),
        choice("last-value", "siste verdi", "last value carried forward"),
        choice("linear", "lineær"),
      ],
    },
    defaultValue: "ingen",
  },
  {
    key: "outlierTreatment",
    name: "Uteliggerbehandling",
    aliases: ["Outlier treatment"],
    kind: {
      type: "choice",
      choices: [choice("none", "ingen"), choice("winsorise", "winsorisering", "winsorize")],
    },
    defaultValue: "ingen",
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
  ...onTrackMethodSettings,
];

/** The words for "every unit" in the peer-group setting. */
/** The Metode setting of that key. */
export function methodSettingOf(key: string): MethodSetting | undefined {
  return methodSettings.find((setting) => setting.key === key);
}

/** A setting's name as a person reads it: the bokmål name, or the English one (its first alias). */
export function settingLabel(setting: MethodSetting, language: Language): string {
  return language === "nb" ? setting.name : (setting.aliases[0] ?? setting.name);
}

export const allPeersWords: readonly string[] = ["alle", "all"];
