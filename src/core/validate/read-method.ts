// Metode: the run's settings, each checked against its allowed values.
import { decouplingPairsOf, decouplingPairsText } from "../analysis/decoupling-pairs";
import type { IssueSink } from "./issue-collector";
import {
  allPeersWords,
  defaultMethodValues,
  headerKey,
  methodSettings,
  methodSheet,
  type MethodSetting,
  type MethodSettingKey,
  type MethodValues,
} from "../template";
import { isWholeNumberIn, readNumber, shownValue } from "./cell-values";
import { readVariedInputs, variedInputsText } from "./read-varied-inputs";
import { repeatedRows } from "./grid";
import { fieldReader } from "./read-fields";
import type { SheetTable } from "./read-tables";
import { earliestYear, latestYear } from "./observation-keys";
import { reportValidationIssue as report } from "./validation-issues";

type MethodKey = (typeof methodSheet.columns)[number]["key"];

export type { MethodValues };

export interface MethodReading {
  readonly settings: MethodValues;
  /** The Metode row of each setting the workbook gives, by key. */
  readonly settingRows: ReadonlyMap<string, number>;
}

/** Each Metode setting by its bokmål name, key or English alias, matched like headers (headerKey). */
export const settingsByName = new Map(
  methodSettings.flatMap((setting) =>
    [setting.name, setting.key, ...setting.aliases].map(
      (name) => [headerKey(name), setting] as const
    )
  )
);

export function allowedText(setting: MethodSetting, peerGroups: ReadonlySet<string>): string {
  const kind = setting.kind;
  switch (kind.type) {
    case "choice":
      return kind.choices.map((choice) => choice.words[1] ?? choice.value).join(", ");
    case "number":
    case "whole number":
      return `${kind.minimum}–${kind.maximum}`;
    case "year":
      return `${earliestYear}–${latestYear}`;
    case "peer group":
      return [allPeersWords[0] ?? "alle", ...peerGroups].join(", ");
    case "indicator pairs":
      return "BELASTNING/DRIVKRAFT; ... (GHG_TOTAL/EMPLOYMENT_WORKPLACE)";
    case "varied inputs":
      return "VALG=ALTERNATIV,ALTERNATIV; ... (normalisering=min-maks,z-skår; vekter=25%)";
  }
}

/** The setting's value as the engine reads it, or undefined when the cell holds no allowed value. */
export function settingValue(
  setting: MethodSetting,
  cell: unknown,
  peerGroups: ReadonlySet<string>
): string | number | undefined {
  const kind = setting.kind;
  const text =
    typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : undefined;
  switch (kind.type) {
    case "choice": {
      const written = text === undefined ? "" : headerKey(text);
      return kind.choices.find((choice) => choice.words.some((word) => headerKey(word) === written))
        ?.value;
    }
    case "number":
    case "whole number":
    case "year": {
      const reading = readNumber(cell);
      if (reading.kind !== "number" && reading.kind !== "text number") return undefined;
      const value =
        reading.kind === "text number" && reading.text.endsWith("%")
          ? reading.value / 100
          : reading.value;
      if (kind.type === "year")
        return isWholeNumberIn(value, earliestYear, latestYear) ? value : undefined;
      if (kind.type === "whole number")
        return isWholeNumberIn(value, kind.minimum, kind.maximum) ? value : undefined;
      return value >= kind.minimum && value <= kind.maximum ? value : undefined;
    }
    case "peer group":
      if (text === undefined) return undefined;
      if (allPeersWords.some((word) => headerKey(word) === headerKey(text))) return "alle";
      return peerGroups.has(text) ? text : undefined;
    case "indicator pairs": {
      const pairs = text === undefined ? undefined : decouplingPairsOf(text);
      return pairs === undefined ? undefined : decouplingPairsText(pairs);
    }
    case "varied inputs": {
      const reading = text === undefined ? undefined : readVariedInputs(text);
      return reading === undefined || reading.problems.length > 0
        ? undefined
        : variedInputsText(reading.inputs);
    }
  }
}

/**
 * The method with some settings replaced by values `settingValue` accepted. Each such value is one of its
 * own setting's choices (which come from the typed registries), numbers or peer groups, so it has the
 * setting's type.
 */
export function withValues(
  method: MethodValues,
  accepted: Readonly<Partial<Record<MethodSettingKey, string | number>>>
): MethodValues {
  return { ...method, ...accepted } as MethodValues;
}

export function readMethod(
  table: SheetTable<MethodKey> | undefined,
  peerGroups: ReadonlySet<string>,
  issues: IssueSink
): MethodReading {
  const given: Partial<Record<MethodSettingKey, string | number>> = {};
  const settingRows = new Map<string, number>();
  const reading = (): MethodReading => ({
    settings: withValues(defaultMethodValues, given),
    settingRows,
  });
  if (table === undefined) return reading();
  const fields = fieldReader(table, methodSheet, issues);
  for (const row of table.rows) {
    const name = fields.text(row, "setting");
    if (name === undefined) continue;
    const setting = settingsByName.get(headerKey(name));
    if (setting === undefined) {
      const known = methodSettings.map((candidate) => candidate.name);
      issues.push(
        report(
          "setting_unknown",
          { setting: name, known },
          { ...fields.place(row, "setting"), value: name }
        )
      );
      continue;
    }
    const firstRow = settingRows.get(setting.key);
    if (firstRow !== undefined) {
      issues.push(
        report(
          "setting_duplicate",
          { setting: name, ...repeatedRows(table.grid, firstRow, row) },
          { ...fields.place(row, "setting"), value: name }
        )
      );
      continue;
    }
    settingRows.set(setting.key, row);
    if (fields.text(row, "value") === undefined) continue;
    const cell = fields.cell(row, "value");
    if (setting.kind.type === "varied inputs") {
      // The parser says what is wrong with each variation, more than a list of allowed values could;
      // its reading is the value too, so the text is parsed once.
      const place = { ...fields.place(row, "value"), value: shownValue(cell) };
      const { inputs, problems } = readVariedInputs(String(cell));
      for (const problem of problems) issues.push({ ...problem, ...place });
      if (problems.length === 0) given[setting.key] = variedInputsText(inputs);
      continue;
    }
    const value = settingValue(setting, cell, peerGroups);
    if (value === undefined) {
      const parameters = {
        setting: name,
        value: shownValue(cell),
        allowed: allowedText(setting, peerGroups),
      };
      issues.push(
        report("setting_value_invalid", parameters, {
          ...fields.place(row, "value"),
          value: shownValue(cell),
        })
      );
      continue;
    }
    given[setting.key] = value;
  }
  return reading();
}

type NumericSettingKey = {
  [Key in MethodSettingKey]: MethodValues[Key] extends number ? Key : never;
}[MethodSettingKey];

/** A numeric setting's value. */
export function numericSetting(settings: MethodValues, key: NumericSettingKey): number {
  return settings[key];
}
