// Units: the Enheter sheet read into units, checked against SSB's 2024 register.
import type { IssuePlace, Unit } from "../model";
import type { IssueSink } from "./issue-collector";
import { headerKey, registerByCode, registerNames, retiredByCode, unitsSheet } from "../template";
import { shownValue } from "./cell-values";
import { repeatedRows } from "./grid";
import { levelOfCode, parseUnitLevel, unitLevelsAccepted } from "./levels";
import { fieldReader } from "./read-fields";
import type { SheetTable } from "./read-tables";
import { reportValidationIssue as report } from "./validation-issues";

type UnitKey = (typeof unitsSheet.columns)[number]["key"];

export interface UnitsReading {
  readonly units: readonly Unit[];
  readonly unitRows: ReadonlyMap<string, number>;
}

/** The name written matches the register in any case and spacing, in any of its official forms. */
function nameMatches(name: string, accepted: readonly string[]): boolean {
  const written = headerKey(name);
  return accepted.some((candidate) =>
    [candidate, ...candidate.split(" - "), candidate.replace(/\s*\(.*\)$/, "")].some(
      (form) => headerKey(form) === written
    )
  );
}

function checkAgainstRegister(
  code: string,
  name: string | undefined,
  place: IssuePlace,
  namePlace: IssuePlace,
  issues: IssueSink
): void {
  const entry = registerByCode.get(code);
  if (entry !== undefined) {
    if (name !== undefined && !nameMatches(name, registerNames(entry)))
      issues.push(
        report(
          "unit_name_mismatch",
          { code, name, registerName: entry.name },
          { ...namePlace, value: name }
        )
      );
    return;
  }
  const retired = retiredByCode.get(code);
  if (retired !== undefined) {
    const parameters = {
      code,
      name: retired.name,
      year: retired.retiredIn,
      replacements: retired.replacedBy,
    };
    issues.push(report("unit_code_retired", parameters, place));
    return;
  }
  issues.push(report("unit_code_unknown", { code }, place));
}

export function readUnits(table: SheetTable<UnitKey> | undefined, issues: IssueSink): UnitsReading {
  const units: Unit[] = [];
  const unitRows = new Map<string, number>();
  if (table === undefined) return { units, unitRows };
  const fields = fieldReader(table, unitsSheet, issues);
  const sheet = table.grid.name;
  for (const row of table.rows) {
    const name = fields.text(row, "name");
    const written = fields.unitCode(row, "code");
    if (written === undefined) continue;
    const codePlace = { ...fields.place(row, "code"), value: shownValue(fields.cell(row, "code")) };
    if (written.kind === "malformed") {
      issues.push(report("unit_code_malformed", { code: written.written }, codePlace));
      continue;
    }
    const code = written.code;
    const place = { ...codePlace, unit: code };
    const firstRow = unitRows.get(code);
    if (firstRow !== undefined) {
      issues.push(
        report("unit_duplicate", { code, ...repeatedRows(table.grid, firstRow, row) }, place)
      );
      continue;
    }
    checkAgainstRegister(code, name, place, { ...fields.place(row, "name"), unit: code }, issues);
    const codeLevel = levelOfCode(code);
    const levelText = fields.text(row, "level");
    const level = levelText === undefined ? codeLevel : parseUnitLevel(levelText);
    if (levelText !== undefined && level === undefined)
      issues.push(
        report(
          "level_unknown",
          { sheet, value: levelText, accepted: unitLevelsAccepted },
          { ...fields.place(row, "level"), unit: code, value: levelText }
        )
      );
    else if (level !== undefined && codeLevel !== undefined && level !== codeLevel)
      issues.push(
        report(
          "unit_level_mismatch",
          { code, level: levelText ?? level, codeLevel },
          { ...fields.place(row, "level"), unit: code, value: levelText ?? level }
        )
      );
    const peerGroup = fields.text(row, "group");
    unitRows.set(code, row);
    units.push({
      code,
      name: name ?? code,
      ...(codeLevel === undefined ? {} : { level: codeLevel }),
      ...(peerGroup === undefined ? {} : { peerGroup }),
    });
  }
  return { units, unitRows };
}
