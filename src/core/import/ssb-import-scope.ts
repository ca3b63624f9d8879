// One import from SSB as the command line and the pane run it: the indicators with an SSB source,
// the register units and the years; the requests that fetch them (a table and selection asked for by
// two indicators is asked for once); and the observations read from the responses, by table.
import type { Indicator, Issue, SsbSource, Unit } from "../model";
import { unitsSheet } from "../template/schema";
import { registerByCode } from "../template/unit-register-lookup";
import { valueKindOfMeasure } from "../template/value-kinds";
import type { CellValue, SheetGrid } from "../validate/grid";
import { readTable } from "../validate/read-tables";
import type { ImportedObservation } from "./imported-observation";
import type { JsonStatDataset } from "./json-stat";
import { observationsFromSsb, SsbImportError, type SsbImportReport } from "./ssb-observations";
import { planSsbQueries, ssbCellLimit, ssbDimensions, type SsbQuery } from "./ssb-queries";

/** An indicator of the catalogue that says how it is fetched from SSB. */
export type SsbIndicator = Indicator & { readonly ssbSource: SsbSource };

export interface SsbImportScope {
  readonly indicators: readonly SsbIndicator[];
  /** Register codes. */
  readonly units: readonly string[];
  readonly years: readonly number[];
}

export function hasSsbSource(indicator: Indicator): indicator is SsbIndicator {
  return indicator.ssbSource !== undefined;
}

function queryKey(query: SsbQuery): string {
  return `${query.table}?${query.selections
    .map((selection) => `${selection.dimension}=${selection.codes.join(",")}`)
    .join("&")}`;
}

/** Every request the scope needs, each once, within the cell limit. */
export function ssbImportQueries(scope: SsbImportScope, cellLimit = ssbCellLimit): SsbQuery[] {
  const queries = new Map<string, SsbQuery>();
  for (const indicator of scope.indicators)
    for (const query of planSsbQueries(indicator.ssbSource, scope.units, scope.years, cellLimit))
      if (!queries.has(queryKey(query))) queries.set(queryKey(query), query);
  return [...queries.values()];
}

/** The table a saved response serves: the five digits its file name starts with, else its label's. */
export function tableOfResponse(fileName: string, dataset: JsonStatDataset): string | undefined {
  return /^(\d{5})/.exec(fileName)?.[1] ?? /^(\d{5})/.exec(dataset.label ?? "")?.[1];
}

/** The datasets of a table that hold this contents code. */
function datasetsWith(
  byTable: ReadonlyMap<string, readonly JsonStatDataset[]>,
  table: string,
  contents: string
): JsonStatDataset[] {
  return (byTable.get(table) ?? []).filter((dataset) => {
    const dimension =
      dataset.dimension(dataset.roles.metric[0] ?? ssbDimensions.contents) ??
      dataset.dimension(ssbDimensions.contents);
    return dimension === undefined || dimension.indexOf.has(contents);
  });
}

export interface IndicatorImportReport {
  readonly indicator: string;
  readonly report: SsbImportReport;
}

export interface ScopeObservations {
  readonly observations: readonly ImportedObservation[];
  readonly reports: readonly IndicatorImportReport[];
  /** Indicators that could not be read from the responses, each with why. */
  readonly failures: readonly { readonly indicator: string; readonly message: string }[];
}

/**
 * The scope's observations from the responses by table. A count's merged kommune is the sum of its
 * predecessors (the measure says whether the indicator is a count); a rate is computed from its
 * numerator and denominator.
 */
export function observationsOfScope(
  scope: SsbImportScope,
  byTable: ReadonlyMap<string, readonly JsonStatDataset[]>
): ScopeObservations {
  const observations: ImportedObservation[] = [];
  const reports: IndicatorImportReport[] = [];
  const failures: { indicator: string; message: string }[] = [];
  for (const indicator of scope.indicators) {
    const source = indicator.ssbSource;
    const datasets = datasetsWith(byTable, source.table, source.contents);
    if (datasets.length === 0) {
      failures.push({
        indicator: indicator.id,
        message: `no response holds table ${source.table} with ${source.contents}`,
      });
      continue;
    }
    try {
      const { observations: found, report } = observationsFromSsb({
        indicator: indicator.id,
        source,
        datasets,
        ...(source.denominator === undefined
          ? {}
          : {
              denominatorDatasets: datasetsWith(
                byTable,
                source.denominator.table,
                source.denominator.contents
              ),
            }),
        units: scope.units,
        years: scope.years,
        additive: valueKindOfMeasure(indicator.measure) === "count",
      });
      observations.push(...found);
      reports.push({ indicator: indicator.id, report });
    } catch (error) {
      if (!(error instanceof SsbImportError)) throw error;
      failures.push({ indicator: indicator.id, message: error.message });
    }
  }
  return { observations, reports, failures };
}

/** The register's units among `codes` that the workbook's Enheter does not list yet. */
export function unitsMissingFrom(units: readonly Unit[], codes: readonly string[]): Unit[] {
  const listed = new Set(units.map((unit) => unit.code));
  return codes.flatMap((code) => {
    const entry = registerByCode.get(code);
    return listed.has(code) || entry === undefined
      ? []
      : [{ code, name: entry.name, level: entry.level }];
  });
}

/** Rows to append to Enheter: each unit's code, name and level in the sheet's columns, from column 0. */
export interface UnitAppendPlan {
  readonly sheet: string;
  readonly appends: readonly (readonly (CellValue | null)[])[];
  /** The columns that hold codes, written as text. */
  readonly codeColumn: number;
}

/** Plans the Enheter rows of `units`; undefined when the sheet has no header row to append under. */
export function planUnitAppends(
  unitsGrid: SheetGrid,
  units: readonly Unit[]
): UnitAppendPlan | undefined {
  const issues: Issue[] = [];
  const definition = { ...unitsSheet, aliases: [...unitsSheet.aliases, unitsGrid.name] };
  const table = readTable([unitsGrid], definition, issues);
  const codeColumn = table?.columns.code;
  if (table === undefined || codeColumn === undefined) return undefined;
  const width = Math.max(...Object.values<number>(table.columns)) + 1;
  return {
    sheet: unitsGrid.name,
    codeColumn,
    appends: units.map((unit) => {
      const row = new Array<CellValue | null>(width).fill(null);
      row[codeColumn] = unit.code;
      if (table.columns.name !== undefined) row[table.columns.name] = unit.name;
      if (table.columns.level !== undefined) row[table.columns.level] = unit.level ?? null;
      return row;
    }),
  };
}
