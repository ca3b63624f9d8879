import { nationalDataSet } from "../../../bench/national-data";
import { applyMeasures, readMeasures, runScenario, type Measure } from "../../../src/core/analysis";
import { messageIn } from "../../../src/core/issues";
import { workbookSheetsOf } from "../../../src/core/template";
import { validateWorkbook, type SheetGrid } from "../../../src/core/validate";
import { smallContent, smallGrids, smallValidation } from "../benchmark/small-workbook";

const tiltak = (rows: (string | number | null)[][]): SheetGrid => ({
  name: "Tiltak",
  values: [["Enhet", "Indikator", "År", "Virkning", "Effekt", "Beskrivelse", "Ansvarlig"], ...rows],
});

describe("the Tiltak sheet", () => {
  const content = smallValidation().content;

  it("is optional: a workbook without it has no measures and no issue", () => {
    expect(readMeasures(smallGrids(), content)).toEqual({
      measures: [],
      issues: [],
      present: false,
    });
  });

  it("reads each row as a measure, in bokmål or with the English headers and words", () => {
    const english: SheetGrid = {
      name: "Measures",
      values: [
        ["Unit", "Indicator", "Year", "Effect kind", "Effect", "Description", "Owner"],
        ["0301", "I1", 2022, "percent change", 10, "Solar panels", "Plan office"],
      ],
    };
    expect(readMeasures([...smallGrids(), english], content).measures).toEqual([
      {
        unitCode: "0301",
        indicatorId: "I1",
        year: 2022,
        effect: { kind: "percent-change", percent: 10 },
        description: "Solar panels",
        owner: "Plan office",
        row: 1,
      },
    ]);
    const bokmal = readMeasures(
      [
        ...smallGrids(),
        tiltak([
          ["4601", "I2", 2022, "ny verdi", 1.5, null, null],
          ["4601", "I3", 2021, "Endring", -20, null, null],
        ]),
      ],
      content
    );
    expect(bokmal.issues).toEqual([]);
    expect(bokmal.measures.map((measure) => measure.effect)).toEqual([
      { kind: "new-value", value: 1.5 },
      { kind: "absolute-change", change: -20 },
    ]);
  });

  it("reads measures and runs their scenario on the national workbook (some 155,000 observations)", () => {
    const grids = workbookSheetsOf(nationalDataSet());
    const national = validateWorkbook(grids).content;
    expect(national.observations.length).toBeGreaterThan(150_000);
    const [unit] = national.units;
    const indicator = national.framework.indicators.find((candidate) => candidate.direction !== 0);
    const lastYear = Math.max(...new Set(national.observations.map((entry) => entry.year)));
    const reading = readMeasures(
      [
        ...grids,
        tiltak([
          [unit?.code ?? "", indicator?.id ?? "", lastYear, "prosentendring", 10, null, null],
          [unit?.code ?? "", indicator?.id ?? "", lastYear + 20, "prosentendring", 10, null, null],
        ]),
      ],
      national
    );
    expect(reading.measures.map((measure) => measure.row)).toEqual([1]);
    expect(reading.issues.map((issue) => issue.code)).toEqual(["measure_year_outside"]);
    const scenario = runScenario(
      {
        framework: national.framework,
        units: national.units,
        observations: national.observations,
      },
      reading.measures
    );
    expect(scenario.year).toBe(lastYear);
    expect(scenario.units).toHaveLength(372);
  });

  it("reports an unknown unit, indicator, effect kind, a year outside the range and an impossible value at their cells", () => {
    const reading = readMeasures(
      [
        ...smallGrids(),
        tiltak([
          ["9999", "I1", 2022, "ny verdi", 5, null, null],
          ["0301", "NOPE", 2022, "ny verdi", 5, null, null],
          ["0301", "I1", 2040, "ny verdi", 5, null, null],
          ["0301", "I1", 2022, "doble", 5, null, null],
          ["0301", "I1", 2022, "ny verdi", null, null, null],
          ["0301", "I3", 2022, "prosentendring", -150, null, null],
        ]),
      ],
      content
    );
    // Only the last row passes: I3 of 0301 in 2022 is 0, and −150 % of 0 is 0, a possible value.
    expect(reading.measures.map((measure) => measure.row)).toEqual([6]);
    expect(
      reading.issues.map((issue) => [issue.code, issue.sheet, issue.row, issue.column])
    ).toEqual(
      [
        ["measure_unit_unknown", "Tiltak", 1, 0],
        ["measure_indicator_unknown", "Tiltak", 2, 1],
        ["measure_year_outside", "Tiltak", 3, 2],
        ["measure_effect_kind_unknown", "Tiltak", 4, 3],
        ["required_value_missing", "Tiltak", 5, 4],
        // I3 of 0301 in 2022 is 0: −150 % of 0 is 0, possible; the share below is not.
      ].slice(0, 5)
    );
    expect(messageIn(reading.issues[2]!, "nb")).toContain("2021");
    expect(messageIn(reading.issues[2]!, "en")).toContain("2030");
  });

  it("refuses an effect that takes the value out of its kind's possible range", () => {
    const withShare = smallValidation({
      ...smallContent,
      framework: {
        ...smallContent.framework,
        indicators: smallContent.framework.indicators.map((indicator) =>
          indicator.id === "I1" ? { ...indicator, measure: "%" } : indicator
        ),
      },
    }).content;
    const reading = readMeasures(
      [...smallGrids(), tiltak([["0301", "I1", 2022, "endring", 95, null, null]])],
      withShare
    );
    // 0301's I1 in 2022 is 10: 10 + 95 = 105 %, above 100.
    expect(reading.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["measure_value_out_of_range", 1, 4],
    ]);
    expect(messageIn(reading.issues[0]!, "en")).toContain("105");
  });
});

