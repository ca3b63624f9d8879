import {
  defaultVariedInputs,
  methodSettings,
  sensitivitySampleLimits,
} from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import {
  appendRow,
  describeChecks,
  exampleWorkbook,
  findRow,
  setCell,
  type EditableSheet,
} from "./workbook-grids";

const settingRow = (workbook: EditableSheet[], name: string) =>
  findRow(workbook, "Metode", { Innstilling: name });

const variedInputsName = "Robusthetsanalyse: varierte valg";
/** The varied inputs' row in the template's Metode sheet (row 0 is the header). */
const variedInputsRow =
  methodSettings.findIndex((setting) => setting.key === "sensitivityInputs") + 1;

/** The row a setting appended below the template's settings lands in (row 0 is the header). */
const appendedRow = methodSettings.length + 1;

describeChecks([
  {
    problem: "a setting the engine does not know",
    code: "setting_unknown",
    trigger: (workbook) =>
      void appendRow(workbook, "Metode", { Innstilling: "Farge", Verdi: "grønn" }),
    expected: { severity: "warning", sheet: "Metode", row: appendedRow, column: 0, value: "Farge" },
    fine: "a setting named by its English alias",
    nearMiss: (workbook) =>
      setCell(
        workbook,
        "Metode",
        settingRow(workbook, "Normalisering"),
        "Innstilling",
        "normalisation"
      ),
  },
  {
    problem: "a normalisation method that does not exist",
    code: "setting_value_invalid",
    trigger: (workbook) =>
      setCell(workbook, "Metode", settingRow(workbook, "Normalisering"), "Verdi", "fancy"),
    expected: { severity: "error", sheet: "Metode", row: 1, column: 1, value: "fancy" },
    fine: "the method written in English and in other case",
    nearMiss: (workbook) =>
      setCell(workbook, "Metode", settingRow(workbook, "Normalisering"), "Verdi", "Z-Score"),
  },
  {
    problem: "the aggregation given twice",
    code: "setting_duplicate",
    trigger: (workbook) =>
      void appendRow(workbook, "Metode", { Innstilling: "Aggregering", Verdi: "geometrisk" }),
    expected: { severity: "error", sheet: "Metode", row: appendedRow, column: 0 },
    fine: "the aggregation changed in its own row",
    nearMiss: (workbook) =>
      setCell(workbook, "Metode", settingRow(workbook, "Aggregering"), "Verdi", "geometrisk"),
  },
  {
    problem: "a robustness analysis varying an input there is no such thing as",
    code: "unknown_varied_input",
    trigger: (workbook) =>
      setCell(workbook, "Metode", settingRow(workbook, variedInputsName), "Verdi", "farge=rød,blå"),
    expected: {
      severity: "error",
      sheet: "Metode",
      row: variedInputsRow,
      column: 1,
      value: "farge=rød,blå",
      parameters: { name: "farge" },
    },
    fine: "the inputs named in bokmål, with bokmål alternatives",
    nearMiss: (workbook) =>
      setCell(
        workbook,
        "Metode",
        settingRow(workbook, variedInputsName),
        "Verdi",
        "Normalisering = min-maks, z-skår; vekter = 10 %"
      ),
  },
  {
    problem: "a varied input with an alternative its registry does not have",
    code: "unknown_alternative",
    trigger: (workbook) =>
      setCell(
        workbook,
        "Metode",
        settingRow(workbook, variedInputsName),
        "Verdi",
        "aggregate=arithmetic,median; weights=25%"
      ),
    expected: {
      sheet: "Metode",
      row: variedInputsRow,
      column: 1,
      parameters: { input: "aggregate", value: "median" },
    },
    fine: "the aggregation's alternatives written in English",
    nearMiss: (workbook) =>
      setCell(
        workbook,
        "Metode",
        settingRow(workbook, variedInputsName),
        "Verdi",
        "aggregation=arithmetic,geometric"
      ),
  },
  {
    problem: "the same input varied twice",
    code: "duplicate_alternative",
    trigger: (workbook) =>
      setCell(
        workbook,
        "Metode",
        settingRow(workbook, variedInputsName),
        "Verdi",
        "normalise=minmax,zscore; normalisering=rangering"
      ),
    expected: { sheet: "Metode", row: variedInputsRow, column: 1 },
    fine: "two different inputs",
    nearMiss: (workbook) =>
      setCell(
        workbook,
        "Metode",
        settingRow(workbook, variedInputsName),
        "Verdi",
        "normalise=minmax,zscore; imputering=ingen,gjennomsnitt"
      ),
  },
]);

