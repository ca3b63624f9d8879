import { nationalDataSet } from "../../../bench/national-data";
import {
  analyseWorkbook,
  analysisSheetPlan,
  analysisTableNames,
  decouplingDegreeNames,
  decouplingOverTime,
  type UnitDecoupling,
} from "../../../src/core/analysis";
import {
  generatedMarkerText,
  type ScatterChartPlan,
  type SheetPlan,
  type TablePlan,
} from "../../../src/core/sheet-plan";
import { templateWorkbook, workbookSheetsOf } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { headersOf, overlappingBlocks } from "../benchmark/sheet-plan-checks";

const content = validateWorkbook(templateWorkbook(true)).content;
const analysis = analyseWorkbook(content);
const tableOf = (plan: ReturnType<typeof analysisSheetPlan>, name: string) =>
  plan.blocks.find(
    (block): block is TablePlan => block.kind === "table" && block.name === name
  ) as TablePlan;

const scatterCharts = (plan: SheetPlan) =>
  plan.charts.filter((chart): chart is ScatterChartPlan => chart.kind === "scatter");

/** The cells of a series' column over its rows, from the table it names. */
function seriesCells(
  plan: SheetPlan,
  series: ScatterChartPlan["series"][number],
  column: number
): unknown[] {
  const rows = tableOf(plan, series.table).rows;
  const first = series.rows?.first ?? 0;
  return rows.slice(first, first + (series.rows?.count ?? rows.length)).map((row) => row[column]);
}

/**
 * Checks a decoupling chart against its tables: the first series holds every unit of the pair as
 * points, the next four are lines through the origin (slopes 0.8 and 1.2, then the two axes) that
 * reach the largest change either way, so every sector is drawn over the points.
 */
function expectDecouplingChart(plan: SheetPlan, chart: ScatterChartPlan): void {
  const [points, ...lines] = chart.series;
  if (points === undefined) throw new Error("no points");
  expect(points.style).toBe("markers");
  expect(points.table).toBe(analysisTableNames.wholePeriod);
  const pairRows = seriesCells(plan, points, 3);
  expect(new Set(pairRows).size).toBe(1);
  const xs = seriesCells(plan, points, points.xColumn).filter((x) => typeof x === "number");
  const ys = seriesCells(plan, points, points.yColumn).filter((y) => typeof y === "number");
  expect(xs.length).toBeGreaterThan(0);
  const largestX = Math.max(...xs.map((x) => Math.abs(x as number)));
  const largestY = Math.max(...ys.map((y) => Math.abs(y as number)));
  expect(lines.map((line) => [line.style, line.table, line.rows?.count])).toEqual(
    Array.from({ length: 4 }, () => ["line", analysisTableNames.chartLines, 2])
  );
  const ends = lines.map((line) => {
    const x = seriesCells(plan, line, line.xColumn) as number[];
    const y = seriesCells(plan, line, line.yColumn) as number[];
    return { x, y };
  });
  ends.forEach(({ x, y }) => {
    expect(x[0]).toBeCloseTo(-(x[1] as number), 12);
    expect(y[0]).toBeCloseTo(-(y[1] as number), 12);
  });
  const [lower, upper, xAxis, yAxis] = ends;
  expect((lower?.y[1] as number) / (lower?.x[1] as number)).toBeCloseTo(0.8, 12);
  expect((upper?.y[1] as number) / (upper?.x[1] as number)).toBeCloseTo(1.2, 12);
  expect([xAxis?.x[1], xAxis?.y[1]]).toEqual([largestX, 0]);
  expect([yAxis?.x[1], yAxis?.y[1]]).toEqual([0, largestY]);
  for (const threshold of [lower, upper]) {
    const [x, y] = [threshold?.x[1] as number, Math.abs(threshold?.y[1] as number)];
    expect(x <= largestX + 1e-15 && y <= largestY * (1 + 1e-12)).toBe(true);
    expect(Math.abs(x - largestX) < 1e-15 || Math.abs(y - largestY) < 1e-12 * largestY).toBe(true);
  }
}