describe("applying measures", () => {
  const observations = smallContent.observations;
  const valueOf = (list: typeof observations, unit: string, indicator: string, year: number) =>
    list.find((o) => o.unitCode === unit && o.indicatorId === indicator && o.year === year)?.value;

  it("sets, adds to or scales the value, compounding in order, and leaves the input as it was", () => {
    const measures: Measure[] = [
      {
        unitCode: "0301",
        indicatorId: "I1",
        year: 2022,
        effect: { kind: "absolute-change", change: 5 },
      },
      {
        unitCode: "0301",
        indicatorId: "I1",
        year: 2022,
        effect: { kind: "percent-change", percent: 20 },
      },
      {
        unitCode: "4601",
        indicatorId: "I2",
        year: 2022,
        effect: { kind: "new-value", value: 0.5 },
      },
      {
        unitCode: "5001",
        indicatorId: "I3",
        year: 2022,
        effect: { kind: "absolute-change", change: 1 },
      },
    ];
    const applied = applyMeasures(observations, measures);
    expect(valueOf(applied, "0301", "I1", 2022)).toBeCloseTo((10 + 5) * 1.2, 12);
    expect(valueOf(applied, "4601", "I2", 2022)).toBe(0.5);
    // 5001's I3 in 2022 is blank: a change has nothing to act on.
    expect(valueOf(applied, "5001", "I3", 2022)).toBeNull();
    expect(valueOf(observations, "0301", "I1", 2022)).toBe(10);
    expect(applied).toHaveLength(observations.length);
  });
});

describe("a scenario", () => {
  const input = {
    framework: smallContent.framework,
    units: smallContent.units,
    observations: smallContent.observations,
  };

  it("gives each unit's index and rank with and without the measures, and the one that moved it most", () => {
    // 2022 (small-workbook.ts): index K1 (0301) 25, K2 (4601) 81.25; 5001 has none (no I3, coverage
    // without threshold here: its index is A alone, 50). Raising 0301's I3 from 0 to 200 makes it the
    // best on I3 (100) and 4601 the worst (0): 0301 = (50 + 100)/2 = 75, 4601 = 62.5/2 = 31.25.
    const measures: Measure[] = [
      {
        unitCode: "0301",
        indicatorId: "I3",
        year: 2022,
        effect: { kind: "new-value", value: 200 },
      },
      {
        unitCode: "0301",
        indicatorId: "I1",
        year: 2022,
        effect: { kind: "absolute-change", change: 1 },
      },
      {
        unitCode: "0301",
        indicatorId: "I1",
        year: 2021,
        effect: { kind: "absolute-change", change: 1 },
      },
    ];
    const scenario = runScenario(input, measures, { year: 2022 });
    expect(scenario.applied).toHaveLength(2);
    const oslo = scenario.units.find((unit) => unit.unitCode === "0301")!;
    expect(oslo.without.index).toBe(25);
    expect(oslo.without.rank).toBe(3);
    expect(oslo.strongestMeasure?.measure).toBe(measures[0]);
    expect(oslo.strongestMeasure?.indexChange).toBe(50);
    expect(oslo.with.rank).toBe(1);
    expect(oslo.placesGained).toBe(2);
    expect(oslo.with.dimensions.B).toBe(100);
    expect(oslo.without.dimensions.B).toBe(0);
    const bergen = scenario.units.find((unit) => unit.unitCode === "4601")!;
    expect(bergen.without.index).toBe(81.25);
    expect(bergen.indexChange).toBeLessThan(0);
  });

  it("builds on the projection to 2030 when asked: measures dated after the data act on the projected year", () => {
    // I3 on its linear trend to 2030: 0301 100 -> 0 gives -800, 4601 0 -> 100 gives 900; a new value of
    // 1000 makes 0301 the best on I3.
    const measures: Measure[] = [
      {
        unitCode: "0301",
        indicatorId: "I3",
        year: 2026,
        effect: { kind: "new-value", value: 1000 },
      },
    ];
    const scenario = runScenario(input, measures, { projection: {} });
    expect(scenario.year).toBe(2030);
    expect(scenario.projectedTo).toBe(2030);
    expect(scenario.applied).toEqual(measures);
    const oslo = scenario.units.find((unit) => unit.unitCode === "0301")!;
    expect(oslo.without.index).not.toBeNull();
    expect(oslo.with.dimensions.B).toBe(100);
    expect(oslo.strongestMeasure?.measure).toBe(measures[0]);
  });
});
