import { datasetFromCoinrData } from "../../../src/core/data/coinr-data";
import { frameworkFromCoinrMeta } from "../../../src/core/data/coinr-meta";
import { datasetFromObservations } from "../../../src/core/data/observations";
import { parseNumberCell, textTableOf } from "../../../src/core/data/table";
import type { Observation } from "../../../src/core/model/observations";
import { columnOf, flatFramework, indicator } from "../steps/support";

/** A table written out as its header and rows. */
const table = ({ header, rows }: { header: string[]; rows: string[][] }) =>
  textTableOf(header, rows);

const meta = {
  header: [
    "Level",
    "iCode",
    "iName",
    "Direction",
    "Weight",
    "Parent",
    "Type",
    "Target",
    "Denominator",
    "goalpost_lower",
    "goalpost_upper",
  ],
  rows: [
    ["1", "co2", "CO2 per capita", "-1", "2", "Env", "Indicator", "1.5", "Population", "0", "10"],
    ["1", "jobs", "Green jobs", "1", "1", "Env", "Indicator", "", "", "", ""],
    ["2", "Env", "Environment", "1", "1", "", "Aggregate", "", "", "", ""],
    ["", "Region", "Region", "", "", "", "Group", "", "", "", ""],
    ["", "Population", "Population", "", "", "", "Denominator", "", "", "", ""],
  ],
};

describe("COINr iMeta", () => {
  it("reads indicators with direction, weight, target, goalposts and denominator, and the aggregates", () => {
    const { value, issues } = frameworkFromCoinrMeta(table(meta));
    expect(issues).toEqual([]);
    expect(value.framework.indicators[0]).toEqual({
      id: "co2",
      name: "CO2 per capita",
      parentId: "Env",
      direction: -1,
      weight: 2,
      target: 1.5,
      goalposts: { lower: 0, upper: 10 },
      denominator: "Population",
    });
    expect(value.framework.aggregates).toEqual([{ id: "Env", name: "Environment", weight: 1 }]);
    expect(value.groupColumns).toEqual(["Region"]);
    expect(value.denominatorColumns).toEqual(["Population"]);
  });
  it("reports a bad direction and leaves that indicator out", () => {
    const bad = { ...meta, rows: [["1", "x", "X", "up", "1", "Env", "Indicator"]] };
    const { value, issues } = frameworkFromCoinrMeta(table(bad));
    expect(value.framework.indicators).toEqual([]);
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([["invalid_direction", 1]]);
  });
});

describe("COINr iData", () => {
  const { value } = frameworkFromCoinrMeta(table(meta));
  const data = {
    header: ["uName", "uCode", "Region", "Time", "Population", "co2", "jobs"],
    rows: [
      ["Oslo", "0301", "east", "2020", "700", "2.5", "NA"],
      ["Bergen", "4601", "west", "2020", "290", "", "12"],
      ["Oslo", "0301", "east", "2021", "705", "2.4", "x"],
    ],
  };
  it("reads units with groups, years, denominators and indicator columns; blanks and NA are missing", () => {
    const { value: dataset, issues } = datasetFromCoinrData(table(data), value.framework, {
      ...value,
      peerGroupColumn: "Region",
    });
    expect(
      dataset.units.map((unit) => [unit.code, unit.name, unit.peerGroup, unit.groups?.Region])
    ).toEqual([
      ["0301", "Oslo", "east", "east"],
      ["4601", "Bergen", "west", "west"],
    ]);
    expect(Array.from(dataset.rowYear)).toEqual([2020, 2020, 2021]);
    expect(columnOf(dataset, "co2")).toEqual([2.5, null, 2.4]);
    expect(Array.from(dataset.denominators.Population!)).toEqual([700, 290, 705]);
    expect(issues.map((issue) => [issue.code, issue.unit, issue.indicator, issue.year])).toEqual([
      ["invalid_number", "0301", "jobs", 2021],
    ]);
  });
  it("keeps the last of a repeated unit and year, with a warning", () => {
    const repeated = {
      ...data,
      rows: [...data.rows, ["Oslo", "0301", "east", "2020", "1", "9", "9"]],
    };
    const { value: dataset, issues } = datasetFromCoinrData(
      table(repeated),
      value.framework,
      value
    );
    expect(columnOf(dataset, "co2")).toEqual([9, null, 2.4]);
    expect(issues.map((issue) => issue.code)).toContain("duplicate_row");
  });
  it("reports a missing uCode column", () => {
    const { issues } = datasetFromCoinrData(
      table({ header: ["Code"], rows: [] }),
      value.framework,
      value
    );
    expect(issues.map((issue) => issue.code)).toContain("missing_column");
  });
});

