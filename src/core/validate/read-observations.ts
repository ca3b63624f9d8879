// Data: the Data sheet read into observations, reporting every cell that cannot be read as meant.
import {
  isMissingSymbol,
  type Indicator,
  type IndicatorLevel,
  type Observation,
  type Quality,
  type Unit,
  type UnitLevel,
} from "../model";
// Straight from the modules, not the index: these run once per row.
import { indicatorFitsLevel } from "../template/default-catalogue";
import { dataSheet } from "../template/schema";
import {
  excelErrorOf,
  isDateFormat,
  isPercentFormat,
  isWholeNumberIn,
  missingValueSymbols,
  readingValue,
  readNumber,
  readText,
  shownValue,
} from "./cell-values";
import { numberFormatAt, repeatedRows, type GridCell } from "./grid";
import {
  IndexByKey,
  StringIndex,
  earliestYear,
  latestYear,
  observationKey,
  observationKeySpace,
  type ObservationNumbering,
} from "./observation-keys";
import type { IssueSink } from "./issue-collector";
import { fieldReader, type FieldReader, type RowAbout } from "./read-fields";
import type { SheetTable } from "./read-tables";
import { reportValidationIssue as report } from "./validation-issues";

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

export type DataKey = (typeof dataSheet.columns)[number]["key"];

export interface ObservationsReading {
  readonly observations: readonly Observation[];
  /** The Data row of each observation, in the same order. */
  readonly observationRows: readonly number[];
  /** Each observation's unit and indicator as small numbers, for the checks' grouping. */
  readonly numbering: ObservationNumbering;
}

interface Known {
  readonly units: ReadonlyMap<string, Unit> | undefined;
  readonly indicators: ReadonlyMap<string, Indicator> | undefined;
}

/** What reading one row needs besides its cells. */
interface RowContext {
  readonly table: SheetTable<DataKey>;
  readonly fields: FieldReader<DataKey>;
  readonly known: Known;
}

function readUnit({ fields, known }: RowContext, row: number, cell: GridCell) {
  if (typeof cell === "string" && known.units?.has(cell) === true) return cell;
  const written = fields.unitCode(row, "unit");
  if (written === undefined) return undefined;
  const code = written.kind === "malformed" ? written.written : written.code;
  if (known.units === undefined || known.units.has(code)) return code;
  fields.push("unit", "data_unit_unknown", () =>
    report(
      "data_unit_unknown",
      { unit: code },
      { ...fields.place(row, "unit"), unit: code, value: shownValue(cell) }
    )
  );
  return undefined;
}

function readYear({ fields }: RowContext, row: number, cell: GridCell) {
  if (isWholeNumberIn(cell, earliestYear, latestYear)) return cell;
  const reading = readNumber(cell);
  if (reading.kind === "blank" || reading.kind === "error value") {
    fields.text(row, "year"); // reports the Excel error or the empty required cell
    return undefined;
  }
  const year = readingValue(reading);
  if (isWholeNumberIn(year, earliestYear, latestYear)) return year;
  fields.push("year", "year_invalid", () =>
    report(
      "year_invalid",
      { value: shownValue(cell), earliest: earliestYear, latest: latestYear },
      { ...fields.place(row, "year"), value: shownValue(cell) }
    )
  );
  return undefined;
}

function readIndicator({ fields, known }: RowContext, row: number, cell: GridCell) {
  const indicator =
    typeof cell === "string" && known.indicators?.has(cell) === true
      ? cell
      : fields.text(row, "indicator");
  if (indicator === undefined || known.indicators === undefined || known.indicators.has(indicator))
    return indicator;
  fields.push("indicator", "data_indicator_unknown", () =>
    report(
      "data_indicator_unknown",
      { indicator },
      { ...fields.place(row, "indicator"), indicator, value: indicator }
    )
  );
  return undefined;
}

function readQuality(
  { fields }: RowContext,
  row: number,
  cell: GridCell,
  about: RowAbout
): Quality | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (isWholeNumberIn(cell, 1, 6)) return cell as Quality;
  if (typeof cell === "string" && isMissingSymbol(cell.trim())) return cell.trim() as Quality;
  const reading = readNumber(cell);
  if (reading.kind === "blank") return undefined;
  if (reading.kind === "error value") {
    fields.text(row, "quality", about); // reports the Excel error
    return undefined;
  }
  const quality = readingValue(reading);
  if (isWholeNumberIn(quality, 1, 6)) return quality as Quality;
  fields.push("quality", "quality_invalid", () =>
    report(
      "quality_invalid",
      { value: shownValue(cell) },
      { ...fields.place(row, "quality"), ...about, value: shownValue(cell) }
    )
  );
  return undefined;
}

function readValue(
  { table, fields }: RowContext,
  row: number,
  cell: GridCell,
  about: RowAbout
): number | null {
  const format = numberFormatAt(table.grid, row, table.columns.value ?? -1);
  const plainFormat = format === undefined || format === "General";
  if (typeof cell === "number" && Number.isFinite(cell) && plainFormat) return cell;
  const reading = readNumber(cell);
  if (reading.kind === "blank") return null;
  const place = () => ({ ...fields.place(row, "value"), ...about, value: shownValue(cell) });
  switch (reading.kind) {
    case "number": {
      const stored = reading.value;
      if (isDateFormat(format)) {
        fields.push("value", "value_date_format", () =>
          report("value_date_format", { value: stored }, place())
        );
        return stored;
      }
      if (!isPercentFormat(format)) return stored;
      const value = Math.round(stored * 100 * 1e9) / 1e9;
      fields.push("value", "value_percent_format", () =>
        report("value_percent_format", { stored, value }, place())
      );
      return value;
    }
    case "text number": {
      const { text, value } = reading;
      fields.push("value", "value_text_number", () =>
        report("value_text_number", { text, value }, place())
      );
      return value;
    }
    case "missing symbol": {
      const { symbol } = reading;
      const meaning = missingValueSymbols[symbol] ?? { nb: "", en: "" };
      fields.push("value", "value_missing_symbol", () =>
        report(
          "value_missing_symbol",
          { symbol, meaningNb: meaning.nb, meaningEn: meaning.en },
          place()
        )
      );
      return null;
    }
    case "error value":
      fields.text(row, "value", about); // reports the Excel error
      return null;
    case "not a number":
      fields.push("value", "value_not_number", () =>
        report("value_not_number", { value: shownValue(cell) }, place())
      );
      return null;
  }
}

