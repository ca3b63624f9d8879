import { validateWorkbook } from "../../../src/core/validate";
import {
  appendRow,
  describeChecks,
  exampleWorkbook,
  findRow,
  setCell,
  type EditableSheet,
} from "./workbook-grids";
import { messageIn } from "../../../src/core/issues";

const bigCities = [
  ["0301", "Oslo"],
  ["1103", "Stavanger"],
  ["4204", "Kristiansand"],
  ["5501", "Tromsø"],
  ["3201", "Bærum"],
] as const;

/** Five more cities in Trondheim's peer group, and their 2024 fleet shares with Trondheim's. */
function cityShares(workbook: EditableSheet[], shares: readonly number[]): void {
  for (const [code, name] of bigCities)
    appendRow(workbook, "Enheter", { Kode: code, Navn: name, Nivå: "kommune", Gruppe: "storby" });
  ["5001", ...bigCities.map(([code]) => code)].forEach((code, index) =>
    appendRow(workbook, "Data", {
      Enhet: code,
      År: 2024,
      Indikator: "EV_SHARE_FLEET",
      Verdi: shares[index] ?? null,
    })
  );
}

const trondheim = (indicator: string, year: number) => (workbook: EditableSheet[]) =>
  findRow(workbook, "Data", { Enhet: "5001", Indikator: indicator, År: year });

describeChecks([
  {
    problem: "a share of 140 %",
    code: "value_out_of_range",
    trigger: (workbook) =>
      setCell(workbook, "Data", trondheim("EV_SHARE_NEW", 2023)(workbook), "Verdi", 140),
    expected: {
      severity: "error",
      sheet: "Data",
      column: 3,
      unit: "5001",
      indicator: "EV_SHARE_NEW",
      year: 2023,
      value: 140,
    },
    fine: "a share of exactly 100 % and a negative change since 2009",
    nearMiss: (workbook) => {
      setCell(workbook, "Data", trondheim("EV_SHARE_NEW", 2023)(workbook), "Verdi", 100);
      setCell(workbook, "Data", trondheim("GHG_CHANGE_2009", 2023)(workbook), "Verdi", -35);
    },
  },
  {
    problem: "one city far above five peers in the same year",
    code: "value_outlier",
    trigger: (workbook) => cityShares(workbook, [30, 31, 29, 32, 30, 95]),
    expected: {
      severity: "warning",
      unit: "3201",
      indicator: "EV_SHARE_FLEET",
      year: 2024,
      value: 95,
    },
    fine: "six peers spread evenly",
    nearMiss: (workbook) => cityShares(workbook, [22, 26, 30, 34, 38, 42]),
  },
  {
    problem: "emissions that double from one year to the next",
    code: "value_jump",
    trigger: (workbook) =>
      setCell(workbook, "Data", trondheim("GHG_TOTAL", 2023)(workbook), "Verdi", 800000),
    expected: {
      severity: "warning",
      unit: "5001",
      indicator: "GHG_TOTAL",
      year: 2023,
      value: 800000,
    },
    fine: "a growth rate that halves (changes are not levels)",
    nearMiss: (workbook) =>
      setCell(workbook, "Data", trondheim("POP_GROWTH", 2021)(workbook), "Verdi", 0.3),
  },
  {
    problem: "Trondheim with no data in dimension D2",
    code: "coverage_below_threshold",
    trigger: (workbook) => {
      for (const indicator of [
        "ECOLIGHTHOUSE_COUNT",
        "ECOLIGHTHOUSE_PER_1000_FIRMS",
        "GREEN_JOBS_SHARE",
      ])
        for (const year of [2019, 2020, 2021, 2022, 2023])
          setCell(workbook, "Data", trondheim(indicator, year)(workbook), "Verdi", null);
    },
    expected: { severity: "warning", sheet: "Enheter", row: 1, column: 0, unit: "5001" },
    fine: "Trondheim missing two of 25 values in D2",
    nearMiss: (workbook) => {
      setCell(workbook, "Data", trondheim("GREEN_JOBS_SHARE", 2019)(workbook), "Verdi", null);
      setCell(workbook, "Data", trondheim("GREEN_JOBS_SHARE", 2020)(workbook), "Verdi", ":");
    },
  },
]);

describe("coverage", () => {
  it("lists the missing unit x indicator x year cells and the coverage per unit and dimension", () => {
    const workbook = exampleWorkbook();
    setCell(workbook, "Data", trondheim("GREEN_JOBS_SHARE", 2019)(workbook), "Verdi", null);
    const coverage = validateWorkbook(workbook).coverage;
    expect(coverage?.missing).toEqual([
      { unitCode: "5001", indicatorId: "GREEN_JOBS_SHARE", year: 2019 },
    ]);
    const d2 = coverage?.byUnitAndDimension.find(
      (cell) => cell.unitCode === "5001" && cell.dimensionId === "D2"
    );
    expect(d2).toMatchObject({ present: 24, expected: 25, coverage: 0.96 });
  });

  it("uses the coverage threshold from the Metode sheet", () => {
    const workbook = exampleWorkbook();
    setCell(workbook, "Data", trondheim("GREEN_JOBS_SHARE", 2019)(workbook), "Verdi", null);
    setCell(
      workbook,
      "Metode",
      findRow(workbook, "Metode", { Innstilling: "Dekningsgrense" }),
      "Verdi",
      0.99
    );
    const validation = validateWorkbook(workbook);
    expect(validation.coverage?.unitsBelowThreshold).toEqual(["5001"]);
    const summary = validation.issues.find((issue) => issue.code === "coverage_summary");
    expect(summary && messageIn(summary, "en")).toBe(
      "Coverage: 709 of 710 expected values (5 years) are filled in. Below the coverage threshold: 5001."
    );
  });
});
