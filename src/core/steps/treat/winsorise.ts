import { kurtosisOf, skewnessOf } from "../statistics";

export interface OutlierRule {
  /** Maximum number of points to winsorise (COINr's winmax, default 5). */
  readonly winmax: number;
  /** A column passes when |skewness| is below this (default 2) ... */
  readonly skewThreshold: number;
  /** ... or its excess kurtosis is below this (default 3.5). */
  readonly kurtosisThreshold: number;
}

export const coinrOutlierRule: OutlierRule = {
  winmax: 5,
  skewThreshold: 2,
  kurtosisThreshold: 3.5,
};

export interface ShapeCheck {
  readonly skewness: number;
  readonly kurtosis: number;
  readonly passes: boolean;
}

/** COINr's check_SkewKurt: passes when |skewness| < threshold or kurtosis < threshold. */
export function checkShape(
  values: ArrayLike<number>,
  rule: OutlierRule = coinrOutlierRule
): ShapeCheck {
  const skewness = skewnessOf(values);
  const kurtosis = kurtosisOf(values);
  return {
    skewness,
    kurtosis,
    passes: Math.abs(skewness) < rule.skewThreshold || kurtosis < rule.kurtosisThreshold,
  };
}

export interface ColumnTreatmentOutcome {
  readonly values: Float64Array;
  readonly before: ShapeCheck;
  readonly after: ShapeCheck;
  readonly winsorisedPoints: number;
  readonly logTransformed: boolean;
}

function extremeIndexes(values: Float64Array, high: boolean): { indexes: number[]; next: number } {
  let extreme = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  for (const value of values)
    if (!Number.isNaN(value) && (high ? value > extreme : value < extreme)) extreme = value;
  const indexes: number[] = [];
  let next = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  values.forEach((value, index) => {
    if (Number.isNaN(value)) return;
    if (value === extreme) indexes.push(index);
    else if (high ? value > next : value < next) next = value;
  });
  return { indexes, next };
}

/** COINr's log_CT: `ln(x - min + 0.01 * (max - min))`. */
export function logTransform(values: Float64Array): Float64Array {
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
  }
  return values.map((value) => Math.log(value - minimum + 0.01 * (maximum - minimum)));
}

/**
 * COINr's default treatment of one column (needs at least 4 present values): if the shape check fails,
 * winsorise one extreme at a time on the side of the skew (every value equal to the maximum becomes the
 * next-highest, or the same at the minimum) while it fails and fewer than `winmax` points are capped (ties
 * count as several points); if it still fails, the original column is log-transformed instead.
 */
export function treatColumn(
  values: Float64Array,
  rule: OutlierRule = coinrOutlierRule
): ColumnTreatmentOutcome {
  const before = checkShape(values, rule);
  if (before.passes || Number.isNaN(before.skewness))
    return {
      values: Float64Array.from(values),
      before,
      after: before,
      winsorisedPoints: 0,
      logTransformed: false,
    };

  const winsorised = Float64Array.from(values);
  let check = before;
  let lastHigh: number[] = [];
  let lastLow: number[] = [];
  let capped = 0;
  while (!check.passes && capped < rule.winmax) {
    const high = check.skewness >= 0;
    const { indexes, next } = extremeIndexes(winsorised, high);
    if (!Number.isFinite(next)) break;
    for (const index of indexes) winsorised[index] = next;
    if (high) lastHigh = indexes;
    else lastLow = indexes;
    // As COINr counts: the points capped in the latest round on each side (earlier rounds are tied to them).
    capped = lastHigh.length + lastLow.length;
    check = checkShape(winsorised, rule);
  }
  if (check.passes) {
    let changed = 0;
    for (let index = 0; index < values.length; index++)
      if (winsorised[index] !== values[index]) changed++;
    return {
      values: winsorised,
      before,
      after: check,
      winsorisedPoints: changed,
      logTransformed: false,
    };
  }
  const logged = logTransform(values);
  return {
    values: logged,
    before,
    after: checkShape(logged, rule),
    winsorisedPoints: 0,
    logTransformed: true,
  };
}
