import { validateWorkbook, type CellValue } from "../../../src/core/validate";
import {
  appendRow,
  describeChecks,
  exampleWorkbook,
  setNumberFormat,
  type EditableSheet,
} from "./workbook-grids";

const row2024 = { Enhet: "5001", År: 2024, Indikator: "EV_SHARE_FLEET", Verdi: 40 };

/** Appends a Data row for Trondheim 2024 with the given cells over row2024. */
const data =
  (cells: Readonly<Record<string, CellValue | null>> = {}) =>
  (workbook: ReturnType<typeof exampleWorkbook>) =>
    void appendRow(workbook, "Data", { ...row2024, ...cells });

/** Appends a Data row for Trondheim 2024 whose value is shown through the given number format. */
const formattedValue = (value: number, format: string) => (workbook: EditableSheet[]) => {
  const row = appendRow(workbook, "Data", { ...row2024, Verdi: value });
  setNumberFormat(workbook, "Data", row, "Verdi", format);
};

describeChecks([
  {
    problem: "a row for Oslo, which is not in Enheter",
    code: "data_unit_unknown",
    trigger: data({ Enhet: "0301" }),
    expected: { severity: "error", sheet: "Data", row: 841, column: 0, unit: "0301" },
    fine: "a row for a unit in Enheter given as a number",
    nearMiss: data({ Enhet: 5001 }),
  },
  {
    problem: "an indicator id that is not in Indikatorer",
    code: "data_indicator_unknown",
    trigger: data({ Indikator: "CO2" }),
    expected: { severity: "error", row: 841, column: 2, indicator: "CO2" },
    fine: "a known indicator",
    nearMiss: data(),
  },
  {
    problem: "the year 2024.5",
    code: "year_invalid",
    trigger: data({ År: 2024.5 }),
    expected: { severity: "error", row: 841, column: 1, value: 2024.5 },
    fine: "the year typed as the text '2024'",
    nearMiss: data({ År: "2024" }),
  },
  {
    problem: "a value typed as text with a decimal comma",
    code: "value_text_number",
    trigger: data({ Verdi: "40,5" }),
    expected: { severity: "warning", row: 841, column: 3, unit: "5001", year: 2024, value: "40,5" },
    fine: "the same value as a number",
    nearMiss: data({ Verdi: 40.5 }),
  },
  {
    problem: "a number held as 0.405 in a percent-formatted cell",
    code: "value_percent_format",
    trigger: formattedValue(0.405, "0.0%"),
    expected: { severity: "warning", row: 841, column: 3, value: 0.405 },
    fine: "a number in a cell with a format showing a literal percent sign",
    nearMiss: formattedValue(40.5, '0.0" %"'),
  },
  {
    problem: "a number in a date-formatted cell (1.5 typed in Norwegian Excel becomes 1 May)",
    code: "value_date_format",
    trigger: formattedValue(46143, "dd.mm.yyyy"),
    expected: { severity: "warning", row: 841, column: 3, unit: "5001", value: 46143 },
    fine: "a number in a cell with a number format",
    nearMiss: formattedValue(46143, "# ##0"),
  },
  {
    problem: "SSB's symbol '..' for a value not available",
    code: "value_missing_symbol",
    trigger: data({ Verdi: ".." }),
    expected: { severity: "info", row: 841, column: 3, value: ".." },
    fine: "an empty value cell",
    nearMiss: data({ Verdi: null }),
  },
  {
    problem: "a value that is a word",
    code: "value_not_number",
    trigger: data({ Verdi: "ca. førti" }),
    expected: { severity: "error", row: 841, column: 3, value: "ca. førti" },
    fine: "a negative number typed as text with a Unicode minus",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Data", { ...row2024, Indikator: "POP_GROWTH", Verdi: "−0,4" }),
  },
  {
    problem: "the Excel error #DIV/0! in a value cell",
    code: "cell_error",
    trigger: data({ Verdi: "#DIV/0!" }),
    expected: {
      severity: "error",
      sheet: "Data",
      row: 841,
      column: 3,
      unit: "5001",
      indicator: "EV_SHARE_FLEET",
      year: 2024,
      value: "#DIV/0!",
    },
    fine: "a hashtag in a comment",
    nearMiss: data({ Kommentar: "#klima" }),
  },
  {
    problem: "the same unit, indicator and year twice",
    code: "observation_duplicate",
    trigger: (workbook) => {
      data()(workbook);
      data({ Verdi: 41 })(workbook);
    },
    expected: {
      severity: "error",
      row: 842,
      unit: "5001",
      indicator: "EV_SHARE_FLEET",
      year: 2024,
    },
    fine: "the same unit and indicator in two years",
    nearMiss: (workbook) => {
      data()(workbook);
      data({ År: 2025, Verdi: 41 })(workbook);
    },
  },
  {
    problem: "a fylke-only indicator for a kommune",
    code: "indicator_level_mismatch",
    trigger: data({ Indikator: "GVA_PER_EMPLOYED", Verdi: 1000 }),
    expected: {
      severity: "error",
      row: 841,
      column: 2,
      unit: "5001",
      indicator: "GVA_PER_EMPLOYED",
    },
    fine: "the same indicator for a fylke",
    nearMiss: data({ Enhet: "50", Indikator: "GVA_PER_EMPLOYED", Verdi: 1000 }),
  },
  {
    problem: "a quality of 7",
    code: "quality_invalid",
    trigger: data({ Kvalitet: 7 }),
    expected: {
      severity: "warning",
      row: 841,
      column: 4,
      unit: "5001",
      indicator: "EV_SHARE_FLEET",
      year: 2024,
      value: 7,
    },
    fine: "a quality of 6",
    nearMiss: data({ Kvalitet: 6 }),
  },
]);

