import type { Bilingual } from "../language";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import type { TimeResult } from "./time-result";

/** How the pace is measured: change per year (linear, as the SDG Index) or compound growth (as Open SDG). */
export type PaceMeasure = "linear" | "compound";

/**
 * The on-track rating's thresholds on `observed pace / needed pace`: at least `onTrackShare` is on track,
 * at least `moderateShare` moderate progress, at least 0 stagnating, below 0 moving away.
 */
export interface OnTrackSettings {
  readonly onTrackShare: number;
  readonly moderateShare: number;
  readonly pace: PaceMeasure;
}

export const defaultOnTrackSettings: OnTrackSettings = {
  onTrackShare: 0.95,
  moderateShare: 0.5,
  pace: "linear",
};

const paceMeasures: readonly PaceMeasure[] = ["linear", "compound"];

/** The words users write for each pace, in the Metode sheet and in VEIKART.ONTRACK. */
export const paceChoices: readonly {
  readonly value: PaceMeasure;
  readonly words: readonly string[];
}[] = [
  { value: "linear", words: ["linear", "lineær", "endring per år", "change per year"] },
  { value: "compound", words: ["compound", "årlig vekstrate", "cagr", "compound annual growth"] },
];

/** Each pace word and the pace it names. */
export const paceMeasureWords: Readonly<Record<string, PaceMeasure>> = Object.fromEntries(
  paceChoices.flatMap((choice) => choice.words.map((word) => [word, choice.value]))
);

/**
 * The settings with defaults filled in, or `on_track_setting_invalid` when a share is not a finite number,
 * `moderateShare` is below 0 or above `onTrackShare`, or the pace is neither "linear" nor "compound".
 */
export function checkedOnTrackSettings(
  settings: Partial<OnTrackSettings> = {}
): TimeResult<OnTrackSettings> {
  const resolved: OnTrackSettings = { ...defaultOnTrackSettings, ...settings };
  const invalid = (setting: keyof OnTrackSettings, expected: Bilingual) =>
    failure(
      reportTimeIssue("on_track_setting_invalid", {
        setting,
        value: String(resolved[setting]),
        expected,
      })
    );
  if (!Number.isFinite(resolved.onTrackShare) || resolved.onTrackShare <= 0)
    return invalid("onTrackShare", { nb: "et tall over 0", en: "a number above 0" });
  if (
    !Number.isFinite(resolved.moderateShare) ||
    resolved.moderateShare < 0 ||
    resolved.moderateShare > resolved.onTrackShare
  )
    return invalid("moderateShare", {
      nb: `et tall fra 0 til onTrackShare (${resolved.onTrackShare})`,
      en: `a number from 0 to onTrackShare (${resolved.onTrackShare})`,
    });
  if (!paceMeasures.includes(resolved.pace))
    return invalid("pace", { nb: `"linear" eller "compound"`, en: `"linear" or "compound"` });
  return ok(resolved);
}
