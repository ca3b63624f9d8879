import { nationalDataSet } from "../../../bench/national-data";
import {
  validationSheetPlan,
  validationSummaryTableName,
  validationTableName,
} from "../../../src/core/benchmark";
import { generatedMarkerText, type SheetPlan, type TablePlan } from "../../../src/core/sheet-plan";
import { workbookSheetsOf } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { reportValidationIssue as report } from "../../../src/core/validate/validation-issues";
import { headersOf } from "./sheet-plan-checks";

const tableOf = (plan: SheetPlan, name: string) =>
  plan.blocks.find(
    (block): block is TablePlan => block.kind === "table" && block.name === name
  ) as TablePlan;

describe("validationSheetPlan", () => {
  const issues = [
    report("optional_sheet_missing", { sheet: "Metode" }),
    report(
      "data_unit_unknown",
      { unit: "9999" },
      { sheet: "Data", cell: "Data!A7", unit: "9999", year: 2022 }
    ),
    report("dimension_empty", { dimension: "D1" }, { indicator: "D1" }),
  ];
  const validation = validationSheetPlan(issues, "en");
  const issueTable = tableOf(validation, validationTableName);
  const summaryTable = tableOf(validation, validationSummaryTableName);

  it("has the marker, a count line and the full list with one row per issue, errors first, with both messages", () => {
    expect(validation.name).toBe("Validering");
    expect(validation.blocks[0]?.rows[0]?.[0]).toBe(generatedMarkerText);
    expect(validation.blocks[1]?.rows[0]?.[0]).toBe("1 errors, 1 warnings, 1 info");
    expect(issueTable.title).toBe("All issues");
    expect(headersOf(issueTable)).toEqual([
      "Severity",
      "Sheet",
      "Cell",
      "Code",
      "Unit",
      "Indicator",
      "Year",
      "Message (bokmål)",
      "Message",
    ]);
    expect(issueTable.rows).toEqual([
      [
        "error",
        "Data",
        "Data!A7",
        "data_unit_unknown",
        "9999",
        null,
        2022,
        "Enheten «9999» står ikke i arket Enheter. Legg den til der eller rett koden.",
        'The unit "9999" is not in the Enheter sheet. Add it there or correct the code.',
      ],
      [
        "warning",
        null,
        null,
        "dimension_empty",
        null,
        "D1",
        null,
        "Dimensjonen «D1» har verken indikatorer eller underdimensjoner og får ingen skår. Legg til indikatorer eller slett den.",
        'The dimension "D1" has no indicators or sub-dimensions and gets no score. Add indicators or delete it.',
      ],
      [
        "info",
        null,
        null,
        "optional_sheet_missing",
        null,
        null,
        null,
        "Arket «Metode» finnes ikke; standardinnstillingene brukes.",
        'There is no "Metode" sheet; the default settings are used.',
      ],
    ]);
  });

  it("puts the summary above the full list and freezes only the marker and the count line", () => {
    expect(summaryTable.anchor.row).toBeLessThan(issueTable.anchor.row);
    expect(issueTable.anchor.row).toBeGreaterThan(
      summaryTable.anchor.row + summaryTable.rows.length
    );
    expect(validation.frozen).toEqual({ rows: 2, columns: 0 });
  });
});

