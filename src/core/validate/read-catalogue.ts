// Catalogue: the Indikatorer and Dimensjoner sheets read into the indicator tree, with their checks.
import { directionWordsAccepted, parseDirection } from "../model/direction";
import type { Aggregate, Framework, Indicator, SsbSource } from "../model";
import type { IssueSink } from "./issue-collector";
import {
  parseSsbDenominator,
  parseSsbSelections,
  parseSsbTable,
} from "../import/ssb-source-fields";
import {
  defaultIndicators,
  dimensionsSheet,
  indexAggregate,
  indicatorsSheet,
  valueKindOfMeasure,
  type ValueKind,
} from "../template";
import { fieldReader, type FieldReader } from "./read-fields";
import type { SheetTable } from "./read-tables";
import { repeatedRows } from "./grid";
import { indicatorLevelsAccepted, parseIndicatorLevel } from "./levels";
import { reportValidationIssue as report } from "./validation-issues";

type IndicatorKey = (typeof indicatorsSheet.columns)[number]["key"];
type DimensionKey = (typeof dimensionsSheet.columns)[number]["key"];

export interface CatalogueReading {
  readonly framework: Framework;
  /** The row of each indicator and dimension, by id. */
  readonly indicatorRows: ReadonlyMap<string, number>;
  readonly dimensionRows: ReadonlyMap<string, number>;
  /** What each indicator's values measure, from the default catalogue or its `Enhet`. */
  readonly kinds: ReadonlyMap<string, ValueKind>;
}

const idPattern = /^\p{L}[\p{L}\p{N}_.-]{0,63}$/u;
const defaultsById = new Map(defaultIndicators.map((indicator) => [indicator.id, indicator]));

/** Reads the rows' ids, reporting malformed and repeated ones; returns the rows each id is first on. */
function readIds<Key extends string>(
  table: SheetTable<Key>,
  fields: FieldReader<Key>,
  idKey: Key,
  issues: IssueSink
): Map<number, string> {
  const sheet = table.grid.name;
  const firstRows = new Map<string, number>();
  const ids = new Map<number, string>();
  for (const row of table.rows) {
    const id = fields.text(row, idKey);
    if (id === undefined) continue;
    const place = { ...fields.place(row, idKey), value: id };
    if (!idPattern.test(id)) {
      issues.push(report("id_malformed", { sheet, id }, place));
      continue;
    }
    const firstRow = firstRows.get(id);
    if (firstRow !== undefined) {
      issues.push(
        report("id_duplicate", { sheet, id, ...repeatedRows(table.grid, firstRow, row) }, place)
      );
      continue;
    }
    firstRows.set(id, row);
    ids.set(row, id);
  }
  return ids;
}

function readWeight<Key extends string>(
  fields: FieldReader<Key>,
  row: number,
  key: Key,
  id: string,
  sheet: string,
  issues: IssueSink
): number {
  const weight = fields.number(row, key);
  if (weight === undefined) return 1;
  if (weight < 0) {
    issues.push(
      report(
        "weight_invalid",
        { sheet, id, value: weight },
        { ...fields.place(row, key), value: weight }
      )
    );
    return 0;
  }
  return weight;
}

/** The SSB columns of an indicator's row, reporting what cannot be read at its cell. */
function readSsbSource(
  fields: FieldReader<IndicatorKey>,
  row: number,
  indicator: string,
  issues: IssueSink
): SsbSource | undefined {
  const at = (key: IndicatorKey, value?: string | number) => ({
    ...fields.place(row, key),
    indicator,
    ...(value === undefined ? {} : { value }),
  });
  const tableText = fields.text(row, "ssbTable");
  const contents = fields.text(row, "ssbContents");
  const selectionText = fields.text(row, "ssbSelection");
  const denominatorText = fields.text(row, "ssbDenominator");
  const scale = fields.number(row, "scale");
  if (scale !== undefined && !(scale > 0))
    issues.push(report("scale_invalid", { indicator, value: scale }, at("scale", scale)));
  if (tableText === undefined) {
    if (contents !== undefined || selectionText !== undefined || denominatorText !== undefined)
      issues.push(report("ssb_table_missing", { indicator }, at("ssbTable")));
    return undefined;
  }
  const written = fields.cell(row, "ssbTable");
  const table = parseSsbTable(typeof written === "number" ? written : tableText);
  if (table === undefined)
    issues.push(
      report("ssb_table_malformed", { indicator, value: tableText }, at("ssbTable", tableText))
    );
  if (contents === undefined && table !== undefined)
    issues.push(report("ssb_contents_missing", { indicator, table }, at("ssbContents")));
  const selections = parseSsbSelections(selectionText ?? "");
  if (selections.kind === "malformed")
    issues.push(
      report(
        "ssb_selection_malformed",
        { indicator, value: selectionText ?? "", part: selections.part },
        at("ssbSelection", selectionText)
      )
    );
  const denominator =
    denominatorText === undefined ? undefined : parseSsbDenominator(denominatorText);
  if (denominatorText !== undefined && denominator === undefined)
    issues.push(
      report(
        "ssb_denominator_malformed",
        { indicator, value: denominatorText },
        at("ssbDenominator", denominatorText)
      )
    );
  if (
    table === undefined ||
    contents === undefined ||
    selections.kind === "malformed" ||
    (denominatorText !== undefined && denominator === undefined) ||
    (scale !== undefined && !(scale > 0))
  )
    return undefined;
  return {
    table,
    contents,
    selections: selections.selections,
    ...(denominator === undefined ? {} : { denominator }),
    scale: scale ?? 1,
  };
}

