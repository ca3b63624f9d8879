// Data: the Data sheet read into observations, reporting every cell that cannot be read as meant.
import type { Indicator, Issue, Observation, Quality, Unit } from "../model";
import { dataSheet, indicatorFitsLevel } from "../template";
import {
  excelErrorOf,
  isPercentFormat,
  missingValueSymbols,
  readNumber,
  shownValue,
} from "./cell-values";
import { numberFormatAt, rowNumberOf } from "./grid";
import { fieldReader, type FieldReader } from "./read-fields";
import type { SheetTable } from "./read-tables";
import { readUnitCode } from "./unit-codes";
import { reportValidationIssue as report } from "./validation-issues";

export type DataKey = (typeof dataSheet.columns)[number]["key"];

export const earliestYear = 1950;
export const latestYear = 2100;

export interface ObservationsReading {
  readonly observations: readonly Observation[];
  /** The Data row of each observation, in the same order. */
  readonly observationRows: readonly number[];
}

interface Known {
  readonly units: ReadonlyMap<string, Unit> | undefined;
  readonly indicators: ReadonlyMap<string, Indicator> | undefined;
}

function readUnit(
  fields: FieldReader<DataKey>,
  table: SheetTable<DataKey>,
  row: number,
  known: Known,
  issues: Issue[]
): string | undefined {
  const cell = fields.cell(row, "unit");
  const place = fields.place(row, "unit");
  const written = readUnitCode(cell, numberFormatAt(table.grid, row, place.column ?? -1));
  if (written === undefined || excelErrorOf(cell) !== undefined) {
    fields.text(row, "unit"); // reports the Excel error or the empty required cell
    return undefined;
  }
  const code = written.kind === "malformed" ? written.written : written.code;
  if (written.kind === "leading zero lost")
    issues.push(
      report(
        "unit_code_leading_zero",
        { code: written.written, suggested: code },
        { ...place, unit: code, value: shownValue(cell) }
      )
    );
  if (known.units !== undefined && !known.units.has(code)) {
    issues.push(
      report("data_unit_unknown", { unit: code }, { ...place, unit: code, value: shownValue(cell) })
    );
    return undefined;
  }
  return code;
}

function readYear(fields: FieldReader<DataKey>, row: number, issues: Issue[]): number | undefined {
  const cell = fields.cell(row, "year");
  const reading = readNumber(cell);
  if (reading.kind === "blank" || reading.kind === "error value") {
    fields.text(row, "year"); // reports the Excel error or the empty required cell
    return undefined;
  }
  const year =
    reading.kind === "number" || reading.kind === "text number" ? reading.value : undefined;
  if (year === undefined || !Number.isInteger(year) || year < earliestYear || year > latestYear) {
    const parameters = { value: shownValue(cell), earliest: earliestYear, latest: latestYear };
    issues.push(
      report("year_invalid", parameters, { ...fields.place(row, "year"), value: shownValue(cell) })
    );
    return undefined;
  }
  return year;
}

interface About {
  readonly unit?: string;
  readonly indicator?: string;
  readonly year?: number;
}

function readValue(
  fields: FieldReader<DataKey>,
  table: SheetTable<DataKey>,
  row: number,
  about: About,
  issues: Issue[]
): number | null {
  const cell = fields.cell(row, "value");
  const reading = readNumber(cell);
  const place = { ...fields.place(row, "value"), ...about, value: shownValue(cell) };
  switch (reading.kind) {
    case "blank":
      return null;
    case "number": {
      if (!isPercentFormat(numberFormatAt(table.grid, row, place.column ?? -1)))
        return reading.value;
      const value = Math.round(reading.value * 100 * 1e9) / 1e9;
      issues.push(report("value_percent_format", { stored: reading.value, value }, place));
      return value;
    }
    case "text number":
      issues.push(report("value_text_number", { text: reading.text, value: reading.value }, place));
      return reading.value;
    case "missing symbol": {
      const meaning = missingValueSymbols[reading.symbol] ?? { nb: "", en: "" };
      issues.push(
        report(
          "value_missing_symbol",
          { symbol: reading.symbol, meaningNb: meaning.nb, meaningEn: meaning.en },
          place
        )
      );
      return null;
    }
    case "error value":
      fields.text(row, "value"); // reports the Excel error
      return null;
    case "not a number":
      issues.push(report("value_not_number", { value: shownValue(cell) }, place));
      return null;
  }
}

