// One weighted mean split into its children's points: its own module, free of the analysis's issue
// catalogue and the pipeline, so that VEIKART.CONTRIBUTION bundles it without them.
import type { AggregationMethodSettings } from "../model/methods";
import type { Decomposition } from "./contributions";

/** A child's part of its parent's score (points in the parent's units), or why there is none. */
export type ChildPoints =
  | { readonly ok: true; readonly points: Float64Array; readonly kind: Decomposition }
  | { readonly ok: false; readonly reason: "no_decomposition" | "log_of_one" };

/**
 * Splits one weighted mean of present values into its children's points, which sum to the mean:
 * arithmetic `w·x/Σw`; geometric `m·(w·ln x/Σw)/ln m`; generalised, p > 0, `m·(w·x^p/Σw)/m^p`. The
 * harmonic mean and p < 0 have none (a better score would get a smaller share). `mean` is the mean as
 * the engine computed it.
 */
export function pointsOfChildren(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  method: AggregationMethodSettings,
  mean: number
): ChildPoints {
  const count = values.length;
  let weightSum = 0;
  for (let index = 0; index < count; index++) weightSum += weights[index] as number;
  const points = new Float64Array(count);
  const power =
    method.method === "arithmetic"
      ? 1
      : method.method === "geometric"
        ? 0
        : method.method === "genmean"
          ? method.p
          : -1;
  if (power < 0) return { ok: false, reason: "no_decomposition" };
  if (power === 1) {
    for (let index = 0; index < count; index++)
      points[index] = ((weights[index] as number) * (values[index] as number)) / weightSum;
    return { ok: true, points, kind: "arithmetic" };
  }
  if (power === 0) {
    const logOfMean = Math.log(mean);
    if (logOfMean === 0) return { ok: false, reason: "log_of_one" };
    for (let index = 0; index < count; index++)
      points[index] =
        (mean * ((weights[index] as number) * Math.log(values[index] as number))) /
        (weightSum * logOfMean);
    return { ok: true, points, kind: "log-shares" };
  }
  const meanPower = Math.pow(mean, power);
  for (let index = 0; index < count; index++)
    points[index] =
      meanPower === 0
        ? 0
        : (mean * ((weights[index] as number) * Math.pow(values[index] as number, power))) /
          (weightSum * meanPower);
  return { ok: true, points, kind: "power-shares" };
}
