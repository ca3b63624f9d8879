// What the time functions share: a series read from a range of values and a range of years, the trend
// method and the year arguments, and a time result turned into a cell.
import type { Issue } from "../core/issues";
import type { Bilingual } from "../core/language";
import {
  reportTimeIssue,
  trendMethodWords,
  type TimeResult,
  type TimeSeries,
  type TrendMethod,
} from "../core/time";
import { choice, optionalNumber, requiredNumber, type ArgumentRule } from "./argument-rules";
import { firstErrorIn, isBlank, type CellOutcome, type ExcelError, type Grid } from "./cell-values";

export type SeriesReading =
  | { readonly series: TimeSeries }
  | { readonly problem: Issue | ExcelError };

const yearText = /^\s*-?\d+\s*$/;

/** A year cell: a number, or text holding one (years are often typed as text headers). */
function yearIn(cell: unknown): number | undefined {
  if (typeof cell === "number") return cell;
  if (typeof cell === "string" && yearText.test(cell)) return Number(cell);
  return undefined;
}

/**
 * The series of a range of values and a range of years, paired cell by cell (row by row, so a row of
 * values can go with a column of years). A value that is not a number (blank, text such as SSB's "..")
 * is missing; a pair whose year and value are both empty is left out, so a range may run past the data.
 * An Excel error in either range is passed on; the time layer checks the rest (lengths, repeated years).
 */
export function readSeries(values: Grid, years: Grid): SeriesReading {
  const error = firstErrorIn(values) ?? firstErrorIn(years);
  if (error !== undefined) return { problem: error };
  const valueCells = values.flat();
  const yearCells = years.flat();
  if (valueCells.length !== yearCells.length)
    return {
      problem: reportTimeIssue("series_length_mismatch", {
        years: yearCells.length,
        values: valueCells.length,
      }),
    };
  const seriesYears: number[] = [];
  const seriesValues: (number | null)[] = [];
  for (let index = 0; index < valueCells.length; index++) {
    const yearCell = yearCells[index];
    const value = valueCells[index];
    const present = typeof value === "number" ? value : null;
    if (isBlank(yearCell) && present === null) continue;
    const year = yearIn(yearCell);
    if (year === undefined)
      return { problem: reportTimeIssue("series_year_invalid", { text: String(yearCell ?? "") }) };
    seriesYears.push(year);
    seriesValues.push(present);
  }
  return { series: { years: seriesYears, values: seriesValues } };
}

/** The cell of a time result: the value picked from it, or the reason (which becomes #N/A or #VALUE!). */
export function cellOf<Value>(
  result: TimeResult<Value>,
  pick: (value: Value) => CellOutcome
): CellOutcome {
  return result.ok ? pick(result.value) : result.issues[0];
}

/** How a series is carried forward: "linear" (default; also "slope", "lineær") or "cagr". */
export const trendMethod: ArgumentRule<TrendMethod> = choice("method", trendMethodWords, "linear");

const yearLimits = {
  minimum: 1000,
  maximum: 9999,
  accepts: { nb: "et årstall, for eksempel 2030", en: "a year such as 2030" },
};

/** What a target argument must be. */
export const targetAccepted: Bilingual = {
  nb: "målverdien, et tall",
  en: "the target value, a number",
};

/** An optional year (such as the year to project to). */
export const optionalYear = (name: string) => optionalNumber(name, yearLimits);

/** A required year (such as the target year). */
export const requiredYear = (name: string) => requiredNumber(name, yearLimits.accepts);