describe("reading observations", () => {
  it("reads numbers typed with spaces, non-breaking spaces and percent signs as the numbers meant", () => {
    const workbook = exampleWorkbook();
    data({ Indikator: "GHG_TOTAL", Verdi: "358 000" })(workbook);
    data({ Indikator: "POPULATION", Verdi: "214\u00a0100" })(workbook);
    data({ Verdi: "41 %" })(workbook);
    const validation = validateWorkbook(workbook);
    const values = validation.content.observations.filter(
      (observation) => observation.year === 2024
    );
    expect(values.map((observation) => observation.value)).toEqual([358000, 214100, 41]);
    expect(validation.issues.filter((issue) => issue.code === "value_text_number")).toHaveLength(3);
  });

  it("treats each of SSB's symbols as missing", () => {
    for (const symbol of [".", "..", "...", ":", "-"]) {
      const workbook = exampleWorkbook();
      data({ Verdi: symbol })(workbook);
      const validation = validateWorkbook(workbook);
      expect(
        validation.content.observations.find((observation) => observation.year === 2024)?.value
      ).toBeNull();
      expect(
        validation.issues.filter((issue) => issue.code === "value_missing_symbol")
      ).toHaveLength(1);
    }
  });

  it("reports an Excel error given as text, as Office.js hands it over", () => {
    const workbook = exampleWorkbook();
    data({ Verdi: "#N/A" })(workbook);
    const errors = validateWorkbook(workbook).issues.filter((issue) => issue.code === "cell_error");
    expect(errors).toMatchObject([{ row: 841, column: 3, value: "#N/A" }]);
  });

  it("names the row's unit, indicator and year on an Excel error in its comment", () => {
    const workbook = exampleWorkbook();
    data({ Kommentar: "#REF!" })(workbook);
    const errors = validateWorkbook(workbook).issues.filter((issue) => issue.code === "cell_error");
    expect(errors).toMatchObject([
      { row: 841, unit: "5001", indicator: "EV_SHARE_FLEET", year: 2024, value: "#REF!" },
    ]);
  });
});