describe("reading Metode", () => {
  it("reads each setting as the engine's method name", () => {
    const workbook = exampleWorkbook();
    setCell(workbook, "Metode", settingRow(workbook, "Normalisering"), "Verdi", "Avstand til mål");
    setCell(workbook, "Metode", settingRow(workbook, "Dekningsgrense"), "Verdi", "75 %");
    setCell(workbook, "Metode", settingRow(workbook, "Sammenligningsgruppe"), "Verdi", "storby");
    const settings = validateWorkbook(workbook).content.settings;
    expect(settings).toMatchObject({
      normalisation: "dist2target",
      coverageThreshold: 0.75,
      peerGroup: "storby",
    });
  });

  it("rejects a coverage threshold above 1 and a peer group no unit belongs to", () => {
    const workbook = exampleWorkbook();
    setCell(workbook, "Metode", settingRow(workbook, "Dekningsgrense"), "Verdi", 1.5);
    setCell(workbook, "Metode", settingRow(workbook, "Sammenligningsgruppe"), "Verdi", "småby");
    const invalid = validateWorkbook(workbook).issues.filter(
      (issue) => issue.code === "setting_value_invalid"
    );
    expect(invalid.map((issue) => issue.value)).toEqual([1.5, "småby"]);
  });
});

describe("reading the robustness analysis's settings", () => {
  it("reads the varied inputs in bokmål as the registry's names, and nothing else about them is an issue", () => {
    const workbook = exampleWorkbook();
    const row = settingRow(workbook, variedInputsName);
    setCell(workbook, "Metode", row, "Verdi", "normalisering=min-maks,rangering; vekter=10 %");
    const validation = validateWorkbook(workbook);
    expect(validation.content.settings.sensitivityInputs).toBe(
      "normalise=minmax,rank; weights=10%"
    );
    expect(validation.issues.filter((issue) => issue.row === row)).toEqual([]);
  });

  it("reports every unreadable variation of the cell, and keeps the default inputs", () => {
    const workbook = exampleWorkbook();
    setCell(
      workbook,
      "Metode",
      settingRow(workbook, variedInputsName),
      "Verdi",
      "normalise=minmax,fancy; weights=150%"
    );
    const validation = validateWorkbook(workbook);
    const atCell = validation.issues.filter((issue) => issue.row === variedInputsRow);
    expect(atCell.map((issue) => issue.code)).toEqual(["unknown_alternative", "invalid_noise"]);
    expect(validation.content.settings.sensitivityInputs).toBe(defaultVariedInputs);
  });

  it("takes the replications as a whole number within their limits, and the analysis switched off in bokmål", () => {
    const workbook = exampleWorkbook();
    const replications = settingRow(workbook, "Robusthetsanalyse: antall replikasjoner");
    setCell(workbook, "Metode", settingRow(workbook, "Robusthetsanalyse"), "Verdi", "av");
    setCell(workbook, "Metode", replications, "Verdi", 2500);
    setCell(workbook, "Metode", settingRow(workbook, "Robusthetsanalyse: frø"), "Verdi", 7);
    expect(validateWorkbook(workbook).content.settings).toMatchObject({
      sensitivityAnalysis: "off",
      sensitivityReplications: 2500,
      sensitivitySeed: 7,
    });
    for (const refused of [250.5, sensitivitySampleLimits.maximum + 1, 10]) {
      setCell(workbook, "Metode", replications, "Verdi", refused);
      const validation = validateWorkbook(workbook);
      const invalid = validation.issues.filter((issue) => issue.code === "setting_value_invalid");
      expect(invalid.map((issue) => [issue.row, issue.value])).toEqual([[replications, refused]]);
      expect(validation.content.settings.sensitivityReplications).toBe(1000);
    }
  });
});
