import {
  benchmarkRecord,
  benchmarkSheetPlan,
  benchmarkTableNames,
  benchmarkWorkbook,
  type BenchmarkOptions,
} from "../../../src/core/benchmark";
import type { Framework } from "../../../src/core/model";
import type { NotesPlan, SheetPlan, TablePlan } from "../../../src/core/sheet-plan";
import { templateWorkbook } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { panelContent, panelFramework } from "./time-panel";
import { smallValidation } from "./small-workbook";

const runOf = (
  settings: Readonly<Record<string, string | number>> = {},
  options: BenchmarkOptions = {},
  framework: Framework = panelFramework
) => benchmarkWorkbook(smallValidation(panelContent(settings, framework)).content, options);

const run = runOf();
const record = benchmarkRecord(run, "en");
const closeTo = (value: number): number => expect.closeTo(value, 9);

describe("the time section's index table", () => {
  it("gives each unit's latest annual change, change since the base year, trend and 2030 value, in ranking order", () => {
    // Index 2020-2022: 0301 0, 0, 75; 4601 50, 25, 25; 5001 100, 100, 50.
    expect(record.indexChange).toEqual([
      {
        unitCode: "0301",
        unitName: "Kommune 1",
        latestAnnualChange: 75,
        changeSinceBaseYear: 75,
        "changeSinceBaseYear.A": 50,
        "changeSinceBaseYear.B": 100,
        growthRate: null,
        trendPerYear: 37.5,
        projected: closeTo(362.5),
        note: "The annual growth rate needs a first value above 0; the value in 2020 is 0.",
      },
      {
        unitCode: "5001",
        unitName: "=Kommune 3",
        latestAnnualChange: -50,
        changeSinceBaseYear: -50,
        "changeSinceBaseYear.A": 0,
        "changeSinceBaseYear.B": -100,
        growthRate: closeTo(Math.sqrt(0.5) - 1),
        trendPerYear: -25,
        projected: closeTo(325 / 3 - 250),
        note: null,
      },
      {
        unitCode: "4601",
        unitName: "Kommune 2",
        latestAnnualChange: 0,
        changeSinceBaseYear: -25,
        "changeSinceBaseYear.A": -50,
        "changeSinceBaseYear.B": 0,
        growthRate: closeTo(Math.sqrt(0.5) - 1),
        trendPerYear: -12.5,
        projected: closeTo(275 / 6 - 125),
        note: null,
      },
    ]);
  });

  const dimensionChanges = (rows: typeof record.indexChange) =>
    rows.map((row) => [row.unitCode, row["changeSinceBaseYear.A"], row["changeSinceBaseYear.B"]]);

  it("gives each dimension's change since the base year beside the index's, from the dimension scores", () => {
    // Dimension A = I1's score, B = I2's (time-panel.ts), 2020 -> 2022: 0301 A 0 -> 50, B 0 -> 100;
    // 5001 A 100 -> 100, B 100 -> 0; 4601 A 50 -> 0, B 50 -> 50.
    expect(dimensionChanges(record.indexChange)).toEqual([
      ["0301", 50, 100],
      ["5001", 0, -100],
      ["4601", -50, 0],
    ]);
    const earlier = benchmarkRecord(runOf({}, { year: 2021 }), "en");
    // 2020 -> 2021: 0301 A 0 -> 0, B 0 -> 0; 5001 A 100 -> 100, B 100 -> 100; 4601 A 50 -> 0, B 50 -> 50
    expect(dimensionChanges(earlier.indexChange)).toEqual([
      ["5001", 0, 0],
      ["4601", -50, 0],
      ["0301", 0, 0],
    ]);
  });

  it("looks at no year after the one ranked", () => {
    const earlier = benchmarkRecord(runOf({}, { year: 2021 }), "en");
    expect(earlier.indexChange.map((row) => [row.unitCode, row.changeSinceBaseYear])).toEqual([
      ["5001", 0],
      ["4601", -25],
      ["0301", 0],
    ]);
  });
});

