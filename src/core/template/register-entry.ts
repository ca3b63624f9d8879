import type { UnitLevel } from "../model";

/** One unit of the official register: a kommune (4-digit code) or a fylke (2-digit code). */
export interface RegisterEntry {
  readonly code: string;
  /** SSB's first name, without parallel names (a few are Sami: 5612 Guovdageaidnu). */
  readonly name: string;
  /** The other official names: the Norwegian name when `name` is Sami, and Sami or Kven names. */
  readonly otherNames: readonly string[];
  /** SSB's name string as published, such as "Guovdageaidnu - Kautokeino". */
  readonly fullName: string;
  readonly level: UnitLevel;
}

/** A code that a reform retired, with the code or codes that took over its area. */
export interface RetiredCode {
  readonly code: string;
  readonly name: string;
  /** The year from whose 1 January the code is no longer valid. */
  readonly retiredIn: number;
  readonly replacedBy: readonly string[];
  readonly level: UnitLevel;
}