describe("the template's long format", () => {
  const framework = flatFramework([
    indicator("a", "Index", { denominator: "innbyggere" }),
    indicator("b"),
  ]);
  const units = [
    { code: "5001", name: "Trondheim", denominators: { innbyggere: 200000 } },
    { code: "0301", name: "Oslo" },
  ];
  const observations: Observation[] = [
    { unitCode: "0301", year: 2021, indicatorId: "a", value: 4 },
    { unitCode: "5001", year: 2020, indicatorId: "b", value: null },
    { unitCode: "5001", year: 2021, indicatorId: "a", value: 2 },
    { unitCode: "0301", year: 2021, indicatorId: "innbyggere", value: 700000 },
    { unitCode: "9999", year: 2021, indicatorId: "a", value: 1 },
    { unitCode: "0301", year: 2021, indicatorId: "mystery", value: 1 },
  ];
  it("makes one row per unit and year, in register order, with denominators from rows or the register", () => {
    const { value: dataset, issues } = datasetFromObservations(framework, units, observations);
    expect(Array.from(dataset.rowUnit)).toEqual([0, 0, 1]);
    expect(Array.from(dataset.rowYear)).toEqual([2020, 2021, 2021]);
    expect(columnOf(dataset, "a")).toEqual([null, 2, 4]);
    expect(Array.from(dataset.denominators.innbyggere!)).toEqual([200000, 200000, 700000]);
    expect(issues.map((issue) => issue.code).sort()).toEqual(["unknown_indicator", "unknown_unit"]);
  });
  it("reports each repeat of a unit, year and indicator (or denominator) as a duplicate row, the last value kept", () => {
    const repeated: Observation[] = [
      ...observations,
      { unitCode: "5001", year: 2021, indicatorId: "a", value: 3 },
      { unitCode: "5001", year: 2021, indicatorId: "a", value: 5 },
      { unitCode: "5001", year: 2021, indicatorId: "b", value: 7 },
      { unitCode: "0301", year: 2021, indicatorId: "innbyggere", value: 710000 },
    ];
    const { value: dataset, issues } = datasetFromObservations(framework, units, repeated);
    expect(columnOf(dataset, "a")).toEqual([null, 5, 4]);
    expect(columnOf(dataset, "b")).toEqual([null, 7, null]);
    expect(Array.from(dataset.denominators.innbyggere!)).toEqual([200000, 200000, 710000]);
    expect(
      issues
        .filter((issue) => issue.code === "duplicate_row")
        .map((issue) => [issue.unit, issue.year, issue.indicator])
    ).toEqual([
      ["5001", 2021, "a"],
      ["5001", 2021, "a"],
      ["0301", 2021, "innbyggere"],
    ]);
  });
  it("gives an empty dataset for no observations", () => {
    expect(datasetFromObservations(framework, units, []).value.rowUnit).toHaveLength(0);
  });
});

describe("number cells", () => {
  it("read finite numbers and treat blanks, NA and SSB symbols as missing", () => {
    expect(parseNumberCell(" 1.5e3 ")).toEqual({ kind: "number", value: 1500 });
    expect(parseNumberCell("..")).toEqual({ kind: "missing" });
    expect(parseNumberCell("Inf")).toEqual({ kind: "invalid", text: "Inf" });
  });
});
