import { indexToBaseYearSeries } from "../../../../src/core/steps/normalise/base-year";
import {
  distanceToMaximumColumn,
  distanceToTargetColumn,
} from "../../../../src/core/steps/normalise/distance";
import { goalpostColumn } from "../../../../src/core/steps/normalise/goalposts";
import { gradeColumn } from "../../../../src/core/steps/normalise/grade";
import {
  bordaColumn,
  percentileRankColumn,
  rankColumn,
} from "../../../../src/core/steps/normalise/ranks";
import { zScoreColumn } from "../../../../src/core/steps/normalise/z-score";
import { NA, plain } from "../support";

const values = Float64Array.of(2, 4, NA, 6, 8);

describe("z-score", () => {
  it("gives mean m and sample standard deviation s", () => {
    const { scores } = zScoreColumn(values, { mean: 10, standardDeviation: 2 });
    // mean 5, sample sd sqrt(20/3)
    const sd = Math.sqrt(20 / 3);
    expect(plain(scores)).toEqual([
      ((2 - 5) / sd) * 2 + 10,
      ((4 - 5) / sd) * 2 + 10,
      null,
      ((6 - 5) / sd) * 2 + 10,
      ((8 - 5) / sd) * 2 + 10,
    ]);
  });
  it("needs two values", () => {
    expect(zScoreColumn(Float64Array.of(3, NA)).problem).toEqual({
      kind: "too_few_values",
      needed: 2,
      present: 1,
    });
  });
  it("reports zero_range when all values are equal", () => {
    const output = zScoreColumn(Float64Array.of(3, 3, 3));
    expect(output.problem).toEqual({ kind: "zero_range" });
    expect(plain(output.scores)).toEqual([null, null, null]);
  });
});

describe("rank, percentile rank and Borda", () => {
  const tied = Float64Array.of(5, 1, 5, NA, 3);
  it("ranks ascending with ties at the minimum rank", () => {
    expect(plain(rankColumn(tied).scores)).toEqual([3, 1, 3, null, 2]);
  });
  it("gives percentile ranks (rank - 1) / (n - 1)", () => {
    expect(plain(percentileRankColumn(tied).scores)).toEqual([2 / 3, 0, 2 / 3, null, 1 / 3]);
  });
  it("gives Borda scores rank - 1", () => {
    expect(plain(bordaColumn(tied).scores)).toEqual([2, 0, 2, null, 1]);
  });
  it("gives a single unit rank 1 but no percentile rank", () => {
    expect(plain(rankColumn(Float64Array.of(7)).scores)).toEqual([1]);
    expect(percentileRankColumn(Float64Array.of(7)).problem?.kind).toBe("too_few_values");
  });
  it("reports all_missing for an empty column", () => {
    expect(rankColumn(Float64Array.of(NA, NA)).problem).toEqual({ kind: "all_missing" });
  });
});

describe("goalposts", () => {
  const posts = { lower: 0, upper: 10, scale: 100, truncate: true };
  it("maps the lower goalpost to 0 and the upper to the scale", () => {
    expect(plain(goalpostColumn(Float64Array.of(0, 5, 10), posts, 1).scores)).toEqual([0, 50, 100]);
  });
  it("truncates outside the goalposts, or not", () => {
    expect(plain(goalpostColumn(Float64Array.of(-5, 15), posts, 1).scores)).toEqual([0, 100]);
    expect(
      plain(goalpostColumn(Float64Array.of(15), { ...posts, truncate: false }, 1).scores)
    ).toEqual([150]);
  });
  it("makes the lower goalpost the best end for lower-is-better, with a positive scale", () => {
    // values arrive multiplied by the direction
    expect(plain(goalpostColumn(Float64Array.of(-0, -2.5, -10), posts, -1).scores)).toEqual([
      100, 75, 0,
    ]);
  });
  it("reports zero_range for equal goalposts", () => {
    expect(goalpostColumn(Float64Array.of(1), { ...posts, upper: 0 }, 1).problem).toEqual({
      kind: "zero_range",
    });
  });
});

describe("distance to target and to the maximum", () => {
  it("scores the minimum 0 and the target 1", () => {
    expect(plain(distanceToTargetColumn(Float64Array.of(2, 6, 10), 10).scores)).toEqual([
      0, 0.5, 1,
    ]);
  });
  it("caps values beyond the target when asked, and scales", () => {
    expect(plain(distanceToTargetColumn(Float64Array.of(2, 14), 10, true, 100).scores)).toEqual([
      0, 100,
    ]);
    expect(plain(distanceToTargetColumn(Float64Array.of(2, 14), 10).scores)).toEqual([0, 1.5]);
  });
  it("reports a target not above the minimum instead of dividing by zero", () => {
    const output = distanceToTargetColumn(Float64Array.of(2, 6), 2);
    expect(output.problem).toEqual({ kind: "target_not_above_minimum" });
    expect(plain(output.scores)).toEqual([null, null]);
  });
  it("maps the maximum to 1 and the minimum to 0", () => {
    expect(plain(distanceToMaximumColumn(Float64Array.of(2, NA, 4, 6)).scores)).toEqual([
      0,
      null,
      0.5,
      1,
    ]);
  });
  it("reports zero_range when all values are equal", () => {
    expect(distanceToMaximumColumn(Float64Array.of(4, 4)).problem).toEqual({ kind: "zero_range" });
  });
});

describe("grade 1-6", () => {
  it("gives 3.5 at the mean, 6 at the best and 1 at the weakest", () => {
    // mean 4: below it 1..3.5 over [1, 4], above it 3.5..6 over [4, 10]
    expect(plain(gradeColumn(Float64Array.of(1, 4, 10, 1)).scores)).toEqual([1, 3.5, 6, 1]);
    // mean 4: 2 lies halfway between the weakest (0) and the mean, so halfway between 1 and 3.5
    expect(gradeColumn(Float64Array.of(0, 2, 10)).scores[1]).toBe(2.25);
  });
  it("keeps missing values missing", () => {
    expect(plain(gradeColumn(Float64Array.of(0, NA, 10)).scores)).toEqual([1, null, 6]);
  });
  it("reports zero_range when all values are equal", () => {
    expect(gradeColumn(Float64Array.of(2, 2)).problem).toEqual({ kind: "zero_range" });
  });
});

describe("index to a base year", () => {
  it("is 100 in the base year and moves with the value", () => {
    expect(
      plain(
        indexToBaseYearSeries(Float64Array.of(50, 55, 40), Int32Array.of(2020, 2021, 2022), 2020)
          .scores
      )
    ).toEqual([100, 110, 80]);
  });
  it("rises when a lower-is-better value falls (directed values)", () => {
    expect(
      plain(
        indexToBaseYearSeries(Float64Array.of(-50, -40), Int32Array.of(2020, 2021), 2020).scores
      )
    ).toEqual([100, 120]);
  });
  it("reports a missing base value", () => {
    const output = indexToBaseYearSeries(Float64Array.of(NA, 3), Int32Array.of(2020, 2021), 2020);
    expect(output.problem).toEqual({ kind: "missing_base_value", baseYear: 2020 });
    expect(plain(output.scores)).toEqual([null, null]);
  });
});
