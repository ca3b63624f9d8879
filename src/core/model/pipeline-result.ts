import type { Framework } from "./framework";
import type { Dataset } from "./dataset";
import type { Issue } from "./issue";
import type { PipelineSettings, StageName } from "./methods";

/** Why an aggregate has no score. Stored per cell as the index into this list (0 = it has one). */
export const missingReasons = [
  "present",
  /** No child had a value. */
  "no_data",
  /** Fewer children present than the coverage threshold asks for. */
  "below_coverage",
  /** A child's value is outside what the mean accepts (x <= 0 under a geometric mean, ...). */
  "outside_domain",
  /** The weights of the present children sum to zero. */
  "zero_weight",
] as const;
export type MissingReason = Exclude<(typeof missingReasons)[number], "present">;

export type StepName =
  | "denominate"
  | "impute"
  | "screen"
  | "treat"
  | "normalise"
  | "aggregate"
  | "rank";

/** One point the outlier treatment capped (a log-transformed column is flagged on its ColumnTreatment). */
export interface TreatedPoint {
  readonly unitCode: string;
  readonly year?: number;
  readonly indicatorId: string;
  readonly before: number;
  readonly after: number;
  readonly how: "winsorised_high" | "winsorised_low";
}

/** The treatment of one indicator in one scope (a year, or all years pooled). */
export interface ColumnTreatment {
  readonly indicatorId: string;
  readonly year?: number;
  readonly skewness: number | null;
  readonly kurtosis: number | null;
  readonly winsorisedPoints: number;
  readonly logTransformed: boolean;
  readonly passes: boolean;
}

export type StepDetails =
  | { readonly step: "denominate"; readonly denominatedIndicators: readonly string[] }
  | { readonly step: "impute"; readonly imputedCells: Readonly<Record<string, number>> }
  | { readonly step: "screen"; readonly removed: readonly { unitCode: string; year?: number }[] }
  | {
      readonly step: "treat";
      readonly columns: readonly ColumnTreatment[];
      readonly points: readonly TreatedPoint[];
    }
  | { readonly step: "normalise"; readonly methods: Readonly<Record<string, string>> }
  | { readonly step: "aggregate"; readonly methods: Readonly<Record<string, string>> }
  | { readonly step: "rank"; readonly columns: readonly string[] };

/** What one step did: enough, with `settings`, to run it again exactly. */
export interface StepLogEntry {
  readonly step: StepName;
  /** The settings the step ran with, defaults filled in. */
  readonly settings: unknown;
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  readonly issueCount: number;
  readonly details?: StepDetails;
}

/** Coverage and missing reasons of the aggregates, per row of the aggregated stage. */
export interface AggregationOutcome {
  /** Share (0..1) of each aggregate's children present, by weight or count as configured. */
  readonly coverage: Readonly<Record<string, Float64Array>>;
  /** Index into `missingReasons` per row; 0 where the aggregate has a score. */
  readonly missingReason: Readonly<Record<string, Uint8Array>>;
}

/** Ranks per row of the aggregated stage; NaN (internal) where the score is missing. */
export interface RankOutcome {
  readonly overall: Readonly<Record<string, Float64Array>>;
  readonly withinPeerGroup: Readonly<Record<string, Float64Array>>;
}

export interface PipelineResult {
  readonly framework: Framework;
  /** The settings the run used, defaults filled in. */
  readonly settings: PipelineSettings;
  /** Every stage from the start stage on. */
  readonly stages: Readonly<Partial<Record<StageName, Dataset>>>;
  readonly aggregation: AggregationOutcome;
  readonly ranks: RankOutcome;
  /** Each scored indicator's weight in the index: weights normalised within each parent, multiplied down. */
  readonly effectiveWeights: Readonly<Record<string, number>>;
  readonly issues: readonly Issue[];
  readonly log: readonly StepLogEntry[];
}