describe("the time section's targets table", () => {
  const rowOf = (unitCode: string, indicator: string, rows = record.targets) =>
    rows.find((row) => row.unitCode === unitCode && row.indicator === indicator);

  it("has one row per unit and indicator with a target, units in ranking order", () => {
    expect(record.targets.map((row) => `${row.unitCode} ${row.indicator}`)).toEqual([
      "0301 I1",
      "0301 I2",
      "5001 I1",
      "5001 I2",
      "4601 I1",
      "4601 I2",
    ]);
  });

  it("lists an indicator's target only for units of the level it applies to", () => {
    const example = benchmarkRecord(
      benchmarkWorkbook(validateWorkbook(templateWorkbook(true)).content),
      "en"
    );
    const unitsWith = (indicator: string) =>
      example.targets.filter((row) => row.indicator === indicator).map((row) => row.unitCode);
    // HH_WASTE_RECYCLING_SHARE is a kommune indicator; EV_SHARE_NEW applies to both levels.
    expect(unitsWith("HH_WASTE_RECYCLING_SHARE").sort()).toEqual(["4601", "4624", "5001", "5035"]);
    expect(unitsWith("EV_SHARE_NEW").sort()).toEqual(["46", "4601", "4624", "50", "5001", "5035"]);
  });

  it("rates a unit moving faster than needed on track, with its progress, projection and reach year", () => {
    // I1 10 -> 30 in two years: 10 a year against (40 - 10)/4 = 7.5 needed; the line is 30 + 10(t - 2022).
    expect(rowOf("0301", "I1")).toEqual({
      unitCode: "0301",
      unitName: "Kommune 1",
      indicator: "I1",
      target: 40,
      targetYear: 2024,
      baseValue: 10,
      latestValue: 30,
      latestYear: 2022,
      progress: closeTo(2 / 3),
      paceRatio: closeTo(4 / 3),
      rating: "on track",
      projectedInTargetYear: closeTo(50),
      reachYear: 2023,
      note: null,
    });
    // I2 (lower is better) 8 -> 4: -2 a year against (2 - 8)/10 = -0.6 needed.
    expect(rowOf("0301", "I2")).toMatchObject({
      progress: closeTo(2 / 3),
      paceRatio: closeTo(10 / 3),
      rating: "on track",
      projectedInTargetYear: closeTo(-12),
      reachYear: 2023,
    });
  });

  it("says a reached target is reached, a flat series stagnates and is not on the current trend", () => {
    expect(rowOf("5001", "I1")).toMatchObject({
      progress: 1,
      paceRatio: null,
      rating: "on track",
      reachYear: "reached",
    });
    expect(rowOf("4601", "I1")).toMatchObject({
      progress: 0,
      paceRatio: 0,
      rating: "stagnating",
      projectedInTargetYear: closeTo(20),
      reachYear: "not on the current trend",
      note: null,
    });
  });

  it("rates a unit that met the target at the base year and no longer does as moving away, with the reason", () => {
    expect(rowOf("5001", "I2")).toMatchObject({
      baseValue: 2,
      latestValue: 6,
      progress: null,
      rating: "moving away",
      projectedInTargetYear: closeTo(22),
      reachYear: "not on the current trend",
      note: "The baseline 2 already met the target 2, but the latest value does not; the share of the distance is undefined.",
    });
  });

  it("applies the Metode thresholds: with on track at 150 % a pace of 133 % is moderate progress", () => {
    const strict = benchmarkRecord(runOf({ onTrackShare: 1.5 }), "en");
    expect(rowOf("0301", "I1", strict.targets)?.rating).toBe("moderate progress");
    expect(rowOf("0301", "I2", strict.targets)?.rating).toBe("on track");
  });

  it("rates, projects and finds the reach year on the growth rate when the pace is compound", () => {
    // (30/10)^(1/2) - 1 = √3 - 1 a year against (40/10)^(1/4) - 1 = √2 - 1 needed; 30·(√3)² = 90 in 2024.
    const compound = benchmarkRecord(runOf({ pace: "årlig vekstrate" }), "en");
    expect(rowOf("0301", "I1", compound.targets)).toMatchObject({
      paceRatio: closeTo((Math.sqrt(3) - 1) / (Math.sqrt(2) - 1)),
      rating: "on track",
      projectedInTargetYear: closeTo(90),
      reachYear: 2023,
    });
  });

  it("leaves the rating and projection empty, with a note, for a target without a target year", () => {
    const withoutYear: Framework = {
      ...panelFramework,
      indicators: panelFramework.indicators.map((indicator) =>
        indicator.id === "I1" ? { ...indicator, targetYear: undefined } : indicator
      ),
    };
    const row = rowOf("0301", "I1", benchmarkRecord(runOf({}, {}, withoutYear), "en").targets);
    expect(row).toMatchObject({
      targetYear: null,
      progress: closeTo(2 / 3),
      rating: null,
      projectedInTargetYear: null,
      reachYear: 2023,
      note: "The indicator has a target but no target year: the rating and the projection need one.",
    });
  });

  it("writes the ratings and reach texts in bokmål", () => {
    const norsk = benchmarkRecord(run, "nb");
    expect(norsk.targets.map((row) => [row.rating, row.reachYear])).toEqual([
      ["på sporet", 2023],
      ["på sporet", 2023],
      ["på sporet", "nådd"],
      ["går feil vei", "ikke med dagens trend"],
      ["stagnerer", "ikke med dagens trend"],
      ["stagnerer", "ikke med dagens trend"],
    ]);
  });
});

