/** What went wrong in a normalisation kernel; the step turns it into an Issue. */
export type NormalisationProblem =
  | { readonly kind: "all_missing" }
  | { readonly kind: "zero_range" }
  | { readonly kind: "too_few_values"; readonly needed: number; readonly present: number }
  | { readonly kind: "target_not_above_minimum" }
  | { readonly kind: "missing_base_value"; readonly baseYear: number };

/** A kernel's scores (NaN = missing) and the problem that made some or all of them missing. */
export interface NormalisationOutput {
  readonly scores: Float64Array;
  readonly problem?: NormalisationProblem;
}

export function missingScores(length: number): Float64Array {
  return new Float64Array(length).fill(Number.NaN);
}

/** all_missing without present values, too_few_values with fewer than `needed`; else nothing. */
export function presenceProblem(present: number, needed = 1): NormalisationProblem | undefined {
  if (present === 0) return { kind: "all_missing" };
  if (present < needed) return { kind: "too_few_values", needed, present };
  return undefined;
}
