import type { Indicator, IssuePlace, Observation, Unit } from "../model";
import type { ValueKind } from "../template";
import { IndexByKey, type ObservationNumbering } from "./observation-keys";
import type { MethodValues } from "./read-method";

/** What the checks on observations read: the model, and where each observation's value lies. */
export interface ObservationContext {
  readonly observations: readonly Observation[];
  readonly observationRows: readonly number[];
  readonly numbering: ObservationNumbering;
  readonly dataSheet: string;
  readonly valueColumn: number | undefined;
  readonly units: ReadonlyMap<string, Unit>;
  /** Where each unit's code lies in the Enheter sheet. */
  readonly unitPlaces: ReadonlyMap<
    string,
    { readonly sheet: string; readonly row: number; readonly column?: number }
  >;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly kinds: ReadonlyMap<string, ValueKind>;
  readonly settings: MethodValues;
}

/** The place of an observation's value cell, for an issue. */
export function valuePlace(context: ObservationContext, index: number): IssuePlace {
  const observation = context.observations[index];
  return {
    sheet: context.dataSheet,
    row: context.observationRows[index],
    column: context.valueColumn,
    unit: observation?.unitCode,
    indicator: observation?.indicatorId,
    year: observation?.year,
    value: observation?.value,
  };
}

/**
 * The observations' indexes grouped by a numeric key below `keySpace`, in order of first key;
 * those whose key is undefined are left out.
 */
export function groupObservations(
  context: ObservationContext,
  keySpace: number,
  keyOf: (observation: Observation, index: number) => number | undefined
): number[][] {
  const groups: number[][] = [];
  const groupOfKey = new IndexByKey(keySpace);
  context.observations.forEach((observation, index) => {
    const key = keyOf(observation, index);
    if (key === undefined) return;
    let group = groupOfKey.get(key);
    if (group === undefined) {
      group = groups.length;
      groups.push([]);
      groupOfKey.set(key, group);
    }
    groups[group]?.push(index);
  });
  return groups;
}
