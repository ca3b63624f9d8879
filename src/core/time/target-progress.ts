import { baselineAndLatest, finiteNumber, type TimeSeries } from "./series";
import { directionTowards, meetsTarget, type TargetDirection } from "./target-direction";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import { finiteResult, type TimeResult } from "./time-result";

export interface ProgressInput {
  readonly baseline: number;
  readonly latest: number;
  readonly target: number;
  /** Default: towards the target from the baseline (a target above the baseline means higher is better). */
  readonly direction?: TargetDirection;
}

export interface TargetProgress {
  /**
   * The share of the distance from the baseline to the target covered, `(x_latest - x_base)/(target - x_base)`:
   * 0 = no change, 1 = reached, above 1 = beyond the target, negative = moved away.
   */
  readonly share: number;
  /** The latest value is at the target or beyond it in the direction. */
  readonly reached: boolean;
  readonly direction: TargetDirection;
}

/**
 * Progress towards a target. The share is the same for either direction when the target differs from the
 * baseline; the direction decides what "reached" means and the case where the baseline already met the
 * target: then the share is 1 if the latest value still meets it, else `baseline_beyond_target`.
 */
export function progressTowardsTarget(input: ProgressInput): TimeResult<TargetProgress> {
  const baseline = finiteNumber("baseline", input.baseline);
  if (!baseline.ok) return baseline;
  const latest = finiteNumber("latest value", input.latest);
  if (!latest.ok) return latest;
  const target = finiteNumber("target", input.target);
  if (!target.ok) return target;
  const direction = directionTowards(baseline.value, target.value, input.direction);
  if (!direction.ok) return direction;
  const d = direction.value;
  const reached = meetsTarget(latest.value, target.value, d);
  if (meetsTarget(baseline.value, target.value, d)) {
    if (reached) return ok({ share: 1, reached, direction: d });
    return failure(
      reportTimeIssue("baseline_beyond_target", {
        baseline: baseline.value,
        target: target.value,
      })
    );
  }
  const share = (latest.value - baseline.value) / (target.value - baseline.value);
  return finiteResult({ share, reached, direction: d }, [share]);
}

export interface SeriesTargetOptions {
  /** Default: towards the target from the baseline value. */
  readonly direction?: TargetDirection;
  /** Default: the first year with a value. */
  readonly baselineYear?: number;
}

export interface SeriesProgress extends TargetProgress {
  readonly baselineYear: number;
  readonly baselineValue: number;
  readonly latestYear: number;
  readonly latestValue: number;
}

/** Progress of a series: from the baseline year's value (default the first) to the latest present value. */
export function progressOfSeries(
  series: TimeSeries,
  target: number,
  options: SeriesTargetOptions = {}
): TimeResult<SeriesProgress> {
  const ends = baselineAndLatest(series, options.baselineYear);
  if (!ends.ok) return ends;
  const { baseline, latest } = ends.value;
  const progress = progressTowardsTarget({
    baseline: baseline.value,
    latest: latest.value,
    target,
    ...(options.direction === undefined ? {} : { direction: options.direction }),
  });
  if (!progress.ok) return progress;
  return ok({
    ...progress.value,
    baselineYear: baseline.year,
    baselineValue: baseline.value,
    latestYear: latest.year,
    latestValue: latest.value,
  });
}