function readQuality(
  fields: FieldReader<DataKey>,
  row: number,
  issues: Issue[]
): Quality | undefined {
  const cell = fields.cell(row, "quality");
  const reading = readNumber(cell);
  if (reading.kind === "blank") return undefined;
  if (reading.kind === "error value") {
    fields.text(row, "quality"); // reports the Excel error
    return undefined;
  }
  const quality =
    reading.kind === "number" || reading.kind === "text number" ? reading.value : undefined;
  if (quality !== undefined && Number.isInteger(quality) && quality >= 1 && quality <= 6)
    return quality as Quality;
  issues.push(
    report(
      "quality_invalid",
      { value: shownValue(cell) },
      { ...fields.place(row, "quality"), value: shownValue(cell) }
    )
  );
  return undefined;
}

/**
 * Reads every Data row whose unit, year and indicator are sound into an observation. A repeated
 * unit-indicator-year and an indicator whose level does not fit the unit are reported and left out.
 */
export function readObservations(
  table: SheetTable<DataKey> | undefined,
  known: Known,
  issues: Issue[]
): ObservationsReading {
  const observations: Observation[] = [];
  const observationRows: number[] = [];
  if (table === undefined) return { observations, observationRows };
  const fields = fieldReader(table, dataSheet, issues);
  const firstRows = new Map<string, number>();
  for (const row of table.rows) {
    const unit = readUnit(fields, table, row, known, issues);
    const year = readYear(fields, row, issues);
    const indicator = fields.text(row, "indicator");
    const indicatorKnown =
      indicator === undefined || known.indicators === undefined || known.indicators.has(indicator);
    if (indicator !== undefined && !indicatorKnown)
      issues.push(
        report(
          "data_indicator_unknown",
          { indicator },
          { ...fields.place(row, "indicator"), indicator, value: indicator }
        )
      );
    const quality = readQuality(fields, row, issues);
    const value = readValue(fields, table, row, { unit, indicator, year }, issues);
    if (unit === undefined || year === undefined || indicator === undefined || !indicatorKnown)
      continue;
    const about = { unit, indicator, year };
    const indicatorLevel = known.indicators?.get(indicator)?.level;
    const unitLevel = known.units?.get(unit)?.level;
    if (!indicatorFitsLevel(indicatorLevel, unitLevel)) {
      const parameters = {
        indicator,
        indicatorLevel: indicatorLevel ?? "",
        unit,
        unitLevel: unitLevel ?? "",
      };
      issues.push(
        report("indicator_level_mismatch", parameters, {
          ...fields.place(row, "indicator"),
          ...about,
          value: indicator,
        })
      );
      continue;
    }
    const key = `${unit}\u0000${indicator}\u0000${year}`;
    const firstRow = firstRows.get(key);
    if (firstRow !== undefined) {
      const rows = {
        firstRow: rowNumberOf(table.grid, firstRow),
        row: rowNumberOf(table.grid, row),
      };
      issues.push(
        report(
          "observation_duplicate",
          { ...about, ...rows },
          { ...fields.place(row, "unit"), ...about, value: unit }
        )
      );
      continue;
    }
    firstRows.set(key, row);
    const source = fields.text(row, "source");
    const comment = fields.text(row, "comment");
    const observation: Observation = { unitCode: unit, year, indicatorId: indicator, value };
    observations.push(
      quality === undefined && source === undefined && comment === undefined
        ? observation
        : {
            ...observation,
            ...(quality === undefined ? {} : { quality }),
            ...(source === undefined ? {} : { source }),
            ...(comment === undefined ? {} : { comment }),
          }
    );
    observationRows.push(row);
  }
  return { observations, observationRows };
}
