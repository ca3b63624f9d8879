// A downloaded table read for one indicator of Indikatorer, and what was not read as notes for the
// user: the one reading the command line (veikart import table) and the pane (a selected range) share.
import type { Language } from "../language";
import type { Indicator } from "../model";
import { valueKindOfMeasure } from "../template";
import type { SheetGrid } from "../validate/grid";
import {
  readDownloadedTable,
  type DownloadedTableReading,
  type DownloadedTableReport,
} from "./downloaded-table";

export interface IndicatorTableOptions {
  /** What Data's Kilde records for every value. */
  readonly source: string;
  /** 0-based columns of the grid; default found by their headers. */
  readonly unitColumn?: number;
  readonly yearColumns?: readonly number[];
}

/** Reads `grid` for `indicator`: counts add up across merged kommuner, and names match at its level. */
export function readTableForIndicator(
  grid: SheetGrid,
  indicator: Indicator,
  options: IndicatorTableOptions
): DownloadedTableReading {
  return readDownloadedTable(grid, {
    indicator: indicator.id,
    source: options.source,
    additive: valueKindOfMeasure(indicator.measure) === "count",
    ...(options.unitColumn === undefined ? {} : { unitColumn: options.unitColumn }),
    ...(options.yearColumns === undefined ? {} : { yearColumns: options.yearColumns }),
    ...(indicator.level === undefined || indicator.level === "begge"
      ? {}
      : { level: indicator.level }),
  });
}

const text = (language: Language, nb: string, en: string) => (language === "nb" ? nb : en);

/** One line for every cell or unit the table could not bring in, each naming its address (or unit and year). */
export function downloadedTableNotes(report: DownloadedTableReport, language: Language): string[] {
  return [
    ...report.unmatchedNames.map(({ address, text: name, candidates }) =>
      candidates.length > 0
        ? text(
            language,
            `${address}: «${name}» kan være ${candidates.join(" eller ")}`,
            `${address}: "${name}" could be ${candidates.join(" or ")}`
          )
        : text(
            language,
            `${address}: «${name}» er ingen enhet i registeret`,
            `${address}: "${name}" is no unit of the register`
          )
    ),
    ...report.unreadableCells.map(({ address, value }) =>
      text(
        language,
        `${address}: «${String(value)}» er ikke et tall`,
        `${address}: "${String(value)}" is not a number`
      )
    ),
    ...report.splits.map(({ unit, year, codes }) =>
      text(
        language,
        `${unit} ${year} er ikke importert: ${codes.join(", ")} ble delt`,
        `${unit} ${year} is not imported: ${codes.join(", ")} was split`
      )
    ),
    ...report.notAdditive.map(({ unit, year, codes }) =>
      text(
        language,
        `${unit} ${year} er ikke importert: verdiene for ${codes.join(", ")} kan ikke legges sammen`,
        `${unit} ${year} is not imported: the values of ${codes.join(", ")} do not add up`
      )
    ),
  ];
}
