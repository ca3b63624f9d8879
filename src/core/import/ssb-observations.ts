// SSB's responses for one indicator turned into observations of the workbook's units: the codes of
// each year mapped through the reforms, merged kommuner summed from their predecessors, rates computed
// from summed numerators and denominators, splits reported.
import type { MissingSymbol, SsbSelection, SsbSource, SsbTableContents } from "../model";
import { formatSsbTableContents } from "./ssb-source-fields";
import type { ImportedObservation } from "./imported-observation";
import type { JsonStatDataset, JsonStatDimension } from "./json-stat";
import { ssbDimensions } from "./ssb-queries";
import {
  codesOutsideRegister,
  combineForUnit,
  sumOf,
  type RegionYearValues,
  type UnitYearCodes,
} from "./register-mapping";
import { readSsbValue, type SourceValue } from "./ssb-symbols";
import { codeOfItsYear, codesToAskFor } from "./unit-crosswalk";

/** A response that does not fit the indicator's source, with what does not fit in its message. */
export class SsbImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SsbImportError";
  }
}

export interface SsbImportRequest {
  readonly indicator: string;
  readonly source: SsbSource;
  /** The responses for the source's table (several when the request was split). */
  readonly datasets: readonly JsonStatDataset[];
  /** The responses for the denominator's table, when the source has one. */
  readonly denominatorDatasets?: readonly JsonStatDataset[];
  /** The register codes to import for. */
  readonly units: readonly string[];
  /** The years to import; default every year in the responses. */
  readonly years?: readonly number[];
  /**
   * Whether the source's values add up across units (counts), so that a merged kommune's value is
   * the sum of its predecessors'. A rate or share without a denominator does not: a merged unit's
   * value is then reported, not averaged. A numerator over a denominator always adds up.
   */
  readonly additive: boolean;
  /** Keep SSB's aggregates (the whole country, KOSTRA groups) under their own codes. */
  readonly includeAggregates?: boolean;
}

export interface SsbImportReport {
  /** Region codes in the responses that are neither in the register nor retired codes it knows. */
  readonly unknownCodes: readonly string[];
  /** Aggregates left out (or, when asked for, kept). */
  readonly aggregates: readonly string[];
  /** Units of the register (or their codes of earlier years) in the responses but not asked for: fylker when kommuner are asked. */
  readonly notAsked: readonly string[];
  /** Units whose area in a year includes a code that was later split: not guessed. */
  readonly splits: readonly UnitYearCodes[];
  /** Units merged from several codes whose values do not add up (a rate without its denominator). */
  readonly notAdditive: readonly UnitYearCodes[];
  /** Observations missing at the source (value null, with SSB's symbol). */
  readonly missingAtSource: number;
}

export interface SsbImport {
  readonly observations: readonly ImportedObservation[];
  readonly report: SsbImportReport;
}

function dimensionOf(
  dataset: JsonStatDataset,
  role: readonly string[],
  name: string,
  table: string
): JsonStatDimension {
  const dimension = dataset.dimension(role[0] ?? name) ?? dataset.dimension(name);
  if (dimension === undefined)
    throw new SsbImportError(`The response for table ${table} has no dimension ${name}.`);
  return dimension;
}

/** "K-3101" (SSB's codes summed to today's kommuner) and "F-31" are read as 3101 and 31. */
function regionCodeOf(code: string): string {
  return /^[KF]-\d+$/.test(code) ? code.slice(2) : code;
}

function yearOf(code: string, table: string): number {
  if (!/^\d{4}$/.test(code))
    throw new SsbImportError(
      `The response for table ${table} has the time code ${code}; Veikart imports whole years.`
    );
  return Number(code);
}

/**
 * Reads the responses' cells for one contents and its fixed selections into values by region and
 * year; the codes of a selection that lists several are summed.
 */
function regionYearValues(
  datasets: readonly JsonStatDataset[],
  wanted: SsbTableContents,
  selections: readonly SsbSelection[]
): RegionYearValues {
  const values: RegionYearValues = new Map();
  for (const dataset of datasets) {
    const region = dimensionOf(dataset, dataset.roles.geo, ssbDimensions.region, wanted.table);
    const time = dimensionOf(dataset, dataset.roles.time, ssbDimensions.time, wanted.table);
    const selected = new Map(selections.map((selection) => [selection.dimension, selection.codes]));
    selected.set(ssbDimensions.contents, [wanted.contents]);
    const metric = dataset.roles.metric[0];
    if (metric !== undefined && metric !== ssbDimensions.contents)
      selected.set(metric, [wanted.contents]);
    // Per dimension other than region and time: the positions of the codes to sum.
    const fixed: { order: number; positions: number[] }[] = [];
    dataset.dimensions.forEach((dimension, order) => {
      if (dimension === region || dimension === time) return;
      const codes = selected.get(dimension.id);
      if (codes === undefined) {
        if (dimension.codes.length === 1) return;
        throw new SsbImportError(
          `The response for table ${wanted.table} has ${dimension.codes.length} categories along ${dimension.id}, which the indicator's SSB selection does not fix.`
        );
      }
      const positions = codes.map((code) => {
        const position = dimension.indexOf.get(code);
        if (position === undefined)
          throw new SsbImportError(
            `The response for table ${wanted.table} has no ${code} along ${dimension.id}.`
          );
        return position;
      });
      fixed.push({ order, positions });
    });
    // The offsets of every combination of the fixed codes, summed per region and year.
    let offsets = [0];
    for (const { order, positions } of fixed)
      offsets = offsets.flatMap((offset) =>
        positions.map((position) => offset + position * (dataset.strides[order] ?? 1))
      );
    const regionStride = dataset.strides[dataset.dimensions.indexOf(region)] ?? 1;
    const timeStride = dataset.strides[dataset.dimensions.indexOf(time)] ?? 1;
    const years = time.codes.map((code) => yearOf(code, wanted.table));
    region.codes.forEach((regionCode, regionPosition) => {
      const code = regionCodeOf(regionCode);
      let byYear = values.get(code);
      if (byYear === undefined) values.set(code, (byYear = new Map()));
      years.forEach((year, timePosition) => {
        const base = regionPosition * regionStride + timePosition * timeStride;
        if (byYear.has(year)) return;
        const cellAt = (offset: number) =>
          readSsbValue(dataset.valueAt(base + offset), dataset.statusAt(base + offset));
        byYear.set(
          year,
          offsets.length === 1 ? cellAt(offsets[0] ?? 0) : sumOf(offsets.map(cellAt))
        );
      });
    });
  }
  return values;
}

