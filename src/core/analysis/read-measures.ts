// Reading the Tiltak sheet: each row a measure, checked against the workbook's units, indicators, years
// and the indicator's possible range; problems at their cells, the row then left out.
import { yearSpanOf } from "../data/observations";
import type { Issue } from "../model/issue";
import { measuresSheet } from "../template/schema";
import { plausibleRangeOf, valueKindOfMeasure } from "../template/value-kinds";
import { defaultProjectionYear } from "../time/projection";
import { isWholeNumberIn, shownValue } from "../validate/cell-values";
import type { WorkbookGrids } from "../validate/grid";
import { fieldReader } from "../validate/read-fields";
import { findSheet, readTable } from "../validate/read-tables";
import type { WorkbookContent } from "../validate/validate-workbook";
import { reportAnalysisIssue as report } from "./analysis-issues";
import { effectOf, measureEffectWords, valueAfter, type Measure } from "./measures";

export interface MeasuresReading {
  /** The rows that passed, in sheet order. */
  readonly measures: readonly Measure[];
  readonly issues: readonly Issue[];
  /** Whether the workbook has a Tiltak sheet at all. */
  readonly present: boolean;
}

/**
 * The measures of the workbook's Tiltak sheet (none, and no issue, without one). A year must lie from the
 * first year with data to the projection year (2030, or the latest year with data if later).
 */
export function readMeasures(grids: WorkbookGrids, content: WorkbookContent): MeasuresReading {
  if (findSheet(grids, measuresSheet) === undefined)
    return { measures: [], issues: [], present: false };
  const issues: Issue[] = [];
  const table = readTable(grids, measuresSheet, issues);
  if (table === undefined) return { measures: [], issues, present: true };
  const fields = fieldReader(table, measuresSheet, issues);
  const units = new Set(content.units.map((unit) => unit.code));
  const indicators = new Map(
    content.framework.indicators.map((indicator) => [indicator.id, indicator])
  );
  const { first: firstDataYear, last: lastDataYear } = yearSpanOf(content.observations);
  const earliest = content.observations.length === 0 ? defaultProjectionYear : firstDataYear;
  const latest = Math.max(defaultProjectionYear, lastDataYear);
  const values = new Map(
    content.observations.map((observation) => [
      `${observation.unitCode}\u0000${observation.indicatorId}\u0000${observation.year}`,
      observation.value,
    ])
  );
  const accepted = Object.keys(measureEffectWords).join(", ");
  const measures: Measure[] = [];
  for (const row of table.rows) {
    const before = issues.length;
    const reading = fields.unitCode(row, "unit");
    const unitCode =
      reading === undefined
        ? undefined
        : reading.kind === "malformed"
          ? reading.written
          : reading.code;
    if (unitCode !== undefined && !units.has(unitCode))
      issues.push(
        report(
          "measure_unit_unknown",
          { unit: unitCode },
          { ...fields.place(row, "unit"), unit: unitCode }
        )
      );
    const indicatorId = fields.text(row, "indicator");
    const indicator = indicatorId === undefined ? undefined : indicators.get(indicatorId);
    if (indicatorId !== undefined && indicator === undefined)
      issues.push(
        report(
          "measure_indicator_unknown",
          { indicator: indicatorId },
          { ...fields.place(row, "indicator"), indicator: indicatorId }
        )
      );
    const yearCell = fields.cell(row, "year");
    const year = fields.number(row, "year");
    if (year === undefined && fields.text(row, "year") === undefined) {
      // reported as a required value by fields.text
    } else if (year === undefined || !isWholeNumberIn(year, earliest, latest))
      issues.push(
        report(
          "measure_year_outside",
          { year: String(shownValue(yearCell)), earliest, latest },
          { ...fields.place(row, "year"), value: shownValue(yearCell) }
        )
      );
    const kindText = fields.text(row, "effectKind");
    const kind =
      kindText === undefined ? undefined : measureEffectWords[kindText.trim().toLowerCase()];
    if (kindText !== undefined && kind === undefined)
      issues.push(
        report(
          "measure_effect_kind_unknown",
          { text: kindText, accepted },
          { ...fields.place(row, "effectKind"), value: kindText }
        )
      );
    const amount = fields.number(row, "effect");
    if (amount === undefined) fields.text(row, "effect"); // reports a blank required cell
    if (
      issues.slice(before).some((issue) => issue.severity === "error") ||
      unitCode === undefined ||
      indicator === undefined ||
      year === undefined ||
      kind === undefined ||
      amount === undefined
    )
      continue;
    const effect = effectOf(kind, amount);
    const base = values.get(`${unitCode}\u0000${indicator.id}\u0000${year}`);
    const after = valueAfter(effect, base);
    const place = { ...fields.place(row, "effect"), unit: unitCode, indicator: indicator.id, year };
    if (after === undefined) {
      if (year <= lastDataYear)
        issues.push(
          report("measure_base_missing", { unit: unitCode, indicator: indicator.id, year }, place)
        );
    } else {
      const { minimum, maximum } = plausibleRangeOf(valueKindOfMeasure(indicator.measure));
      if (
        (minimum !== undefined && after < minimum) ||
        (maximum !== undefined && after > maximum)
      ) {
        issues.push(
          report(
            "measure_value_out_of_range",
            {
              indicator: indicator.id,
              value: after,
              ...(minimum === undefined ? {} : { minimum }),
              ...(maximum === undefined ? {} : { maximum }),
            },
            place
          )
        );
        continue;
      }
    }
    const description = fields.text(row, "description");
    const owner = fields.text(row, "owner");
    measures.push({
      unitCode,
      indicatorId: indicator.id,
      year,
      effect,
      ...(description === undefined ? {} : { description }),
      ...(owner === undefined ? {} : { owner }),
      row,
    });
  }
  return { measures, issues, present: true };
}
