import type { MissingSymbol } from "../model";

/** One value brought in from outside the workbook, in the workbook's register, ready for Data. */
export interface ImportedObservation {
  /** The unit's code in the workbook's register (the 2024 codes). */
  readonly unit: string;
  readonly indicator: string;
  readonly year: number;
  /** null when missing at the source, with `missing` saying why. */
  readonly value: number | null;
  /** SSB's symbol for why the value is missing; written to Data's Kvalitet. */
  readonly missing?: MissingSymbol;
  /** What Data's Kilde records: "SSB 07459/Personer1, oppdatert 2025-02-20T07:00:00Z". */
  readonly source: string;
}
