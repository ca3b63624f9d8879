// SSB-shaped JSON-stat 2.0 responses for the import tests: Region x ContentsCode x Tid, as
// PxWebApi v2 returns them (status as an object keyed by position, missing values null).
import { readJsonStat, type JsonStatDataset } from "../../../src/core/import";

/** A cell: a number, or one of SSB's symbols (the value null with the symbol as its status). */
export type Cell = number | ".." | ":" | "." | "-";

export interface ResponseSpec {
  readonly table: string;
  readonly contents: string;
  /** Values by region code, then by year. */
  readonly values: Readonly<Record<string, Readonly<Record<number, Cell>>>>;
  readonly updated?: string;
  /** Further dimensions, placed between Region and ContentsCode, with their codes. */
  readonly extra?: readonly { readonly id: string; readonly codes: readonly string[] }[];
  /** The value of a cell along the extra dimensions (default: the region-year value for each). */
  readonly extraValue?: (cell: Cell, extraCodes: readonly string[]) => Cell;
}

export function ssbDocument(spec: ResponseSpec): Record<string, unknown> {
  const regions = Object.keys(spec.values);
  const years = [
    ...new Set(Object.values(spec.values).flatMap((byYear) => Object.keys(byYear))),
  ].sort();
  const extra = spec.extra ?? [];
  const dimensions = [
    { id: "Region", codes: regions },
    ...extra,
    { id: "ContentsCode", codes: [spec.contents] },
    { id: "Tid", codes: years },
  ];
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  const combinations = extra.reduce<string[][]>(
    (all, dimension) => all.flatMap((codes) => dimension.codes.map((code) => [...codes, code])),
    [[]]
  );
  for (const region of regions)
    for (const extraCodes of combinations)
      for (const year of years) {
        const base: Cell = spec.values[region]?.[Number(year)] ?? "..";
        const cell = spec.extraValue === undefined ? base : spec.extraValue(base, extraCodes);
        if (typeof cell === "number") value.push(cell);
        else {
          status[String(value.length)] = cell;
          value.push(cell === "-" ? 0 : null);
        }
      }
  return {
    version: "2.0",
    class: "dataset",
    label: `${spec.table}: test`,
    source: "Statistisk sentralbyrå",
    updated: spec.updated ?? "2025-02-20T07:00:00Z",
    id: dimensions.map((dimension) => dimension.id),
    size: dimensions.map((dimension) => dimension.codes.length),
    role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
    dimension: Object.fromEntries(
      dimensions.map((dimension) => [
        dimension.id,
        {
          label: dimension.id,
          category: {
            index: Object.fromEntries(dimension.codes.map((code, position) => [code, position])),
          },
        },
      ])
    ),
    value,
    status,
    extension: { px: { tableid: spec.table } },
  };
}

export function ssbResponse(spec: ResponseSpec): JsonStatDataset {
  return readJsonStat(ssbDocument(spec));
}
