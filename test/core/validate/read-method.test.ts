import { methodSettings } from "../../../src/core/template";
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
