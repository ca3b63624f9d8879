// The template workbook as cell grids: the same shape the validator reads and the writers write.
import type { Direction } from "../model";
import { defaultDimensions, defaultIndicators } from "./default-catalogue";
import { exampleObservations } from "./example-data";
import { methodSettings } from "./method-settings";
import { pilotUnits } from "./pilot-units";
import { templateSheets, type SheetDefinition } from "./schema";

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

function recordsOf(
  definition: SheetDefinition,
  withExampleData: boolean
): Record<string, TemplateCell | undefined>[] {
  switch (definition.key) {
    case "indicators":
      return defaultIndicators.map((indicator) => ({
        ...indicator,
        dimension: indicator.parentId,
        direction: directionWords[indicator.direction],
        description: indicator.nameEn,
        goalposts: undefined,
      }));
    case "dimensions":
      return defaultDimensions.map((dimension) => ({
        id: dimension.id,
        name: dimension.name,
        weight: dimension.weight,
      }));
    case "units":
      return withExampleData
        ? pilotUnits.map((unit) => ({
            code: unit.code,
            name: unit.name,
            level: unit.level,
            group: unit.peerGroup,
          }))
        : [];
    case "data":
      return withExampleData
        ? exampleObservations.map((observation) => ({
            unit: observation.unitCode,
            year: observation.year,
            indicator: observation.indicatorId,
            value: observation.value,
            quality: observation.quality,
            source: observation.source,
          }))
        : [];
    case "method":
      return methodSettings.map((setting) => ({
        setting: setting.name,
        value: setting.defaultValue,
      }));
  }
}

/** The five sheets of a new workbook: the default catalogue and settings, and the example data if asked. */
export function templateWorkbook(withExampleData: boolean): readonly TemplateSheet[] {
  return templateSheets.map((definition) => ({
    definition,
    name: definition.name,
    values: [
      definition.columns.map((column) => column.header),
      ...recordsOf(definition, withExampleData).map((record) => rowOf(definition, record)),
    ],
  }));
}