describe("the time section's score change table", () => {
  it("splits each unit's change in index from 2021 to 2022 into own change and bounds moved, beside its rank change", () => {
    // 0301: I1 30 within 2021's bounds 20-25 scores 200, I2 -4 within -6..-4 scores 100: own 150 - 0.
    // 5001: I1 40 scores 400 at 2021's bounds, I2 -6 scores 0: own 200 - 100. It improved and fell a place.
    expect(
      record.scoreChange.map((row) => [
        row.unitCode,
        row.fromScore,
        row.toScore,
        row.change,
        row.ownChange,
        row.boundsMoved,
        row.fromRank,
        row.toRank,
        row.rankChange,
        row.note,
      ])
    ).toEqual([
      ["0301", 0, 75, 75, 150, -75, 3, 1, 2, null],
      ["5001", 100, 50, -50, 100, -150, 1, 2, -1, null],
      ["4601", 25, 25, 0, 0, 0, 2, 3, -1, null],
    ]);
  });

  it("puts all change in own change when normalising pooled across years", () => {
    const pooled = benchmarkRecord(runOf({ normalisationScope: "samlet" }), "en");
    for (const row of pooled.scoreChange) {
      expect(row.boundsMoved).toBe(0);
      expect(row.ownChange).toBe(row.change);
    }
    expect(pooled.scoreChange.length).toBe(3);
  });

  it("gives the reason instead of a split under a per-year z-score", () => {
    const zScores = benchmarkRecord(runOf({ normalisation: "z-skår" }), "en");
    expect(zScores.scoreChange[0]).toMatchObject({ ownChange: null, boundsMoved: null });
    expect(zScores.scoreChange[0]?.note).toMatch(/only for min-max/);
    expect(zScores.scoreChange[0]?.rankChange).toEqual(expect.any(Number));
  });

  it("is empty when the year ranked is the first with data", () => {
    expect(benchmarkRecord(runOf({}, { year: 2020 }), "en").scoreChange).toEqual([]);
  });
});

