export type {
  Direction,
  UnitLevel,
  IndicatorLevel,
  Goalposts,
  Indicator,
  Aggregate,
  Framework,
} from "./framework";
export type { Unit } from "./units";
export { parseDirection, directionWordsAccepted } from "./direction";
export type { Quality, Observation } from "./observations";
export type { Severity, Issue, Result } from "./issue";
export { ok, failure } from "./issue";
