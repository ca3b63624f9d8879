// The Metode sheet's method (with any overrides) as the engine's PipelineSettings.
import type { Issue } from "../model";
import type {
  AggregationMethodSettings,
  ImputationMethodName,
  ImputationSettings,
  PipelineSettings,
} from "../model/methods";
import { imputationMethods } from "../steps/impute/methods";
import { benchmarkNormalisation } from "../steps/normalise/methods";
import { headerKey, methodSettingOf, methodSettings, settingLabel } from "../template";
import { checkedOnTrackSettings, defaultOnTrackSettings, type OnTrackSettings } from "../time";
import type { MethodValues } from "../validate";
import { allowedText, settingsByName, settingValue, withValues } from "../validate/read-method";
import { reportBenchmarkIssue as report } from "./benchmark-issues";

/** The method of one run: the engine's settings and the Metode values they came from. */
export interface BenchmarkMethod {
  readonly settings: PipelineSettings;
  /** Every Metode setting as used: choices by their engine names ("minmax"), numbers, the peer group. */
  readonly values: MethodValues;
  readonly baseYear: number;
  readonly coverageThreshold: number;
  /** The Metode peer group: "alle" or a group name; the default peer set. */
  readonly peerGroup: string;
  /** The on-track rating's thresholds and pace; the defaults when the Metode values do not fit together. */
  readonly onTrack: OnTrackSettings;
}

/** A group method imputes within the run's peer groups. */
function imputationOf(method: ImputationMethodName): ImputationSettings {
  // Each registry entry that needs a group is a method whose settings name the group column.
  return (
    imputationMethods[method].needsGroup ? { method, group: "peerGroup" } : { method }
  ) as ImputationSettings;
}

function aggregationOf(values: MethodValues): AggregationMethodSettings {
  const method = values.aggregation;
  return method === "genmean" ? { method, p: values.generalisedMeanPower } : { method };
}

/** The engine's settings for a run's Metode values. */
export function pipelineSettingsOf(values: MethodValues): PipelineSettings {
  return {
    impute: imputationOf(values.imputation),
    treat: { method: values.outlierTreatment },
    normalise: {
      method: benchmarkNormalisation(values.normalisation, { baseYear: values.baseYear }),
      scope: { pooled: values.normalisationScope === "pooled" },
    },
    aggregate: {
      method: aggregationOf(values),
      minCoverage: values.coverageThreshold,
      coverageBasis: "weight",
    },
    rank: { withinPeerGroups: true },
  };
}

/**
 * The on-track settings of Metode values. Each value is already within its own range; together they must
 * also satisfy `0 < onTrackShare` and `moderateShare <= onTrackShare`. When they do not, the defaults are
 * used and a warning names the two values (the rest of the run is unaffected).
 */
function onTrackSettingsOf(values: MethodValues): { onTrack: OnTrackSettings; issues: Issue[] } {
  const checked = checkedOnTrackSettings({
    onTrackShare: values.onTrackShare,
    moderateShare: values.moderateShare,
    pace: values.pace,
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

/**
 * The run's method: the Metode values the validator read (defaults filled in) with overrides such as
 * `{ Normalisering: "z-skår" }` (any setting name, key or alias; any allowed word). An unknown setting or
 * a value outside the allowed ones is an error, and the workbook's value stays. On-track thresholds that
 * do not fit together are a warning, and the default thresholds are used.
 */
export function methodFromTemplate(
  workbookValues: MethodValues,
  overrides: Readonly<Record<string, string>>,
  peerGroups: ReadonlySet<string>
): { method: BenchmarkMethod; issues: Issue[] } {
  const issues: Issue[] = [];
  const accepted: Record<string, string | number> = {};
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
    accepted[setting.key] = value;
  }
  const values = withValues(workbookValues, accepted);
  const onTrack = onTrackSettingsOf(values);
  const method = {
    settings: pipelineSettingsOf(values),
    values,
    baseYear: values.baseYear,
    coverageThreshold: values.coverageThreshold,
    peerGroup: values.peerGroup,
    onTrack: onTrack.onTrack,
  };
  return { method, issues: [...issues, ...onTrack.issues] };
}