/** A free-text cell: reports an Excel error in it. */
function readNote(
  context: RowContext,
  row: number,
  cell: GridCell,
  key: DataKey,
  about: RowAbout
): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  return excelErrorOf(cell) === undefined ? readText(cell) : context.fields.text(row, key, about);
}

/**
 * Reads every Data row whose unit, year and indicator are sound into an observation. A repeated
 * unit-indicator-year and an indicator whose level does not fit the unit are reported and left out.
 */
export function readObservations(
  table: SheetTable<DataKey> | undefined,
  known: Known,
  issues: IssueSink
): ObservationsReading {
  const observations: Observation[] = [];
  const observationRows: number[] = [];
  if (table === undefined)
    return {
      observations,
      observationRows,
      numbering: { units: [], indicators: [], unitCodes: [], indicatorIds: [] },
    };
  const context: RowContext = {
    table,
    fields: fieldReader(table, dataSheet, issues),
    known,
  };
  const columns = table.columns;
  const unitColumn = columns.unit ?? -1;
  const yearColumn = columns.year ?? -1;
  const indicatorColumn = columns.indicator ?? -1;
  const valueColumn = columns.value ?? -1;
  const qualityColumn = columns.quality ?? -1;
  const sourceColumn = columns.source ?? -1;
  const commentColumn = columns.comment ?? -1;

  const unitBound = known.units?.size ?? table.rows.length + 1;
  const indicatorBound = known.indicators?.size ?? table.rows.length + 1;
  const firstRows = new IndexByKey(observationKeySpace(unitBound, indicatorBound));
  const unitIndex = new StringIndex();
  const indicatorIndex = new StringIndex();
  const unitNumbers: number[] = [];
  const unitLevels: (UnitLevel | undefined)[] = [];
  const indicatorLevels: (IndicatorLevel | undefined)[] = [];
  const indicatorNumbers: number[] = [];
  for (const row of table.rows) {
    const cells = table.grid.values[row] ?? [];
    // An absent column has the index -1, whose cell is undefined like a blank one.
    const unit = readUnit(context, row, cells[unitColumn]);
    const year = readYear(context, row, cells[yearColumn]);
    const indicator = readIndicator(context, row, cells[indicatorColumn]);
    const rowAbout = { unit, indicator, year };
    const quality = readQuality(context, row, cells[qualityColumn], rowAbout);
    const value = readValue(context, row, cells[valueColumn], rowAbout);
    const source = readNote(context, row, cells[sourceColumn], "source", rowAbout);
    const comment = readNote(context, row, cells[commentColumn], "comment", rowAbout);
    if (unit === undefined || year === undefined || indicator === undefined) continue;
    const unitNumber = unitIndex.indexOf(unit);
    const indicatorNumber = indicatorIndex.indexOf(indicator);
    if (unitNumber === unitLevels.length) unitLevels.push(known.units?.get(unit)?.level);
    if (indicatorNumber === indicatorLevels.length)
      indicatorLevels.push(known.indicators?.get(indicator)?.level);
    const indicatorLevel = indicatorLevels[indicatorNumber];
    const unitLevel = unitLevels[unitNumber];
    if (!indicatorFitsLevel(indicatorLevel, unitLevel)) {
      context.fields.push("indicator", "indicator_level_mismatch", () =>
        report(
          "indicator_level_mismatch",
          { indicator, indicatorLevel: indicatorLevel ?? "", unit, unitLevel: unitLevel ?? "" },
          { ...context.fields.place(row, "indicator"), ...rowAbout, value: indicator }
        )
      );
      continue;
    }
    const key = observationKey(unitNumber, indicatorNumber, year, indicatorBound);
    const firstRow = firstRows.get(key);
    if (firstRow !== undefined) {
      context.fields.push("unit", "observation_duplicate", () =>
        report(
          "observation_duplicate",
          { unit, indicator, year, ...repeatedRows(table.grid, firstRow, row) },
          { ...context.fields.place(row, "unit"), ...rowAbout, value: unit }
        )
      );
      continue;
    }
    firstRows.set(key, row);
    // Built in place: this runs once per Data row, and spreading would copy each observation twice.
    const observation: Writable<Observation> = {
      unitCode: unit,
      year,
      indicatorId: indicator,
      value,
    };
    if (quality !== undefined) observation.quality = quality;
    if (source !== undefined) observation.source = source;
    if (comment !== undefined) observation.comment = comment;
    observations.push(observation);
    observationRows.push(row);
    unitNumbers.push(unitNumber);
    indicatorNumbers.push(indicatorNumber);
  }
  const numbering = {
    units: unitNumbers,
    indicators: indicatorNumbers,
    unitCodes: unitIndex.strings(),
    indicatorIds: indicatorIndex.strings(),
  };
  return { observations, observationRows, numbering };
}
