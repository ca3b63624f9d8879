import { validateWorkbook } from "../../../src/core/validate";
import { appendRow, describeChecks, exampleWorkbook, setNumberFormat } from "./workbook-grids";
import { messageIn } from "../../../src/core/issues";

const oslo = { Kode: "0301", Navn: "Oslo", Nivå: "kommune", Gruppe: "storby" };

describeChecks([
  {
    problem: "Oslo's code typed as the number 301",
    code: "unit_code_leading_zero",
    trigger: (workbook) => void appendRow(workbook, "Enheter", { ...oslo, Kode: 301 }),
    expected: {
      severity: "warning",
      sheet: "Enheter",
      row: 7,
      column: 0,
      unit: "0301",
      value: 301,
    },
    fine: "the code as text 0301, and 301 shown through the number format 0000",
    nearMiss: (workbook) => {
      appendRow(workbook, "Enheter", oslo);
      const row = appendRow(workbook, "Enheter", { ...oslo, Kode: 3, Navn: "Oslo", Nivå: "fylke" });
      setNumberFormat(workbook, "Enheter", row, "Kode", "00");
    },
  },
  {
    problem: "a five-digit code",
    code: "unit_code_malformed",
    trigger: (workbook) => void appendRow(workbook, "Enheter", { ...oslo, Kode: "03011" }),
    expected: { severity: "error", row: 7, column: 0, value: "03011" },
    fine: "a two-digit fylke code",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Enheter", { ...oslo, Kode: "03", Nivå: "fylke" }),
  },
  {
    problem: "a code that never existed",
    code: "unit_code_unknown",
    trigger: (workbook) => void appendRow(workbook, "Enheter", { ...oslo, Kode: "0399" }),
    expected: { severity: "error", row: 7, unit: "0399" },
    fine: "a code in the 2024 register",
    nearMiss: (workbook) => void appendRow(workbook, "Enheter", oslo),
  },
  {
    problem: "Trondheim's code before 2018, 1601",
    code: "unit_code_retired",
    trigger: (workbook) =>
      void appendRow(workbook, "Enheter", { ...oslo, Kode: "1601", Navn: "Trondheim" }),
    expected: { severity: "error", row: 7, unit: "1601" },
    fine: "a code valid since 2024 that replaced a retired one (1508 Ålesund)",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Enheter", { ...oslo, Kode: "1508", Navn: "Ålesund" }),
  },
  {
    problem: "0301 named Bergen",
    code: "unit_name_mismatch",
    trigger: (workbook) => void appendRow(workbook, "Enheter", { ...oslo, Navn: "Bergen" }),
    expected: { severity: "warning", row: 7, column: 1, unit: "0301", value: "Bergen" },
    fine: "names in other case and official parallel names (Kautokeino for 5612)",
    nearMiss: (workbook) => {
      appendRow(workbook, "Enheter", { ...oslo, Navn: " oslo " });
      appendRow(workbook, "Enheter", { ...oslo, Kode: "5612", Navn: "Kautokeino" });
      appendRow(workbook, "Enheter", { ...oslo, Kode: "1515", Navn: "Herøy" });
    },
  },
  {
    problem: "Trondheim listed twice",
    code: "unit_duplicate",
    trigger: (workbook) =>
      void appendRow(workbook, "Enheter", { ...oslo, Kode: "5001", Navn: "Trondheim" }),
    expected: { severity: "error", row: 7, unit: "5001" },
    fine: "another kommune",
    nearMiss: (workbook) => void appendRow(workbook, "Enheter", oslo),
  },
  {
    problem: "a kommune given the level fylke",
    code: "unit_level_mismatch",
    trigger: (workbook) => void appendRow(workbook, "Enheter", { ...oslo, Nivå: "fylke" }),
    expected: { severity: "error", row: 7, column: 2, unit: "0301" },
    fine: "the level in English, and no level at all",
    nearMiss: (workbook) => {
      appendRow(workbook, "Enheter", { ...oslo, Nivå: "Municipality" });
      appendRow(workbook, "Enheter", { ...oslo, Kode: "03", Nivå: null });
    },
  },
]);

describe("reading units", () => {
  it("names the code or codes that replaced a retired one", () => {
    const workbook = exampleWorkbook();
    appendRow(workbook, "Enheter", { ...oslo, Kode: "1507", Navn: "Ålesund" });
    appendRow(workbook, "Enheter", {
      ...oslo,
      Kode: "54",
      Navn: "Troms og Finnmark",
      Nivå: "fylke",
    });
    const retired = validateWorkbook(workbook).issues.filter(
      (issue) => issue.code === "unit_code_retired"
    );
    expect(retired.map((issue) => messageIn(issue, "en"))).toEqual([
      "The code 1507 (Ålesund) was retired in 2024 and replaced by 1508, 1580. Use the new code.",
      "The code 54 (Troms og Finnmark) was retired in 2024 and replaced by 55, 56. Use the new code.",
    ]);
  });

  it("reads a unit's level from its code when the level is left empty", () => {
    const workbook = exampleWorkbook();
    appendRow(workbook, "Enheter", { ...oslo, Nivå: null });
    const unit = validateWorkbook(workbook).content.units.find(
      (candidate) => candidate.code === "0301"
    );
    expect(unit?.level).toBe("kommune");
  });
});