function readDimensions(
  table: SheetTable<DimensionKey>,
  issues: IssueSink
): { dimensions: Aggregate[]; rows: Map<string, number> } {
  const fields = fieldReader(table, dimensionsSheet, issues);
  const sheet = table.grid.name;
  const dimensions: Aggregate[] = [];
  const rows = new Map<string, number>();
  for (const [row, id] of readIds(table, fields, "id", issues)) {
    const name = fields.text(row, "name") ?? id;
    const weight = readWeight(fields, row, "weight", id, sheet, issues);
    const parentId = fields.text(row, "parent");
    dimensions.push({ id, name, weight, parentId: parentId ?? indexAggregate.id });
    rows.set(id, row);
  }
  return { dimensions, rows };
}

function readIndicators(
  table: SheetTable<IndicatorKey>,
  dimensionIds: ReadonlySet<string> | undefined,
  issues: IssueSink
): { indicators: Indicator[]; kinds: Map<string, ValueKind>; rows: Map<string, number> } {
  const fields = fieldReader(table, indicatorsSheet, issues);
  const sheet = table.grid.name;
  const indicators: Indicator[] = [];
  const kinds = new Map<string, ValueKind>();
  const rows = new Map<string, number>();
  for (const [row, id] of readIds(table, fields, "id", issues)) {
    const name = fields.text(row, "name") ?? id;
    const dimension = fields.text(row, "dimension");
    if (dimension !== undefined && dimensionIds !== undefined && !dimensionIds.has(dimension))
      issues.push(
        report(
          "dimension_unknown",
          { indicator: id, dimension },
          { ...fields.place(row, "dimension"), indicator: id, value: dimension }
        )
      );
    const directionText = fields.text(row, "direction");
    const direction =
      directionText === undefined ? undefined : parseDirection(fields.cell(row, "direction"));
    if (directionText !== undefined && direction === undefined)
      issues.push(
        report(
          "direction_unknown",
          { indicator: id, value: directionText, accepted: directionWordsAccepted },
          { ...fields.place(row, "direction"), indicator: id, value: directionText }
        )
      );
    const levelText = fields.text(row, "level");
    const level = levelText === undefined ? undefined : parseIndicatorLevel(levelText);
    if (levelText !== undefined && level === undefined)
      issues.push(
        report(
          "level_unknown",
          { sheet, value: levelText, accepted: indicatorLevelsAccepted },
          { ...fields.place(row, "level"), indicator: id, value: levelText }
        )
      );
    const target = fields.number(row, "target");
    const targetYear = fields.number(row, "targetYear");
    const lower = fields.number(row, "lower");
    const upper = fields.number(row, "upper");
    if (lower !== undefined && upper !== undefined && lower >= upper)
      issues.push(
        report(
          "goalposts_invalid",
          { indicator: id, lower, upper },
          { ...fields.place(row, "lower"), indicator: id, value: lower }
        )
      );
    const measure = fields.text(row, "measure");
    const ssbSource = readSsbSource(fields, row, id, issues);
    const standard = defaultsById.get(id);
    kinds.set(
      id,
      standard !== undefined && (measure === undefined || measure === standard.measure)
        ? standard.kind
        : valueKindOfMeasure(measure)
    );
    rows.set(id, row);
    indicators.push({
      id,
      name,
      parentId: dimension ?? "",
      direction: direction ?? 0,
      weight: readWeight(fields, row, "weight", id, sheet, issues),
      ...(measure === undefined ? {} : { measure }),
      ...(level === undefined ? {} : { level }),
      ...(target === undefined ? {} : { target }),
      ...(targetYear === undefined ? {} : { targetYear }),
      ...(lower === undefined || upper === undefined ? {} : { goalposts: { lower, upper } }),
      ...optionalText(fields.text(row, "source"), "source"),
      ...optionalText(fields.text(row, "description"), "description"),
      ...(ssbSource === undefined ? {} : { ssbSource }),
    });
  }
  return { indicators, kinds, rows };
}

