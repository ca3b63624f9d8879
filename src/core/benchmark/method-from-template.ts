// The Metode sheet's settings (with any overrides) as the engine's PipelineSettings.
import type { Issue } from "../model";
import type {
  AggregationMethodSettings,
  ImputationSettings,
  NormalisationMethodSettings,
  PipelineSettings,
  TreatmentSettings,
} from "../model/methods";
import {
  headerKey,
  methodSettingOf,
  methodSettings,
  settingLabel,
  type MethodSetting,
} from "../template";
import { checkedOnTrackSettings, defaultOnTrackSettings, type OnTrackSettings } from "../time";
import type { MethodValues } from "../validate";
import { allowedText, settingsByName, settingValue } from "../validate/read-method";
import { reportBenchmarkIssue as report } from "./benchmark-issues";

/** The method of one run: the engine's settings and the Metode values they came from. */
export interface BenchmarkMethod {
  readonly settings: PipelineSettings;
  /** Every Metode setting by key as used: choice values ("minmax"), numbers, the peer group ("alle"). */
  readonly values: Readonly<Record<string, string | number>>;
  readonly baseYear: number;
  readonly coverageThreshold: number;
  /** The Metode peer group: "alle" or a group name; the default peer set. */
  readonly peerGroup: string;
  /** The on-track rating's thresholds and pace; the defaults when the Metode values do not fit together. */
  readonly onTrack: OnTrackSettings;
}

/** Scores from min-max, distance to target and distance to the maximum all run from 0 to 100. */
const scoreScale = 100;

function normalisationOf(method: string, baseYear: number): NormalisationMethodSettings {
  switch (method) {
    case "zscore":
    case "rank":
    case "prank":
    case "borda":
    case "goalposts":
    case "grade":
      return { method };
    case "dist2target":
    case "dist2max":
      return { method, scale: scoreScale };
    case "index":
      return { method, baseYear };
    default:
      return { method: "minmax", lower: 0, upper: scoreScale };
  }
}

function aggregationOf(method: string, power: number): AggregationMethodSettings {
  if (method === "geometric" || method === "harmonic") return { method };
  if (method === "genmean") return { method, p: power };
  return { method: "arithmetic" };
}

function imputationOf(method: string): ImputationSettings {
  switch (method) {
    case "mean":
    case "median":
    case "last-value":
    case "linear":
      return { method };
    case "group-mean":
    case "group-median":
      return { method, group: "peerGroup" };
    default:
      return { method: "none" };
  }
}

function treatmentOf(method: string): TreatmentSettings {
  return method === "winsorise" ? { method: "winsorise" } : { method: "none" };
}

/** The engine's settings for a set of resolved Metode values. */
export function pipelineSettingsOf(values: Readonly<Record<string, string | number>>): {
  settings: PipelineSettings;
  baseYear: number;
  coverageThreshold: number;
} {
  const text = (key: string) => String(values[key]);
  const number = (key: string) => Number(values[key]);
  const baseYear = number("baseYear");
  const coverageThreshold = number("coverageThreshold");
  return {
    baseYear,
    coverageThreshold,
    settings: {
      impute: imputationOf(text("imputation")),
      treat: treatmentOf(text("outlierTreatment")),
      normalise: {
        method: normalisationOf(text("normalisation"), baseYear),
        scope: { pooled: text("normalisationScope") === "pooled" },
      },
      aggregate: {
        method: aggregationOf(text("aggregation"), number("generalisedMeanPower")),
        minCoverage: coverageThreshold,
        coverageBasis: "weight",
      },
      rank: { withinPeerGroups: true },
    },
  };
}

/**
 * The on-track settings of resolved Metode values. Each value is already within its own range; together
 * they must also satisfy `0 < onTrackShare` and `moderateShare <= onTrackShare`. When they do not, the
 * defaults are used and a warning names the two values (the rest of the run is unaffected).
 */
function onTrackSettingsOf(values: Readonly<Record<string, string | number>>): {
  onTrack: OnTrackSettings;
  issues: Issue[];
} {
  const checked = checkedOnTrackSettings({
    onTrackShare: Number(values.onTrackShare ?? defaultOnTrackSettings.onTrackShare),
    moderateShare: Number(values.moderateShare ?? defaultOnTrackSettings.moderateShare),
    pace: values.pace === "compound" ? "compound" : "linear",
  });
  if (checked.ok) return { onTrack: checked.value, issues: [] };
  const shareSetting = (key: "onTrackShare" | "moderateShare") => {
    const setting = methodSettingOf(key);
    const value = String(values[key]);
    return setting === undefined
      ? { nb: key, en: key, value }
      : { nb: setting.name, en: settingLabel(setting, "en"), value };
  };
  return {
    onTrack: defaultOnTrackSettings,
    issues: [
      report("on_track_settings_invalid", {
        onTrack: shareSetting("onTrackShare"),
        moderate: shareSetting("moderateShare"),
        defaults: defaultOnTrackSettings,
      }),
    ],
  };
}

function resolved(
  setting: MethodSetting,
  value: unknown,
  peerGroups: ReadonlySet<string>
): string | number {
  return (
    settingValue(setting, value, peerGroups) ??
    settingValue(setting, setting.defaultValue, peerGroups) ??
    setting.defaultValue
  );
}

/**
 * Maps the Metode values the validator read (defaults filled in) and overrides such as
 * `{ Normalisering: "z-skår" }` (any setting name, key or alias; any allowed word) to a run's method.
 * An unknown setting or a value outside the allowed ones is an error, and the workbook's value stays.
 * On-track thresholds that do not fit together are a warning, and the default thresholds are used.
 */
export function methodFromTemplate(
  workbookValues: MethodValues,
  overrides: Readonly<Record<string, string>>,
  peerGroups: ReadonlySet<string>
): { method: BenchmarkMethod; issues: Issue[] } {
  const issues: Issue[] = [];
  const values: Record<string, string | number> = {};
  for (const setting of methodSettings)
    values[setting.key] = resolved(setting, workbookValues[setting.key], peerGroups);
  for (const [name, text] of Object.entries(overrides)) {
    const setting = settingsByName.get(headerKey(name));
    if (setting === undefined) {
      const known = methodSettings.map((candidate) => candidate.key);
      issues.push(report("method_setting_unknown", { setting: name, known }, { value: name }));
      continue;
    }
    const value = settingValue(setting, text, peerGroups);
    if (value === undefined) {
      const allowed = allowedText(setting, peerGroups);
      issues.push(
        report(
          "method_value_invalid",
          { setting: setting.name, value: text, allowed },
          { value: text }
        )
      );
      continue;
    }
    values[setting.key] = value;
  }
  const { settings, baseYear, coverageThreshold } = pipelineSettingsOf(values);
  const onTrack = onTrackSettingsOf(values);
  const method = {
    settings,
    values,
    baseYear,
    coverageThreshold,
    peerGroup: String(values.peerGroup),
    onTrack: onTrack.onTrack,
  };
  return { method, issues: [...issues, ...onTrack.issues] };
}