describe("the time section on the Benchmark sheet", () => {
  const planOf = (benchmark: typeof run, language: "nb" | "en") =>
    benchmarkSheetPlan(benchmark, { ranAt: "", language });
  const tableIn = (sheet: SheetPlan, name: string) =>
    sheet.blocks.find(
      (block): block is TablePlan => block.kind === "table" && block.name === name
    ) as TablePlan;
  /** The definitions block: the notes whose first cell is the section's title. */
  const definitionsIn = (sheet: SheetPlan) =>
    sheet.blocks.find(
      (block): block is NotesPlan =>
        block.kind === "notes" &&
        (block.rows[0]?.[0] === "Change over time" || block.rows[0]?.[0] === "Utvikling over tid")
    ) as NotesPlan;
  const plan = planOf(run, "en");
  const table = (name: string) => tableIn(plan, name);
  const definitions = definitionsIn(plan);
  const definition = (name: string, notes = definitions) =>
    notes.rows.find((row) => row[0] === name)?.[1];

  it("follows the index by year: the definitions, then the three time tables, nothing overlapping", () => {
    const byYear = table(benchmarkTableNames.indexByYear);
    expect(definitions.anchor.row).toBeGreaterThan(byYear.anchor.row + byYear.rows.length);
    const time = [
      benchmarkTableNames.indexChange,
      benchmarkTableNames.targets,
      benchmarkTableNames.scoreChange,
    ].map(table);
    expect(time[0]?.anchor.row).toBeGreaterThan(definitions.anchor.row + definitions.rows.length);
    for (let index = 1; index < time.length; index++) {
      const above = time[index - 1] as TablePlan;
      // the title sits in the row above the header, and one blank row separates the tables
      expect((time[index] as TablePlan).anchor.row).toBe(above.anchor.row + above.rows.length + 3);
    }
  });

  it("writes the same numbers as the --json record, row for row in column order", () => {
    expect(table(benchmarkTableNames.indexChange).rows).toEqual(
      record.indexChange.map((row) => Object.values(row))
    );
    expect(table(benchmarkTableNames.targets).rows).toEqual(
      record.targets.map((row) => Object.values(row))
    );
    expect(table(benchmarkTableNames.scoreChange).rows).toEqual(
      record.scoreChange.map((row) => Object.values(row))
    );
  });

  it("names the years in the headers and formats changes with a sign, growth and progress as percentages", () => {
    const indexChange = table(benchmarkTableNames.indexChange);
    expect(indexChange.columns.map((column) => [column.header, column.numberFormat])).toEqual([
      ["Code", "@"],
      ["Unit", undefined],
      ["Annual change, latest", "+0.0;-0.0;0.0"],
      ["Change since 2020", "+0.0;-0.0;0.0"],
      ["Alfa, change since 2020", "+0.0;-0.0;0.0"],
      ["Beta, change since 2020", "+0.0;-0.0;0.0"],
      ["Annual growth rate (CAGR)", "+0.0%;-0.0%;0.0%"],
      ["Linear trend per year", "+0.0;-0.0;0.0"],
      ["Projected 2030", "0.0"],
      ["Note", undefined],
    ]);
    const scoreChange = table(benchmarkTableNames.scoreChange);
    expect(scoreChange.title).toBe("Why the index changed 2021–2022");
    expect(scoreChange.columns.slice(2, 10).map((column) => column.header)).toEqual([
      "Index 2021",
      "Index 2022",
      "Change",
      "Own change",
      "Bounds moved",
      "Rank 2021",
      "Rank 2022",
      "Places",
    ]);
    const targets = table(benchmarkTableNames.targets);
    const progress = targets.columns.findIndex(
      (column) => column.header === "Progress towards the target"
    );
    expect(targets.columns[progress]?.numberFormat).toBe("0%");
    expect(targets.colourScales).toEqual([
      {
        firstColumn: progress,
        lastColumn: progress,
        scale: expect.objectContaining({ maximumColour: "#63BE7B" }),
      },
    ]);
  });

  it("heads each dimension's change column with its name and the base year, in bokmål too", () => {
    const indexChange = tableIn(planOf(run, "nb"), benchmarkTableNames.indexChange);
    expect(indexChange.columns.slice(3, 6).map((column) => column.header)).toEqual([
      "Endring siden 2020",
      "Alfa, endring siden 2020",
      "Beta, endring siden 2020",
    ]);
  });

  it("defines the measures with the base year and the thresholds in use", () => {
    expect(definition("Base year")).toBe("2020; projections to 2030");
    expect(definition("Rating")).toMatch(
      /^on track \(target reached, or a pace of at least 95 %\), moderate progress \(at least 50 %\)/
    );
    const notes = definitionsIn(planOf(runOf({ onTrackShare: 1.2, moderateShare: 0.6 }), "nb"));
    expect(definition("Vurdering", notes)).toMatch(
      /tempo minst 120 %\), moderat fremgang \(minst 60 %\)/
    );
  });

  it("says which base year it uses when the Metode base year has no data, and when no indicator has a target", () => {
    const noTargets: Framework = {
      ...panelFramework,
      indicators: panelFramework.indicators.map((indicator) => ({
        ...indicator,
        target: undefined,
      })),
    };
    const other = planOf(runOf({ baseYear: 2019 }, {}, noTargets), "en");
    const notes = definitionsIn(other);
    expect(definition("Base year", notes)).toBe(
      "2020 (Metode: 2019, without data); projections to 2030"
    );
    expect(definition("Targets", notes)).toMatch(/^no indicator has a target/);
    expect(tableIn(other, benchmarkTableNames.targets).rows).toEqual([]);
  });
});
