// Combining the Data sheets of several partners' workbooks that share one catalogue (the coordinator's job).
import type { Framework, Issue, Observation, Unit } from "../model";
import type { TemplateContent } from "../template";
import type { WorkbookContent } from "../validate";
import { reportMergeIssue as report, type DataPlace } from "./merge-issues";

export interface MergeSource {
  /** How the workbook is named in messages (its file name). */
  readonly file: string;
  readonly content: WorkbookContent;
}

export interface MergedWorkbook {
  /** The first workbook's catalogue and method, every workbook's units and observations. */
  readonly content: TemplateContent;
  readonly issues: readonly Issue[];
  /** False when the catalogues differ: the workbooks cannot be combined. */
  readonly combinable: boolean;
}

function signatures(framework: Framework): Map<string, string> {
  const entries = new Map<string, string>();
  for (const aggregate of framework.aggregates)
    entries.set(aggregate.id, `aggregate|${aggregate.parentId}|${aggregate.weight}`);
  for (const indicator of framework.indicators)
    entries.set(
      indicator.id,
      [
        "indicator",
        indicator.parentId,
        indicator.direction,
        indicator.weight,
        indicator.target,
        indicator.targetYear,
        indicator.goalposts?.lower,
        indicator.goalposts?.upper,
        indicator.denominator,
      ].join("|")
    );
  return entries;
}

function catalogueIssues(first: MergeSource, other: MergeSource): Issue[] {
  const expected = signatures(first.content.framework);
  const actual = signatures(other.content.framework);
  const issues: Issue[] = [];
  const place = (id: string, kind: "missing" | "extra" | "different") =>
    report(
      "catalogue_mismatch",
      { file: other.file, first: first.file, id, kind },
      { indicator: id }
    );
  for (const [id, signature] of expected) {
    const found = actual.get(id);
    if (found === undefined) issues.push(place(id, "missing"));
    else if (found !== signature) issues.push(place(id, "different"));
  }
  for (const id of actual.keys()) if (!expected.has(id)) issues.push(place(id, "extra"));
  return issues;
}

const sameUnit = (a: Unit, b: Unit) =>
  a.name === b.name && a.level === b.level && a.peerGroup === b.peerGroup;

/**
 * Merges workbooks read by the validator. Units are the union (the first definition of a code wins,
 * a differing one is a warning); observations are all kept, an identical repeat only once; the same unit,
 * year and indicator with different values is a `value_conflict` error listing every file and row, and all
 * of its rows stay in the result so that nothing is silently chosen.
 */
export function mergeWorkbooks(sources: readonly MergeSource[]): MergedWorkbook {
  const [first] = sources;
  if (first === undefined)
    return {
      content: { framework: { indicators: [], aggregates: [] }, units: [], observations: [] },
      issues: [],
      combinable: false,
    };
  const issues = sources.slice(1).flatMap((source) => catalogueIssues(first, source));
  const combinable = issues.length === 0;
  const units = new Map<string, Unit>();
  const unitSource = new Map<string, string>();
  const observations: Observation[] = [];
  const placesByKey = new Map<string, DataPlace[]>();
  for (const source of sources) {
    for (const unit of source.content.units) {
      const known = units.get(unit.code);
      if (known === undefined) {
        units.set(unit.code, unit);
        unitSource.set(unit.code, source.file);
      } else if (!sameUnit(known, unit))
        issues.push(
          report(
            "unit_mismatch",
            {
              file: source.file,
              first: unitSource.get(unit.code) ?? first.file,
              unitCode: unit.code,
            },
            { unit: unit.code }
          )
        );
    }
    let identical = 0;
    source.content.observations.forEach((observation, index) => {
      const key = `${observation.unitCode}\u0000${observation.year}\u0000${observation.indicatorId}`;
      const row = (source.content.observationRows[index] ?? index) + 1;
      const places = placesByKey.get(key) ?? [];
      if (places.some((place) => place.file !== source.file && place.value === observation.value)) {
        identical++;
        return;
      }
      places.push({ file: source.file, row, value: observation.value });
      placesByKey.set(key, places);
      observations.push(observation);
    });
    if (identical > 0)
      issues.push(report("identical_rows_merged", { file: source.file, count: identical }));
  }
  for (const [key, places] of placesByKey) {
    if (new Set(places.map((place) => place.value)).size < 2) continue;
    if (new Set(places.map((place) => place.file)).size < 2) continue;
    const [unitCode = "", yearText = "", indicatorId = ""] = key.split("\u0000");
    const year = Number(yearText);
    issues.push(
      report(
        "value_conflict",
        { unitCode, year, indicatorId, places },
        { unit: unitCode, year, indicator: indicatorId }
      )
    );
  }
  return {
    content: {
      framework: first.content.framework,
      units: [...units.values()],
      observations,
      settings: first.content.settings,
    },
    issues,
    combinable,
  };
}
