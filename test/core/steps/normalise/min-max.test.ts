import { boundsOf, hasZeroRange, minMaxColumn } from "../../../../src/core/steps/normalise/min-max";
import { NA, plain } from "../support";

describe("min-max kernel", () => {
  it("maps the minimum to l and the maximum to u", () => {
    expect(plain(minMaxColumn(Float64Array.of(2, 4, 6), { lower: 1, upper: 100 }))).toEqual([
      1, 50.5, 100,
    ]);
  });
  it("skips missing values and keeps them missing", () => {
    expect(plain(minMaxColumn(Float64Array.of(NA, 0, 10)))).toEqual([null, 0, 100]);
    expect(boundsOf(Float64Array.of(NA, 3))).toEqual({ minimum: 3, maximum: 3, count: 1 });
  });
  it("reports zero range when all values are equal, and gives missing scores", () => {
    expect(hasZeroRange(boundsOf(Float64Array.of(5, 5)))).toBe(true);
    expect(plain(minMaxColumn(Float64Array.of(5, 5)))).toEqual([null, null]);
  });
});
