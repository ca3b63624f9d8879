// The gap to a higher rank: the smallest change in one raw value that lifts a unit's index past a target.
import type { Issue } from "../model/issue";

/** What the unit is to pass: the unit(s) ranked just above it, its peers' median index, or a rank. */
export type GapTarget =
  | { readonly kind: "next-rank" }
  /** The median index of these units (the unit itself left out). */
  | { readonly kind: "peer-median"; readonly peers: readonly string[] }
  | { readonly kind: "rank"; readonly rank: number };

export interface GapOptions {
  /** Default the run's latest year. */
  readonly year?: number;
}

/** Where a gap was searched for, in the indicator's raw values. */
export interface SearchedRange {
  readonly lower: number;
  readonly upper: number;
}

export interface Gap {
  readonly indicatorId: string;
  /** True when some value in the searched range lifts the unit past the target (or it is already past). */
  readonly reachable: boolean;
  /** Why there is no gap to report, or that the target is already reached. */
  readonly reason?: Issue;
  readonly currentValue: number | null;
  /** The raw value needed (all else unchanged). */
  readonly newValue: number | null;
  /** newValue − currentValue, in the indicator's unit. */
  readonly rawChange: number | null;
  /** The change in per cent of the current value; null when that is 0. */
  readonly percentChange: number | null;
  /** The unit's index and overall rank with the new value. */
  readonly newIndex: number | null;
  readonly newRank: number | null;
  readonly searched: SearchedRange | null;
}
