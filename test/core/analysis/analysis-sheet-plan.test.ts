import { nationalDataSet } from "../../../bench/national-data";
import {
  analyseWorkbook,
  analysisSheetPlan,
  analysisTableNames,
  decouplingDegreeNames,
} from "../../../src/core/analysis";
import { generatedMarkerText, type TablePlan } from "../../../src/core/sheet-plan";
import { templateWorkbook, workbookSheetsOf } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { headersOf, overlappingBlocks } from "../benchmark/sheet-plan-checks";

const content = validateWorkbook(templateWorkbook(true)).content;
const analysis = analyseWorkbook(content);
const tableOf = (plan: ReturnType<typeof analysisSheetPlan>, name: string) =>
  plan.blocks.find(
    (block): block is TablePlan => block.kind === "table" && block.name === name
  ) as TablePlan;

describe("analysisSheetPlan on the example workbook", () => {
  const english = analysisSheetPlan(analysis, content.framework, { ranAt: "", language: "en" });
  const norsk = analysisSheetPlan(analysis, content.framework, { ranAt: "", language: "nb" });

  it("starts with the generated marker and places no block over another", () => {
    expect(english.name).toBe("Analyse");
    expect(english.blocks[0]?.rows[0]?.[0]).toBe(generatedMarkerText);
    expect(overlappingBlocks(english)).toEqual([]);
    expect(english.charts).toEqual([]);
  });

  it("writes each unit's whole-period decoupling as core computed it, the degree in the sheet's language", () => {
    const whole = tableOf(english, analysisTableNames.wholePeriod);
    expect(headersOf(whole)).toEqual([
      "Code",
      "Unit",
      "Pressure",
      "Driver",
      "From year",
      "To year",
      "Change in driver",
      "Change in pressure",
      "Elasticity",
      "Degree",
      "Note",
    ]);
    expect(whole.rows).toHaveLength(analysis.decoupling.length);
    analysis.decoupling.forEach((row, index) => {
      const period = row.wholePeriod.ok ? row.wholePeriod.value.result : undefined;
      if (!period?.ok) throw new Error(`${row.unitCode} has no whole-period degree`);
      const { driverChange, pressureChange, elasticity, degree } = period.value;
      expect(whole.rows[index]).toEqual([
        row.unitCode,
        row.unitName,
        row.pair.pressure,
        row.pair.driver,
        2019,
        2023,
        driverChange,
        pressureChange,
        elasticity,
        decouplingDegreeNames[degree].en,
        null,
      ]);
    });
    const norskDegrees = tableOf(norsk, analysisTableNames.wholePeriod).rows.map((row) => row[9]);
    expect(new Set(norskDegrees)).toEqual(
      new Set([
        "sterk frikobling",
        "resessiv frikobling",
        "resessiv kobling",
        "svak negativ frikobling",
      ])
    );
    expect(whole.columns[6]?.numberFormat).toBe("0.0%");
    expect(whole.columns[8]?.numberFormat).toBe("0.00");
  });

  it("has one row per year-on-year step and counts the steps per degree for each unit and pair", () => {
    const steps = tableOf(english, analysisTableNames.steps);
    expect(steps.rows).toHaveLength(
      analysis.decoupling.reduce((sum, row) => sum + row.steps.length, 0)
    );
    const counts = tableOf(english, analysisTableNames.stepsPerDegree);
    expect(headersOf(counts).slice(4)).toEqual(
      Object.values(decouplingDegreeNames).map((name) => name.en)
    );
    counts.rows.forEach((row, index) => {
      const unit = analysis.decoupling[index];
      const stepsOfUnit = steps.rows.filter(
        (step) => step[0] === unit?.unitCode && step[3] === unit?.pair.driver
      );
      const total = row.slice(4).reduce<number>((sum, count) => sum + (count as number), 0);
      expect(total).toBe(stepsOfUnit.filter((step) => step[9] !== null).length);
    });
    expect(counts.rows[1]?.[4 + 7]).toBe(4);
  });

  it("writes a correlation matrix per dimension under a colour scale, with r = 1 on the diagonal", () => {
    const audit = analysis.audit;
    if (audit === null) throw new Error("no audit");
    audit.cronbach.forEach(({ group }, position) => {
      const matrix = tableOf(english, `${analysisTableNames.correlations}${position + 1}`);
      expect(matrix.title).toContain(group);
      expect(matrix.colourScales?.[0]).toMatchObject({
        firstColumn: 1,
        lastColumn: matrix.columns.length - 1,
      });
      matrix.rows.forEach((row, index) => expect(row[1 + index]).toBe(1));
      const pair = audit.correlations.find((entry) => entry.group === group);
      if (pair === undefined) return;
      const indicators = matrix.rows.map((row) => row[0]);
      const rowOfA = matrix.rows[indicators.indexOf(pair.a)];
      expect(rowOfA?.[1 + indicators.indexOf(pair.b)]).toBe(pair.pearson);
    });
  });

  it("shows alpha and the first component's share per dimension and each flag with its numbers", () => {
    const audit = analysis.audit;
    if (audit === null) throw new Error("no audit");
    const dimensions = tableOf(english, analysisTableNames.dimensions);
    expect(dimensions.rows.map((row) => [row[0], row[3], row[4]])).toEqual(
      audit.cronbach.map((group, index) => [
        group.group,
        group.alpha,
        audit.pca[index]?.varianceShare,
      ])
    );
    const flags = tableOf(english, analysisTableNames.flags);
    expect(flags.rows).toHaveLength(audit.flags.length);
    expect(audit.flags.length).toBeGreaterThan(0);
    flags.rows.forEach((row) => {
      expect(typeof row[3]).toBe("number");
      expect(String(row[5])).toContain((row[3] as number).toFixed(3));
      expect(String(row[5])).toContain((row[4] as number).toFixed(3));
    });
  });
});

describe("analysisSheetPlan at national scale (372 units)", () => {
  const nationalContent = validateWorkbook(workbookSheetsOf(nationalDataSet())).content;
  const nationalAnalysis = analyseWorkbook(nationalContent);
  const plan = analysisSheetPlan(nationalAnalysis, nationalContent.framework, {
    ranAt: "",
    language: "nb",
  });

  it("keeps every unit's row in the tables, places no block over another and draws no chart", () => {
    const units = new Set(nationalAnalysis.decoupling.map((row) => row.unitCode));
    expect(tableOf(plan, analysisTableNames.wholePeriod).rows).toHaveLength(
      nationalAnalysis.decoupling.length
    );
    expect(units.size).toBe(nationalContent.units.length);
    expect(overlappingBlocks(plan)).toEqual([]);
    expect(plan.charts).toEqual([]);
  });
});
