import { composite, contribution } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { contributionChecks } from "./support/coinr-oracle";

beforeAll(installCustomFunctionsGlobal);

const errorOf = (result: unknown[][], column = 0) => result[0]?.[column] as FakeExcelError;
const sumOf = (row: readonly unknown[] = []) =>
  row.reduce<number>((sum, cell) => sum + (typeof cell === "number" ? cell : 0), 0);

describe("VEIKART.CONTRIBUTION", () => {
  it("spills each score's points w·x/Σw under the arithmetic mean, summing to COMPOSITE", () => {
    expect(contribution([[20, 40, 90]], [[1, 2, 1]])).toEqual([[5, 20, 22.5]]);
    expect(composite([[20, 40, 90]], [[1, 2, 1]])).toEqual([[47.5]]);
  });

  it("leaves a missing score's cell empty and renormalises the other weights, as COMPOSITE", () => {
    const points = contribution([[20, "", 90, ".."]], [[1, 5, 1, 5]]);
    expect(points).toEqual([[10, "", 45, ""]]);
    expect(sumOf(points[0])).toBe(composite([[20, "", 90, ".."]], [[1, 5, 1, 5]])[0]?.[0]);
  });

  it("gives a row of points per row of a block", () => {
    expect(
      contribution([
        [10, 30],
        [50, ""],
      ])
    ).toEqual([
      [5, 15],
      [50, ""],
    ]);
  });

  it("spills a single column of one unit's scores with one weight per row as a column", () => {
    expect(contribution([[10], [40]], [[3], [1]])).toEqual([[7.5], [10]]);
  });

  it("splits the geometric mean by shares of its logarithm, and a generalised mean by shares of x^p", () => {
    const geometric = contribution([[4, 16]], [[1, 3]], "geometric");
    const mean = (composite([[4, 16]], [[1, 3]], "geometric") as number[][])[0]?.[0] ?? NaN;
    expect(sumOf(geometric[0])).toBeCloseTo(mean, 12);
    // shares of ln m = (1·ln 4 + 3·ln 16)/4: ln 4 is a seventh of 1·ln 4 + 3·ln 16 = 7·ln 4.
    expect(geometric[0]?.[0]).toBeCloseTo(mean / 7, 12);
    const generalised = contribution([[3, 4]], null as never, "generalised", null, 2);
    expect(generalised[0]?.[0]).toBeCloseTo((Math.sqrt(12.5) * 9) / 25, 12);
    expect(sumOf(generalised[0])).toBeCloseTo(Math.sqrt(12.5), 12);
  });

  it("gives #VALUE! with the reason where the mean has no split: harmonic, and a geometric mean of 1", () => {
    const harmonic = contribution([[2, 6]], null as never, "harmonic");
    expect(harmonic[0]).toHaveLength(2);
    expect(errorOf(harmonic).code).toBe("#VALUE!");
    expect(errorOf(harmonic, 1).message).toBe(
      "The harmonic mean is not split into contributions: there a higher score gets a smaller share."
    );
    expect(errorOf(contribution([[1, 1]], null as never, "geometric")).message).toBe(
      "The geometric mean is 1, so its logarithm is 0 and cannot be split into shares."
    );
  });

  it("fills the row with COMPOSITE's error below mincoverage, and the whole shape for a wrong argument", () => {
    const below = contribution([[50, "", ""]], [[1, 1, 2]], "arithmetic", 0.6);
    expect(below[0]?.map((cell) => (cell as FakeExcelError).code)).toEqual([
      "#N/A",
      "#N/A",
      "#N/A",
    ]);
    expect(errorOf(below).message).toBe(
      "Coverage is 25 % of the weight, below the minimum of 60 %."
    );
    const wrong = contribution([[1, 2, 3]], null as never, "median");
    expect(wrong[0]?.map((cell) => (cell as FakeExcelError).code)).toEqual([
      "#VALUE!",
      "#VALUE!",
      "#VALUE!",
    ]);
  });

  it("passes an Excel error in a row on to every cell of that row", () => {
    const division = new FakeExcelError("#DIV/0!");
    const result = contribution([
      [1, division],
      [2, 4],
    ]);
    expect(result[0]).toEqual([division, division]);
    expect(result[1]).toEqual([1, 2]);
  });

  it("sums to COINr's aggregate scores for every aggregate of ASEM (S1, S3 arithmetic and geometric)", () => {
    const checks = contributionChecks(contribution as never);
    expect(checks.flatMap((check) => check.mismatches)).toEqual([]);
    expect(checks.reduce((total, check) => total + check.compared, 0)).toBeGreaterThan(2000);
  });
});
