import type { Dataset } from "../model/dataset";
import type { Framework } from "../model/framework";
import { ok, type Issue, type Success } from "../model/issue";
import type { Unit } from "../model/units";
import { reportEngineIssue } from "../steps/engine-issues";
import { cellOf, headerIndex, numberOfCell, parseNumberCell, type TextTable } from "./table";

export interface CoinrDataOptions {
  /** iData columns holding unit groups (from iMeta's Group rows); other text columns are ignored. */
  readonly groupColumns?: readonly string[];
  /** iData columns holding denominators (from iMeta's Denominator rows). */
  readonly denominatorColumns?: readonly string[];
  /** The group column that is the peer group units are compared within. */
  readonly peerGroupColumn?: string;
}

const table = "iData";

/**
 * Reads COINr's wide iData (`uCode`, optional `uName`, group columns, optional `Time`, denominators,
 * indicator columns) into units and a dense dataset with one column per framework indicator present.
 * A repeated unit and year keeps the last row, with a warning.
 */
export function datasetFromCoinrData(
  data: TextTable,
  framework: Framework,
  options: CoinrDataOptions = {}
): Success<Dataset> {
  const issues: Issue[] = [];
  const index = headerIndex(data);
  if (!index.has("ucode"))
    issues.push(
      reportEngineIssue("missing_column", { column: "uCode", table }, { sheet: table, row: 0 })
    );
  const hasTime = index.has("time");
  const indicatorIds = framework.indicators
    .map((indicator) => indicator.id)
    .filter((id) => index.has(id.toLowerCase()));
  const denominatorNames = (options.denominatorColumns ?? []).filter((name) =>
    index.has(name.toLowerCase())
  );
  for (const indicator of framework.indicators)
    if (!index.has(indicator.id.toLowerCase()))
      issues.push(
        reportEngineIssue(
          "missing_column",
          { column: indicator.id, table },
          { sheet: table, row: 0, indicator: indicator.id }
        )
      );

  const units: Unit[] = [];
  const unitIndex = new Map<string, number>();
  const rowOfKey = new Map<string, number>();
  const rowUnit: number[] = [];
  const rowYear: number[] = [];
  const sourceRow: number[] = [];

  for (let position = 0; position < data.rowCount; position++) {
    const place = { sheet: table, row: position + 1 };
    const code = (cellOf(data, position, index, "uCode") ?? "").trim();
    if (code === "") continue;
    let year = 0;
    if (hasTime) {
      const parsed = parseNumberCell(cellOf(data, position, index, "Time"));
      if (parsed.kind !== "number" || !Number.isInteger(parsed.value)) {
        issues.push(
          reportEngineIssue(
            "invalid_number",
            { text: cellOf(data, position, index, "Time") ?? "" },
            { ...place, unit: code }
          )
        );
        continue;
      }
      year = parsed.value;
    }
    let unit = unitIndex.get(code);
    if (unit === undefined) {
      const groups: Record<string, string> = {};
      for (const column of options.groupColumns ?? []) {
        const value = cellOf(data, position, index, column);
        if (value !== undefined && value.trim() !== "") groups[column] = value.trim();
      }
      const name = (cellOf(data, position, index, "uName") ?? "").trim() || code;
      const peerGroup =
        options.peerGroupColumn === undefined ? undefined : groups[options.peerGroupColumn];
      unit = units.length;
      units.push({ code, name, groups, ...(peerGroup === undefined ? {} : { peerGroup }) });
      unitIndex.set(code, unit);
    }
    const key = `${unit}\u0000${year}`;
    const earlier = rowOfKey.get(key);
    if (earlier !== undefined) {
      issues.push(
        reportEngineIssue(
          "duplicate_row",
          hasTime ? { unitCode: code, year } : { unitCode: code },
          { ...place, unit: code, ...(hasTime ? { year } : {}) }
        )
      );
      sourceRow[earlier] = position;
      continue;
    }
    rowOfKey.set(key, rowUnit.length);
    rowUnit.push(unit);
    rowYear.push(year);
    sourceRow.push(position);
  }

  // The number columns are read in one pass over the rows, row by row: reading a column at a time
  // from row arrays scattered in memory took three times as long at 8,160 units.
  const numberColumns = [
    ...indicatorIds.map((id) => ({ id, isIndicator: true })),
    ...denominatorNames.map((id) => ({ id, isIndicator: false })),
  ];
  const positions = numberColumns.map(({ id }) => index.get(id.toLowerCase()) as number);
  const values = numberColumns.map(() => new Float64Array(sourceRow.length));
  const invalid: Issue[][] = numberColumns.map(() => []);
  for (let row = 0; row < sourceRow.length; row++) {
    const source = sourceRow[row] as number;
    for (let column = 0; column < positions.length; column++) {
      const position = positions[column] as number;
      const text = data.cell(source, position);
      const value = numberOfCell(text);
      (values[column] as Float64Array)[row] = value ?? Number.NaN;
      if (value !== undefined) continue;
      const { id, isIndicator } = numberColumns[column] as (typeof numberColumns)[number];
      (invalid[column] as Issue[]).push(
        reportEngineIssue(
          "invalid_number",
          { text: (text ?? "").trim() },
          {
            sheet: table,
            row: source + 1,
            column: position,
            unit: units[rowUnit[row] as number]?.code ?? "",
            ...(isIndicator ? { indicator: id } : {}),
            ...(hasTime ? { year: rowYear[row] as number } : {}),
          }
        )
      );
    }
  }
  issues.push(...invalid.flat());
  const columns = values.slice(0, indicatorIds.length);
  const denominators: Record<string, Float64Array> = {};
  denominatorNames.forEach((name, offset) => {
    denominators[name] = values[indicatorIds.length + offset] as Float64Array;
  });
  return ok(
    {
      units,
      rowUnit: Int32Array.from(rowUnit),
      rowYear: Int32Array.from(rowYear),
      hasTime,
      columnIds: indicatorIds,
      columns,
      denominators,
    },
    issues
  );
}
