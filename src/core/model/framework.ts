import type { SsbSource } from "./ssb-source";

/** +1: higher is better; -1: lower is better; 0: context (shown, not scored). */
export type Direction = 1 | -1 | 0;

export type UnitLevel = "kommune" | "fylke";

/** Which kind of unit an indicator applies to. */
export type IndicatorLevel = UnitLevel | "begge";

export interface Goalposts {
  readonly lower: number;
  readonly upper: number;
  /** The score given at the upper goalpost (COINr's goalpost_scale); default 100. */
  readonly scale?: number;
  /** Cap values outside the goalposts (COINr's goalpost_trunc2posts); default true. */
  readonly truncate?: boolean;
}

export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** The aggregate (dimension) this indicator belongs to. */
  readonly parentId: string;
  readonly direction: Direction;
  readonly weight: number;
  /** Unit of measure, such as "t CO2-ekv/innb." or "%". */
  readonly measure?: string;
  readonly level?: IndicatorLevel;
  readonly target?: number;
  readonly targetYear?: number;
  readonly goalposts?: Goalposts;
  /** Name of the denominator the raw value is divided by in the denominate step. */
  readonly denominator?: string;
  readonly source?: string;
  readonly description?: string;
  /** How the indicator is fetched from SSB's statistics bank, when it is. */
  readonly ssbSource?: SsbSource;
}

/** A node above the indicators: a dimension, a sub-index or the index itself. */
export interface Aggregate {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** Absent for the root (the index). */
  readonly parentId?: string;
  readonly weight: number;
}

/** The indicator tree: indicators under aggregates of any depth, one root aggregate. */
export interface Framework {
  readonly indicators: readonly Indicator[];
  readonly aggregates: readonly Aggregate[];
}
