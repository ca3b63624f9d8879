import { progress } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

describe("VEIKART.PROGRESS", () => {
  it("gives the share of the way from the baseline to the target", () => {
    expect(progress(30, 10, 40)).toBeCloseTo(2 / 3, 12);
    expect(progress(40, 10, 40)).toBe(1);
    expect(progress(50, 10, 40)).toBeCloseTo(4 / 3, 12);
  });

  it("takes the direction from the side the target is on, so a fall towards a lower target is progress", () => {
    // emissions 8 -> 4 against a target of 2: two thirds of the way
    expect(progress(4, 8, 2)).toBeCloseTo(2 / 3, 12);
    expect(progress(10, 8, 2)).toBeCloseTo(-1 / 3, 12);
  });

  it("gives 1 while a baseline that met the target still meets it, and #VALUE! once it does not", () => {
    expect(progress(1, 2, 2, "lower")).toBe(1);
    const result = progress(6, 2, 2, -1) as FakeExcelError;
    expect([result.code, result.message]).toEqual([
      "#VALUE!",
      "The baseline 2 already met the target 2, but the latest value does not; the share of the distance is undefined.",
    ]);
  });

  it("needs a direction when the target equals the baseline", () => {
    expect((progress(3, 2, 2) as FakeExcelError).message).toBe(
      "The target 2 equals the baseline; give the direction (1 or -1) to judge progress."
    );
  });

  it("gives #N/A for a blank value and #VALUE! naming the argument for text or a bad direction", () => {
    const blank = progress("", 10, 40) as FakeExcelError;
    expect([blank.code, blank.message]).toEqual([
      "#N/A",
      "The value is missing: the cell is empty.",
    ]);
    expect((progress(30, "ti", 40) as FakeExcelError).message).toBe(
      "Invalid baseline: use the value at the start, a number."
    );
    expect((progress(30, 10, 40, "sideways") as FakeExcelError).message).toMatch(
      /^Invalid direction: use 1, -1/
    );
  });
});
