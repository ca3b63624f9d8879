import type { UnitLevel } from "./framework";

export interface Unit {
  /** Kommunenummer (4 digits) or fylkesnummer (2 digits), always text: "0301". */
  readonly code: string;
  readonly name: string;
  readonly level?: UnitLevel;
  /** The peer group the unit is compared within, such as "storby". */
  readonly peerGroup?: string;
  /** Further grouping columns by name (COINr's group columns), used by group imputation. */
  readonly groups?: Readonly<Record<string, string>>;
  /** Denominators by name (population, area, ...), used by the denominate step. */
  readonly denominators?: Readonly<Record<string, number>>;
}

/** The peer groups the units name, each once, in the order they first appear. */
export function peerGroupsOf(units: readonly Unit[]): Set<string> {
  return new Set(units.flatMap((unit) => (unit.peerGroup === undefined ? [] : [unit.peerGroup])));
}
