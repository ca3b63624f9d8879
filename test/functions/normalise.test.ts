import { normalise, score } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { normaliseChecks } from "./support/coinr-oracle";

beforeAll(installCustomFunctionsGlobal);

const column = (...values: unknown[]) => values.map((value) => [value]);
const unused = () => undefined;

describe("VEIKART.NORMALISE", () => {
  it("normalises a column among itself, min-max 0..100 by default", () => {
    expect(normalise(column(10, 20, 30))).toEqual([[0], [50], [100]]);
  });

  it("gives the same numbers as SCORE of the column among itself, for every method", () => {
    const values = column(4, -1, 9, 9, 2.5, 7);
    for (const method of ["minmax", "zscore", "prank", "grade", "rank", "borda", "dist2max"]) {
      expect(normalise(values, method, -1)).toEqual(score(values, values, -1, method));
    }
  });

  it("leaves cells without a number empty, so COMPOSITE can leave them out", () => {
    expect(normalise(column(10, "", "..", null, 30))).toEqual([[0], [""], [""], [""], [100]]);
  });

  it("normalises a block as one set of peers, in its shape", () => {
    expect(
      normalise([
        [0, 5],
        [10, 20],
      ])
    ).toEqual([
      [0, 25],
      [50, 100],
    ]);
  });

  it("passes on an Excel error in the values to every cell", () => {
    const error = new FakeExcelError("#REF!");
    expect(normalise(column(1, error, 3))).toEqual([[error], [error], [error]]);
  });

  it("gives #VALUE! in every cell, naming the argument, when the direction is wrong", () => {
    const result = normalise(column(1, 2), "minmax", "sideways") as FakeExcelError[][];
    expect(result).toHaveLength(2);
    for (const [cell] of result) {
      expect(cell?.code).toBe("#VALUE!");
      expect(cell?.message).toMatch(/^Invalid direction/);
    }
  });

  it("matches COINr's S3 variants (z-score 10/2, min-max 1..100, rank, percentile rank) on S2's treated data", () => {
    const checks = normaliseChecks({
      SCORE: unused,
      NORMALISE: normalise as never,
      COMPOSITE: unused,
      RANK: unused,
    });
    expect(checks).toHaveLength(4 * 49);
    expect(checks.flatMap((check) => check.mismatches)).toEqual([]);
    expect(checks.reduce((total, check) => total + check.compared, 0)).toBeGreaterThan(9000);
  });
});
