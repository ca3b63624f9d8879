// Tables as records: columns with a record key, header, number format and width, and rows keyed alike.
import type { Language } from "../language";
import type { PlanCell } from "../sheet-plan";
import { benchmarkHeaders as headers } from "./benchmark-texts";

export interface BenchmarkColumn {
  /** The record key of the column (the JSON field). */
  readonly key: string;
  readonly header: string;
  readonly numberFormat?: string;
  readonly width?: number;
}

/** A table as columns and records keyed by column key. */
export interface BenchmarkTable {
  readonly columns: readonly BenchmarkColumn[];
  readonly rows: readonly Readonly<Record<string, PlanCell>>[];
}

export const numberFormats = {
  score: "0.0",
  share: "0%",
  whole: "0",
  scoreChange: "+0.0;-0.0;0.0",
  rankChange: "+0;-0;0",
  growthRate: "+0.0%;-0.0%;0.0%",
  text: "@",
} as const;

/** The unit's code (kept as text, so "0301" keeps its zero) and name, the first columns of a unit table. */
export function unitColumns(language: Language): BenchmarkColumn[] {
  return [
    {
      key: "unitCode",
      header: headers.unitCode[language],
      numberFormat: numberFormats.text,
      width: 8,
    },
    { key: "unitName", header: headers.unitName[language], width: 20 },
  ];
}
