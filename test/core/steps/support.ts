import type { Dataset } from "../../../src/core/model/dataset";
import type { Framework, Indicator } from "../../../src/core/model/framework";
import type { Unit } from "../../../src/core/model/units";

const NA = Number.NaN;
export { NA };

/** Units A and B (peer group "big") and C ("small"), in 2020 and 2021. */
export const threeUnitsTwoYears = [
  { unit: "A", year: 2020, peerGroup: "big" },
  { unit: "B", year: 2020, peerGroup: "big" },
  { unit: "C", year: 2020, peerGroup: "small" },
  { unit: "A", year: 2021, peerGroup: "big" },
  { unit: "B", year: 2021, peerGroup: "big" },
  { unit: "C", year: 2021, peerGroup: "small" },
] as const;

/** A small dataset: units by code, optional years per row, columns by id (null = missing). */
export function datasetOf(
  rows: readonly {
    unit: string;
    year?: number;
    peerGroup?: string;
    groups?: Record<string, string>;
  }[],
  columns: Record<string, readonly (number | null)[]>,
  denominators: Record<string, readonly (number | null)[]> = {}
): Dataset {
  const units: Unit[] = [];
  const unitIndex = new Map<string, number>();
  const rowUnit = rows.map((row) => {
    let index = unitIndex.get(row.unit);
    if (index === undefined) {
      index = units.length;
      units.push({
        code: row.unit,
        name: row.unit,
        ...(row.peerGroup === undefined ? {} : { peerGroup: row.peerGroup }),
        ...(row.groups === undefined ? {} : { groups: row.groups }),
      });
      unitIndex.set(row.unit, index);
    }
    return index;
  });
  const toColumn = (values: readonly (number | null)[]) =>
    Float64Array.from(values, (value) => (value === null ? NA : value));
  const denominatorColumns: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(denominators))
    denominatorColumns[name] = toColumn(values);
  return {
    units,
    rowUnit: Int32Array.from(rowUnit),
    rowYear: Int32Array.from(rows, (row) => row.year ?? 0),
    hasTime: rows.some((row) => row.year !== undefined),
    columnIds: Object.keys(columns),
    columns: Object.values(columns).map(toColumn),
    denominators: denominatorColumns,
  };
}

export function indicator(
  id: string,
  parentId = "Index",
  overrides: Partial<Indicator> = {}
): Indicator {
  return { id, name: id, parentId, direction: 1, weight: 1, ...overrides };
}

/** A flat framework: the indicators directly under one Index. */
export function flatFramework(indicators: readonly Indicator[]): Framework {
  return { indicators, aggregates: [{ id: "Index", name: "Index", weight: 1 }] };
}

/** A column as plain numbers with null for missing, for readable expectations. */
export function plain(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
}

export function columnOf(dataset: Dataset, id: string): (number | null)[] {
  const column = dataset.columns[dataset.columnIds.indexOf(id)];
  if (column === undefined) throw new Error(`no column ${id}`);
  return plain(column);
}
