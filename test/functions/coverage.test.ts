import { coverage } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

describe("VEIKART.COVERAGE", () => {
  it("gives the share of present values, by count when no weights are given", () => {
    expect(coverage([[1, "", 3, ".."]])).toEqual([[0.5]]);
  });

  it("gives the share of the weight whose values are present", () => {
    expect(coverage([[1, "", 3]], [[1, 2, 1]])).toEqual([[0.5]]);
  });

  it("gives one share per row of a block, 0 for an empty row", () => {
    expect(
      coverage([
        [1, 2],
        ["", 2],
        ["", ""],
      ])
    ).toEqual([[1], [0.5], [0]]);
  });

  it("measures by count when every weight is 0, as the engine does", () => {
    expect(coverage([[1, ""]], [[0, 0]])).toEqual([[0.5]]);
  });

  it("gives #VALUE! with a message when the weights do not fit the values", () => {
    const [[result]] = coverage([[1, 2, 3]], [[1, 1]]) as [[FakeExcelError]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/one weight per column/);
  });

  it("passes on an Excel error in a row", () => {
    const error = new FakeExcelError("#N/A", "upstream");
    expect(coverage([[error, 1]])).toEqual([[error]]);
  });
});
