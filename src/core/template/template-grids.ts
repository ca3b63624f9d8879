// The template workbook as cell grids: the same shape the validator reads and the writers write.
import { formatSsbSelections, formatSsbTableContents } from "../import/ssb-source-fields";
import type { Direction, Framework, Observation, Unit } from "../model";
import { defaultFramework, indexAggregate } from "./default-catalogue";
import { exampleObservations } from "./example-data";
import { exampleMeasures } from "./example-measures";
import { methodSettings, settingCellValue, type MethodValues } from "./method-settings";
import { pilotUnits } from "./pilot-units";
import { measuresSheet, templateSheets, type SheetDefinition } from "./schema";

export type TemplateCell = string | number | null;

export interface TemplateSheet {
  readonly definition: SheetDefinition;
  readonly name: string;
  /** The header row first, then one row per record. */
  readonly values: readonly (readonly TemplateCell[])[];
}

const directionWords: Readonly<Record<Direction, string>> = {
  1: "høyere er bedre",
  [-1]: "lavere er bedre",
  0: "kontekst",
};

/** One row in the sheet's column order, from a record of cells by column key. */
function rowOf(
  definition: SheetDefinition,
  cells: Readonly<Record<string, TemplateCell | undefined>>
): TemplateCell[] {
  return definition.columns.map((column) => cells[column.key] ?? null);
}

/** What a workbook holds, in the model's terms. */
export interface TemplateContent {
  readonly framework: Framework;
  readonly units: readonly Unit[];
  readonly observations: readonly Observation[];
  /** The Metode values by setting key; absent settings (or all, when absent) get their defaults. */
  readonly settings?: Partial<MethodValues>;
}

function recordsOf(
  definition: SheetDefinition,
  content: TemplateContent
): Record<string, TemplateCell | undefined>[] {
  switch (definition.key) {
    case "indicators":
      return content.framework.indicators.map((indicator) => ({
        id: indicator.id,
        name: indicator.name,
        dimension: indicator.parentId,
        measure: indicator.measure,
        direction: directionWords[indicator.direction],
        weight: indicator.weight,
        level: indicator.level,
        target: indicator.target,
        targetYear: indicator.targetYear,
        lower: indicator.goalposts?.lower,
        upper: indicator.goalposts?.upper,
        source: indicator.source,
        description: indicator.description ?? indicator.nameEn,
        ssbTable: indicator.ssbSource?.table,
        ssbContents: indicator.ssbSource?.contents,
        ssbSelection:
          indicator.ssbSource === undefined || indicator.ssbSource.selections.length === 0
            ? undefined
            : formatSsbSelections(indicator.ssbSource.selections),
        ssbDenominator:
          indicator.ssbSource?.denominator === undefined
            ? undefined
            : formatSsbTableContents(indicator.ssbSource.denominator),
        scale:
          indicator.ssbSource === undefined || indicator.ssbSource.scale === 1
            ? undefined
            : indicator.ssbSource.scale,
      }));
    case "dimensions":
      return content.framework.aggregates
        .filter((aggregate) => aggregate.parentId !== undefined)
        .map((dimension) => ({
          id: dimension.id,
          name: dimension.name,
          weight: dimension.weight,
          parent: dimension.parentId === indexAggregate.id ? undefined : dimension.parentId,
        }));
    case "units":
      return content.units.map((unit) => ({
        code: unit.code,
        name: unit.name,
        level: unit.level,
        group: unit.peerGroup,
      }));
    case "data":
      return content.observations.map((observation) => ({
        unit: observation.unitCode,
        year: observation.year,
        indicator: observation.indicatorId,
        value: observation.value,
        quality: observation.quality,
        source: observation.source,
        comment: observation.comment,
      }));
    case "method":
      return methodSettings.map((setting) => ({
        setting: setting.name,
        value: settingCellValue(setting, content.settings?.[setting.key] ?? setting.defaultValue),
      }));
    case "measures":
      // Not one of the five sheets of content: measuresTemplateSheet writes Tiltak.
      return [];
  }
}

/** The five template sheets holding the given content, with its method settings or the defaults. */
export function workbookSheetsOf(content: TemplateContent): readonly TemplateSheet[] {
  return templateSheets.map((definition) => ({
    definition,
    name: definition.name,
    values: [
      definition.columns.map((column) => column.header),
      ...recordsOf(definition, content).map((record) => rowOf(definition, record)),
    ],
  }));
}

/** Measures as a Tiltak sheet's rows: unit, indicator, year, effect kind (a word of the Virkning column), effect, description, owner. */
export type MeasureRow = readonly [string, string, number, string, number, string, string];

/** The Tiltak sheet (measuresSheet) holding these rows, empty below its header when there are none. */
export function measuresTemplateSheet(rows: readonly MeasureRow[] = []): TemplateSheet {
  return {
    definition: measuresSheet,
    name: measuresSheet.name,
    values: [measuresSheet.columns.map((column) => column.header), ...rows],
  };
}

/**
 * The sheets of a new workbook: the five template sheets with the default catalogue and settings and
 * the six pilot units, then Tiltak; with example data, Data holds the illustrative figures and Tiltak
 * the illustrative measures.
 */
export function templateWorkbook(withExampleData: boolean): readonly TemplateSheet[] {
  return [
    ...workbookSheetsOf({
      framework: defaultFramework,
      units: pilotUnits,
      observations: withExampleData ? exampleObservations : [],
    }),
    measuresTemplateSheet(withExampleData ? exampleMeasures : []),
  ];
}
