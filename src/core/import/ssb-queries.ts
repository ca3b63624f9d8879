// The requests that fetch an indicator's SSB source, each within SSB's limit on cells per request.
import type { SsbSelection, SsbSource } from "../model";
import { codesToAskFor } from "./unit-crosswalk";

/**
 * SSB's limit on data cells per request to PxWebApi v2: "Grensene per uttrekk er 800.000 dataceller,
 * og antall spørringer er for tiden 30 per minutt" (SSB, "API mot statistikkbanken - brukerveiledning",
 * https://www.ssb.no/api/api-mot-statistikkbanken--brukerveiledning; also
 * https://data.ssb.no/api/pxwebapi/v2/config).
 */
export const ssbCellLimit = 800_000;

/** SSB's limit on requests per minute from one IP address (same source as ssbCellLimit). */
export const ssbRequestsPerMinute = 30;

/** The names SSB's tables give the dimensions Veikart selects on. */
export const ssbDimensions = { contents: "ContentsCode", region: "Region", time: "Tid" } as const;

export interface SsbQuery {
  /** Whether the request fetches the indicator's numerator or its denominator. */
  readonly role: "numerator" | "denominator";
  readonly table: string;
  /** The codes to ask for along each dimension: PxWebApi v2's `valueCodes[dimension]`. */
  readonly selections: readonly SsbSelection[];
  readonly cellCount: number;
}

/** Splits a list into consecutive pieces of at most `size` entries. */
function chunks<Item>(items: readonly Item[], size: number): Item[][] {
  const pieces: Item[][] = [];
  for (let start = 0; start < items.length; start += size)
    pieces.push(items.slice(start, start + size));
  return pieces;
}

function queriesFor(
  role: SsbQuery["role"],
  table: string,
  fixed: readonly SsbSelection[],
  regionCodes: readonly string[],
  years: readonly string[],
  cellLimit: number
): SsbQuery[] {
  const fixedCells = fixed.reduce((product, selection) => product * selection.codes.length, 1);
  if (fixedCells > cellLimit)
    throw new RangeError(
      `Table ${table}: the fixed selections alone make ${fixedCells} cells, above the limit of ${cellLimit}.`
    );
  const yearsPerQuery = Math.max(1, Math.min(years.length, Math.floor(cellLimit / fixedCells)));
  const queries: SsbQuery[] = [];
  for (const yearPiece of chunks(years, yearsPerQuery)) {
    const regionsPerQuery = Math.max(1, Math.floor(cellLimit / (fixedCells * yearPiece.length)));
    for (const regionPiece of chunks(regionCodes, regionsPerQuery))
      queries.push({
        role,
        table,
        selections: [
          ...fixed,
          { dimension: ssbDimensions.region, codes: regionPiece },
          { dimension: ssbDimensions.time, codes: yearPiece },
        ],
        cellCount: fixedCells * yearPiece.length * regionPiece.length,
      });
  }
  return queries;
}

/**
 * The requests for an indicator's SSB source over these register units and years: the units' codes
 * and the codes of their year that lie in them (a table carries the codes of its year), the source's
 * contents and fixed selections, split by regions (and by years, if need be) so that no request
 * passes the cell limit. The denominator's requests follow the numerator's.
 */
export function planSsbQueries(
  source: SsbSource,
  unitCodes: readonly string[],
  years: readonly number[],
  cellLimit: number = ssbCellLimit
): SsbQuery[] {
  const regionCodes = codesToAskFor(unitCodes, years);
  const yearCodes = years.map(String);
  const contents = (code: string): SsbSelection => ({
    dimension: ssbDimensions.contents,
    codes: [code],
  });
  const numerator = queriesFor(
    "numerator",
    source.table,
    [contents(source.contents), ...source.selections],
    regionCodes,
    yearCodes,
    cellLimit
  );
  if (source.denominator === undefined) return numerator;
  return [
    ...numerator,
    ...queriesFor(
      "denominator",
      source.denominator.table,
      [contents(source.denominator.contents)],
      regionCodes,
      yearCodes,
      cellLimit
    ),
  ];
}