function latestUpdate(datasets: readonly JsonStatDataset[]): string | undefined {
  return datasets
    .map((dataset) => dataset.updated)
    .filter((updated): updated is string => updated !== undefined)
    .sort()
    .at(-1);
}

/** What Data's Kilde records: "SSB 07459/Personer1, oppdatert 2025-02-20T08:00:00Z". */
export function ssbSourceText(
  source: SsbTableContents,
  datasets: readonly JsonStatDataset[]
): string {
  const updated = latestUpdate(datasets);
  return `SSB ${formatSsbTableContents(source)}${updated === undefined ? "" : `, oppdatert ${updated}`}`;
}

function yearsIn(datasets: readonly JsonStatDataset[], table: string): number[] {
  const years = new Set<number>();
  for (const dataset of datasets)
    for (const code of dimensionOf(dataset, dataset.roles.time, ssbDimensions.time, table).codes)
      years.add(yearOf(code, table));
  return [...years].sort((a, b) => a - b);
}

/** A missing value, or the scaled ratio of two values (missing, ".", when the denominator is 0). */
function ratio(numerator: SourceValue, denominator: SourceValue, scale: number): SourceValue {
  if (numerator.value === null) return numerator;
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) return { value: null, missing: "." satisfies MissingSymbol };
  return { value: (scale * numerator.value) / denominator.value };
}

/**
 * The observations of one indicator from SSB's responses for its source, for the asked units and
 * years, with a report of what could not be imported and why.
 */
export function observationsFromSsb(request: SsbImportRequest): SsbImport {
  const { source, indicator } = request;
  const numerators = regionYearValues(request.datasets, source, source.selections);
  const denominatorDatasets = request.denominatorDatasets ?? [];
  if (source.denominator !== undefined && denominatorDatasets.length === 0)
    throw new SsbImportError(
      `${indicator} is divided by ${formatSsbTableContents(source.denominator)}, but no response for it was given.`
    );
  const denominators =
    source.denominator === undefined
      ? undefined
      : regionYearValues(denominatorDatasets, source.denominator, []);
  const additive = request.additive || denominators !== undefined;
  const inResponses = yearsIn(request.datasets, source.table);
  const years =
    request.years === undefined
      ? inResponses
      : inResponses.filter((year) => request.years?.includes(year));
  const sourceText =
    ssbSourceText(source, request.datasets) +
    (source.denominator === undefined
      ? ""
      : `; nevner ${ssbSourceText(source.denominator, denominatorDatasets)}`) +
    (source.scale === 1 ? "" : `; skala ${source.scale}`);

  const observations: ImportedObservation[] = [];
  const splits: UnitYearCodes[] = [];
  const notAdditive: UnitYearCodes[] = [];
  const add = (unit: string, year: number, value: SourceValue) =>
    observations.push(
      value.value === null
        ? { unit, indicator, year, value: null, missing: value.missing, source: sourceText }
        : { unit, indicator, year, value: value.value, source: sourceText }
    );
  for (const unit of request.units)
    for (const year of years) {
      const numerator = combineForUnit(numerators, unit, year, additive);
      if (numerator.kind === "none") continue;
      if (numerator.kind !== "value") {
        (numerator.kind === "split" ? splits : notAdditive).push({
          unit,
          year,
          codes: numerator.codes,
        });
        continue;
      }
      if (denominators === undefined) {
        const { value } = numerator;
        add(unit, year, value.value === null ? value : { value: source.scale * value.value });
        continue;
      }
      const denominator = combineForUnit(denominators, unit, year, true);
      if (denominator.kind === "split") splits.push({ unit, year, codes: denominator.codes });
      if (denominator.kind !== "value") continue;
      add(unit, year, ratio(numerator.value, denominator.value, source.scale));
    }

  const { unknownCodes, aggregates } = codesOutsideRegister(numerators.keys());
  const asked = new Set(codesToAskFor(request.units, years));
  const notAsked = [...numerators.keys()].filter(
    (code) => !asked.has(code) && codeOfItsYear(code) !== undefined
  );
  if (request.includeAggregates === true)
    for (const code of aggregates)
      for (const year of years) {
        const value = numerators.get(code)?.get(year);
        const denominator = denominators?.get(code)?.get(year);
        if (value === undefined) continue;
        if (denominators === undefined)
          add(code, year, value.value === null ? value : { value: source.scale * value.value });
        else if (denominator !== undefined)
          add(code, year, ratio(value, denominator, source.scale));
      }
  return {
    observations,
    report: {
      unknownCodes,
      aggregates,
      notAsked,
      splits,
      notAdditive,
      missingAtSource: observations.filter((observation) => observation.value === null).length,
    },
  };
}