describe("analysisSheetPlan on the example workbook", () => {
  const english = analysisSheetPlan(analysis, content.framework, { ranAt: "", language: "en" });
  const norsk = analysisSheetPlan(analysis, content.framework, { ranAt: "", language: "nb" });

  it("starts with the generated marker and places no block over another", () => {
    expect(english.name).toBe("Analyse");
    expect(english.blocks[0]?.rows[0]?.[0]).toBe(generatedMarkerText);
    expect(overlappingBlocks(english)).toEqual([]);
  });

  it("draws a scatter chart per pair with units: the changes as one series of points, Tapio's lines and the axes through the origin", () => {
    const charts = scatterCharts(english);
    const pairsWithPoints = new Set(
      analysis.decoupling
        .filter((row) => row.wholePeriod.ok && row.wholePeriod.value.result.ok)
        .map((row) => `${row.pair.pressure}/${row.pair.driver}`)
    );
    expect(charts).toHaveLength(pairsWithPoints.size);
    expect(english.charts).toHaveLength(charts.length);
    const [chart] = charts;
    if (chart === undefined) throw new Error("no chart");
    expect(chart.series.map((series) => series.name)).toEqual([
      "Units (6)",
      "e = 0.8",
      "e = 1.2",
      "Pressure unchanged (x axis)",
      "Driver unchanged (y axis)",
    ]);
    expect(chart.xAxisTitle).toBe("Change in EMPLOYMENT_WORKPLACE");
    expect(chart.yAxisTitle).toBe("Change in GHG_TOTAL");
    const whole = tableOf(english, analysisTableNames.wholePeriod);
    expect(whole.columns[chart.series[0]?.xColumn ?? -1]?.header).toBe("Change in driver");
    expect(whole.columns[chart.series[0]?.yColumn ?? -1]?.header).toBe("Change in pressure");
    for (const each of charts) expectDecouplingChart(english, each);
    expect(
      scatterCharts(norsk)[0]
        ?.series.map((series) => series.name)
        .slice(1, 3)
    ).toEqual(["e = 0,8", "e = 1,2"]);
  });

  it("says under the charts where each of Tapio's eight degrees lies", () => {
    const [chart] = english.charts;
    const under = english.blocks.find(
      (block) =>
        block.kind === "notes" &&
        block.anchor.row === (chart?.anchor.row ?? 0) + (chart?.heightInRows ?? 0)
    );
    const lines = (under?.rows ?? []).map((row) => String(row[0]));
    expect(lines).toHaveLength(9);
    Object.values(decouplingDegreeNames).forEach((name, index) =>
      expect(lines[index + 1]?.startsWith(`${name.en}: `)).toBe(true)
    );
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

  it("keeps every unit's row in the tables and places no block or chart over another", () => {
    const units = new Set(nationalAnalysis.decoupling.map((row) => row.unitCode));
    expect(tableOf(plan, analysisTableNames.wholePeriod).rows).toHaveLength(
      nationalAnalysis.decoupling.length
    );
    expect(units.size).toBe(nationalContent.units.length);
    expect(overlappingBlocks(plan)).toEqual([]);
  });

  it("draws each pair's 372 units as one series of points", () => {
    // The national example has no decoupling values in its base year, so the changes are made up:
    // unit i's driver grows by (i - 186) / 1000 and its pressure by (186 - i) / 2000 + i / 10000.
    const decoupling: UnitDecoupling[] = nationalContent.units.map((unit, index) => ({
      unitCode: unit.code,
      unitName: unit.name,
      pair: { pressure: "GHG_TOTAL", driver: "EMPLOYMENT_WORKPLACE" },
      ...decouplingOverTime(
        {
          years: [2019, 2023],
          pressure: [100, 100 * (1 + (186 - index) / 2000 + index / 10000)],
          driver: [100, 100 * (1 + (index - 186) / 1000)],
        },
        2019
      ),
    }));
    const national = analysisSheetPlan(
      { ...nationalAnalysis, decoupling },
      nationalContent.framework,
      {
        ranAt: "",
        language: "nb",
      }
    );
    const charts = scatterCharts(national);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    if (chart === undefined) throw new Error("no chart");
    expect(chart.series).toHaveLength(5);
    expect(chart.series[0]?.rows).toEqual({ first: 0, count: 372 });
    expect(chart.series[0]?.name).toBe("Enheter (371)");
    expectDecouplingChart(national, chart);
    expect(overlappingBlocks(national)).toEqual([]);
  });
});
