import type { Language } from "../language";
import { growthRateBetween } from "./growth-rate";
import {
  checkedOnTrackSettings,
  defaultOnTrackSettings,
  type OnTrackSettings,
  type PaceMeasure,
} from "./on-track-settings";
import {
  baselineAndLatest,
  finiteNumber,
  tooFewAfterBaseline,
  type SeriesPoint,
  type TimeSeries,
} from "./series";
import { directionTowards, meetsTarget, type TargetDirection } from "./target-direction";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import { finiteResult, type TimeResult } from "./time-result";

export const onTrackRatings = ["on_track", "moderate", "stagnating", "moving_away"] as const;
export type OnTrackRating = (typeof onTrackRatings)[number];

/** The ratings as the workbook shows them. */
export const onTrackRatingLabels: {
  readonly [Rating in OnTrackRating]: { readonly [Tongue in Language]: string };
} = {
  on_track: { nb: "på sporet", en: "on track" },
  moderate: { nb: "moderat fremgang", en: "moderate progress" },
  stagnating: { nb: "stagnerer", en: "stagnating" },
  moving_away: { nb: "går feil vei", en: "moving away" },
};

export interface Target {
  readonly value: number;
  readonly year: number;
}

export interface OnTrackOptions {
  /** Default: towards the target from the baseline value. */
  readonly direction?: TargetDirection;
  /** Default: the first year with a value. */
  readonly baselineYear?: number;
  readonly settings?: Partial<OnTrackSettings>;
}

export interface OnTrackAssessment {
  readonly rating: OnTrackRating;
  /** `observedPace / neededPace`; null when the target was reached or met at the baseline already. */
  readonly paceRatio: number | null;
  /** Per year since the baseline: change (linear) or compound growth rate; null where not computed. */
  readonly observedPace: number | null;
  readonly neededPace: number | null;
  readonly pace: PaceMeasure;
  readonly targetReached: boolean;
  /** The latest year is the target year or later and the target is not reached: on track is ruled out. */
  readonly targetYearPassed: boolean;
  readonly direction: TargetDirection;
  readonly baseline: SeriesPoint;
  readonly latest: SeriesPoint;
}

/** The rating of a pace ratio: >= onTrackShare on track, >= moderateShare moderate, >= 0 stagnating, else moving away. */
export function ratingOfPaceRatio(
  paceRatio: number,
  settings: OnTrackSettings = defaultOnTrackSettings
): OnTrackRating {
  if (paceRatio >= settings.onTrackShare) return "on_track";
  if (paceRatio >= settings.moderateShare) return "moderate";
  if (paceRatio >= 0) return "stagnating";
  return "moving_away";
}

/** Pace per year from `from` to `to`: linear change per year, or the compound growth rate. */
function paceBetween(from: SeriesPoint, to: SeriesPoint, pace: PaceMeasure): TimeResult<number> {
  if (pace === "linear") return ok((to.value - from.value) / (to.year - from.year));
  const growth = growthRateBetween(from, to);
  return growth.ok ? ok(growth.value.rate) : growth;
}

/**
 * The on-track rating in the manner of the SDG Index and Open SDG (Statistics Canada): the observed pace
 * from the baseline to the latest value, against the pace needed from the baseline to reach the target in the
 * target year. Reached (latest at or beyond the target) is on track; a baseline that met the target and a
 * latest value that no longer does is moving away. Otherwise the rating of `observed/needed`, except that on
 * track becomes moderate when the target year has passed without reaching the target.
 */
export function onTrackRating(
  series: TimeSeries,
  target: Target,
  options: OnTrackOptions = {}
): TimeResult<OnTrackAssessment> {
  const settings = checkedOnTrackSettings(options.settings);
  if (!settings.ok) return settings;
  const targetValue = finiteNumber("target", target?.value);
  if (!targetValue.ok) return targetValue;
  const targetYear = finiteNumber("target year", target?.year);
  if (!targetYear.ok) return targetYear;
  const ends = baselineAndLatest(series, options.baselineYear);
  if (!ends.ok) return ends;
  const { baseline, latest } = ends.value;
  const direction = directionTowards(baseline.value, targetValue.value, options.direction);
  if (!direction.ok) return direction;
  const d = direction.value;
  const pace = settings.value.pace;
  const assessment = {
    pace,
    direction: d,
    baseline,
    latest,
    targetYearPassed: false,
  };
  if (meetsTarget(latest.value, targetValue.value, d))
    return ok({
      ...assessment,
      rating: "on_track",
      paceRatio: null,
      observedPace: null,
      neededPace: null,
      targetReached: true,
    });
  if (latest.year <= baseline.year) return tooFewAfterBaseline(ends.value);
  const observed = paceBetween(baseline, latest, pace);
  if (!observed.ok) return observed;
  if (meetsTarget(baseline.value, targetValue.value, d))
    return finiteResult(
      {
        ...assessment,
        rating: "moving_away",
        paceRatio: null,
        observedPace: observed.value,
        neededPace: null,
        targetReached: false,
      },
      [observed.value]
    );
  if (targetYear.value <= baseline.year)
    return failure(
      reportTimeIssue("target_year_not_after_baseline", {
        targetYear: targetYear.value,
        baselineYear: baseline.year,
      })
    );
  const needed = paceBetween(baseline, { year: targetYear.value, value: targetValue.value }, pace);
  if (!needed.ok) return needed;
  const paceRatio = observed.value / needed.value;
  const targetYearPassed = latest.year >= targetYear.value;
  const rating = ratingOfPaceRatio(paceRatio, settings.value);
  return finiteResult(
    {
      ...assessment,
      rating: targetYearPassed && rating === "on_track" ? "moderate" : rating,
      paceRatio,
      observedPace: observed.value,
      neededPace: needed.value,
      targetReached: false,
      targetYearPassed,
    },
    [paceRatio, observed.value, needed.value]
  );
}
