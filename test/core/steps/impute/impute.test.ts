import {
  carryLastValueForward,
  fillWithMean,
  fillWithMedian,
  fillWithinGroups,
  interpolateLinearly,
} from "../../../../src/core/steps/impute/kernels";
import { impute } from "../../../../src/core/steps/impute/impute";
import { NA, columnOf, datasetOf, plain } from "../support";

describe("imputation kernels", () => {
  it("fill with the mean or the median of the present values", () => {
    expect(plain(fillWithMean(Float64Array.of(1, NA, 5)))).toEqual([1, 3, 5]);
    expect(plain(fillWithMedian(Float64Array.of(1, NA, 2, 9)))).toEqual([1, 2, 2, 9]);
  });
  it("fill within groups, leaving a group with no values missing", () => {
    expect(
      plain(
        fillWithinGroups(
          Float64Array.of(1, NA, 10, NA, NA),
          ["x", "x", "y", "y", "z"],
          fillWithMean
        )
      )
    ).toEqual([1, 1, 10, 10, null]);
  });
  it("carry the last value forward but never backward", () => {
    expect(plain(carryLastValueForward(Float64Array.of(NA, 2, NA, NA, 5, NA)))).toEqual([
      null,
      2,
      2,
      2,
      5,
      5,
    ]);
  });
  it("interpolate linearly by year between known values, without extrapolating", () => {
    expect(
      plain(
        interpolateLinearly(
          Float64Array.of(NA, 10, NA, NA, 40, NA),
          Int32Array.of(2010, 2011, 2012, 2014, 2015, 2016)
        )
      )
    ).toEqual([null, 10, 17.5, 32.5, 40, null]);
  });
});

describe("impute step", () => {
  const rows = [
    { unit: "A", year: 2020, groups: { region: "north" } },
    { unit: "B", year: 2020, groups: { region: "north" } },
    { unit: "C", year: 2020, groups: { region: "south" } },
    { unit: "A", year: 2021, groups: { region: "north" } },
    { unit: "B", year: 2021, groups: { region: "north" } },
    { unit: "C", year: 2021, groups: { region: "south" } },
  ];
  it("imputes within each year and counts the imputed cells", () => {
    const dataset = datasetOf(rows, { x: [1, null, 3, 10, 20, null] });
    const { dataset: output, details, issues } = impute(dataset, { method: "mean" });
    expect(columnOf(output, "x")).toEqual([1, 2, 3, 10, 20, 15]);
    expect(details.imputedCells).toEqual({ x: 2 });
    expect(issues).toEqual([]);
  });
  it("imputes the group mean and reports what could not be filled", () => {
    const dataset = datasetOf(rows, { x: [1, null, null, 10, 20, 5] });
    const { dataset: output, issues } = impute(dataset, { method: "group-mean", group: "region" });
    expect(columnOf(output, "x")).toEqual([1, 1, null, 10, 20, 5]);
    expect(issues.map((issue) => [issue.code, issue.indicator])).toEqual([
      ["imputation_incomplete", "x"],
    ]);
  });
  it("reports an unknown group column and imputes nothing", () => {
    const dataset = datasetOf(rows, { x: [1, null, 3, 4, 5, 6] });
    const { dataset: output, issues } = impute(dataset, { method: "group-median", group: "nope" });
    expect(columnOf(output, "x")[1]).toBeNull();
    expect(issues.map((issue) => issue.code)).toEqual(["unknown_group"]);
  });
  it("carries values forward along each unit's years", () => {
    const dataset = datasetOf(rows, { x: [1, 2, 3, null, null, 6] });
    expect(columnOf(impute(dataset, { method: "last-value" }).dataset, "x")).toEqual([
      1, 2, 3, 1, 2, 6,
    ]);
  });
});