function optionalText<Name extends string>(
  text: string | undefined,
  name: Name
): Partial<Record<Name, string>> {
  return (text === undefined ? {} : { [name]: text }) as Partial<Record<Name, string>>;
}

/** The ids along each cycle among the dimensions' parents, each cycle once. */
function cyclesOf(dimensions: readonly Aggregate[]): string[][] {
  const parents = new Map(dimensions.map((dimension) => [dimension.id, dimension.parentId]));
  const settled = new Set<string>();
  const cycles: string[][] = [];
  for (const dimension of dimensions) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = dimension.id;
    while (current !== undefined && parents.has(current) && !settled.has(current)) {
      const seenAt = onPath.get(current);
      if (seenAt !== undefined) {
        cycles.push([...path.slice(seenAt), current]);
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      current = parents.get(current);
    }
    for (const id of path) settled.add(id);
  }
  return cycles;
}

function checkTree(
  dimensions: readonly Aggregate[],
  indicators: readonly Indicator[],
  dimensionRows: ReadonlyMap<string, number>,
  table: SheetTable<DimensionKey>,
  issues: IssueSink
): void {
  const sheet = table.grid.name;
  const ids = new Set(dimensions.map((dimension) => dimension.id));
  const placeOf = (id: string, key: DimensionKey = "id") => ({
    sheet,
    row: dimensionRows.get(id),
    column: table.columns[key],
  });
  for (const dimension of dimensions) {
    const parent = dimension.parentId ?? indexAggregate.id;
    if (parent !== indexAggregate.id && !ids.has(parent))
      issues.push(
        report(
          "dimension_parent_unknown",
          { dimension: dimension.id, parent },
          { ...placeOf(dimension.id, "parent"), value: parent }
        )
      );
  }
  for (const cycle of cyclesOf(dimensions))
    issues.push(report("dimension_cycle", { cycle }, placeOf(cycle[0] ?? "")));
  const children = new Map<string, { weight: number }[]>();
  const add = (parent: string, weight: number) =>
    children.set(parent, [...(children.get(parent) ?? []), { weight }]);
  for (const dimension of dimensions)
    add(dimension.parentId ?? indexAggregate.id, dimension.weight);
  for (const indicator of indicators)
    if (indicator.direction !== 0) add(indicator.parentId, indicator.weight);
  const hasIndicators = new Set(indicators.map((indicator) => indicator.parentId));
  for (const dimension of dimensions) {
    const members = children.get(dimension.id) ?? [];
    if (members.length === 0 && !hasIndicators.has(dimension.id))
      issues.push(report("dimension_empty", { dimension: dimension.id }, placeOf(dimension.id)));
  }
  for (const [parent, members] of children) {
    if (!ids.has(parent) && parent !== indexAggregate.id) continue;
    if (members.length > 0 && members.every((member) => member.weight === 0))
      issues.push(
        report(
          "weights_all_zero",
          { dimension: parent },
          parent === indexAggregate.id ? { sheet } : placeOf(parent)
        )
      );
  }
}

export function readCatalogue(
  indicatorTable: SheetTable<IndicatorKey> | undefined,
  dimensionTable: SheetTable<DimensionKey> | undefined,
  issues: IssueSink
): CatalogueReading {
  const { dimensions, rows: dimensionRows } =
    dimensionTable === undefined
      ? { dimensions: [], rows: new Map<string, number>() }
      : readDimensions(dimensionTable, issues);
  const dimensionIds =
    dimensionTable === undefined ? undefined : new Set(dimensions.map((dimension) => dimension.id));
  const { indicators, kinds, rows } =
    indicatorTable === undefined
      ? { indicators: [], kinds: new Map<string, ValueKind>(), rows: new Map<string, number>() }
      : readIndicators(indicatorTable, dimensionIds, issues);
  if (dimensionTable !== undefined)
    checkTree(dimensions, indicators, dimensionRows, dimensionTable, issues);
  return {
    framework: { indicators, aggregates: [indexAggregate, ...dimensions] },
    indicatorRows: rows,
    dimensionRows,
    kinds,
  };
}