describe("the Validering sheet's summary", () => {
  const outlierOf =
    (indicator: string) => (unit: string, row: number, year: number, magnitude: number) =>
      report(
        "value_outlier",
        {
          indicator,
          value: 1000,
          score: 3.5 + magnitude,
          median: 10,
          peers: "kommune",
          threshold: 3.5,
          scale: "logarithm",
        },
        { sheet: "Data", cell: `Data!D${row}`, unit, indicator, year, magnitude }
      );
  const outlier = outlierOf("GHG_TOTAL");
  const issues = [
    outlier("0301", 5, 2019, 1.1),
    report("value_not_number", { value: "x" }, { sheet: "Data", cell: "Data!D9", unit: "5001" }),
    outlier("4601", 17, 2023, 3.2),
    outlier("5001", 30, 2021, 1.6),
    outlier("1103", 41, 2020, 2.4),
    outlierOf("EV_SHARE_FLEET")("0301", 50, 2024, 5),
  ];

  it("has one row per indicator and code, errors first, with the title, the count, the years and the worst three by magnitude with their cells", () => {
    const summary = tableOf(validationSheetPlan(issues, "en"), validationSummaryTableName);
    expect(summary.title).toBe("Summary by indicator and issue");
    expect(headersOf(summary)).toEqual([
      "Severity",
      "Issue",
      "Sheet",
      "Code",
      "Count",
      "Indicator",
      "Years",
      "Worst (cell: unit, year)",
    ]);
    expect(summary.rows).toEqual([
      ["error", "Not a number", "Data", "value_not_number", 1, null, null, "Data!D9: 5001"],
      [
        "warning",
        "Outlier",
        "Data",
        "value_outlier",
        4,
        "GHG_TOTAL",
        "2019-2023",
        "Data!D17: 4601, 2023; Data!D41: 1103, 2020; Data!D30: 5001, 2021",
      ],
      [
        "warning",
        "Outlier",
        "Data",
        "value_outlier",
        1,
        "EV_SHARE_FLEET",
        "2024",
        "Data!D50: 0301, 2024",
      ],
    ]);
  });

  it("names each issue by its bokmål title and headings in bokmål when asked", () => {
    const summary = tableOf(validationSheetPlan(issues, "nb"), validationSummaryTableName);
    expect(summary.title).toBe("Sammendrag per indikator og problem");
    expect(summary.rows.map((row) => row[1])).toEqual(["Ikke et tall", "Uteligger", "Uteligger"]);
  });

  it("shows a code that no catalogue knows as its own title and message", () => {
    const plan = validationSheetPlan(
      [{ code: "something_new", severity: "warning", parameters: {} }],
      "en"
    );
    expect(tableOf(plan, validationSummaryTableName).rows).toEqual([
      ["warning", "something_new", null, "something_new", 1, null, null, ""],
    ]);
    expect(tableOf(plan, validationTableName).rows[0]?.slice(-2)).toEqual([
      "something_new",
      "something_new",
    ]);
  });

  it("keeps the full list of every issue below the summary", () => {
    const plan = validationSheetPlan(issues, "en");
    expect(tableOf(plan, validationTableName).rows).toHaveLength(issues.length);
  });
});

describe("the Validering sheet of the national synthetic set (372 units, 16 years)", () => {
  const validation = validateWorkbook(workbookSheetsOf(nationalDataSet()));
  const plan = validationSheetPlan(validation.issues, "nb");
  const summary = tableOf(plan, validationSummaryTableName);

  it("sums its outlier and jump warnings up in one row per indicator and code, fewer than a hundred in all", () => {
    const warnings = validation.issues.filter(
      (issue) => issue.code === "value_outlier" || issue.code === "value_jump"
    );
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThan(100);
    const rows = summary.rows.filter(
      (row) => row[3] === "value_outlier" || row[3] === "value_jump"
    );
    expect(new Set(rows.map((row) => `${String(row[3])} ${String(row[5])}`)).size).toBe(
      rows.length
    );
    expect(rows.reduce((total, row) => total + Number(row[4]), 0)).toBe(warnings.length);
  });

  it("names the worst of each row first, by magnitude", () => {
    const jumps = validation.issues.filter((issue) => issue.code === "value_jump");
    const worst = jumps.reduce((a, b) => ((b.magnitude ?? 0) > (a.magnitude ?? 0) ? b : a));
    const row = summary.rows.find(
      (cells) => cells[3] === "value_jump" && cells[5] === worst.indicator
    );
    expect(String(row?.[7])).toMatch(new RegExp(`^Data: ${worst.unit}, ${worst.year}`));
  });
});
