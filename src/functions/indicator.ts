// VEIKART.INDICATOR: a field of an indicator in the default catalogue.
import type { Aggregate } from "../core/model/framework";
import {
  defaultDimensions,
  defaultIndicators,
  type DefaultIndicator,
} from "../core/template/default-catalogue";
import { choice, text } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { reportFunctionIssue } from "./function-issues";

type FieldReader = (
  indicator: DefaultIndicator,
  dimension: Aggregate | undefined
) => string | number | undefined;

const name: FieldReader = (indicator) => indicator.name;
const nameInEnglish: FieldReader = (indicator) => indicator.nameEn;
const dimensionName: FieldReader = (_indicator, dimension) => dimension?.name;
const unit: FieldReader = (indicator) => indicator.measure;
const direction: FieldReader = (indicator) => indicator.direction;
const source: FieldReader = (indicator) => indicator.source;
const level: FieldReader = (indicator) => indicator.level;
const weight: FieldReader = (indicator) => indicator.weight;

/** The fields, by their English names and the template's bokmål column headers. */
export const indicatorFields: Readonly<Record<string, FieldReader>> = {
  name,
  name_en: nameInEnglish,
  dimension: dimensionName,
  dimension_en: (_indicator, dimension) => dimension?.nameEn,
  dimension_id: (indicator) => indicator.parentId,
  unit,
  direction,
  source,
  level,
  weight,
  navn: name,
  dimensjon: dimensionName,
  enhet: unit,
  retning: direction,
  kilde: source,
  nivå: level,
  vekt: weight,
};

const indicatorsById = new Map(defaultIndicators.map((indicator) => [indicator.id, indicator]));
const dimensionsById = new Map(defaultDimensions.map((dimension) => [dimension.id, dimension]));

export const indicatorFunction = declareFunction({
  id: "INDICATOR",
  arguments: [
    text("id", {
      nb: "en indikator-id fra standardkatalogen, for eksempel GHG_PER_CAPITA",
      en: "an indicator id of the default catalogue, such as GHG_PER_CAPITA",
    }),
    choice("field", indicatorFields, "name"),
  ],
  evaluate: (id, field) => {
    const indicator = indicatorsById.get(id.toUpperCase());
    if (indicator === undefined) return reportFunctionIssue("indicator_unknown", { id });
    const value = field(indicator, dimensionsById.get(indicator.parentId));
    if (value === undefined || value === "")
      return reportFunctionIssue("field_empty", { id: indicator.id });
    return value;
  },
});
