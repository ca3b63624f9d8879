// Property tests over every function: whatever Excel passes, no exception escapes, no number is NaN or
// infinite, and every #VALUE! or #N/A carries a message.
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { declareFunction, declareSpillingFunction } from "../../src/functions/declare-function";
import { range } from "../../src/functions/argument-rules";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

const cellValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(
    "",
    "..",
    "higher",
    "lavere",
    "zscore",
    "prank",
    "geometric",
    "name",
    "GHG_TOTAL"
  ),
  fc.constantFrom(null, undefined, true),
  fc.constant(new FakeExcelError("#DIV/0!"))
);
const grid = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(cellValue, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    })
  );
const argument = fc.oneof(grid, cellValue);

function expectExcelValue(value: unknown): void {
  if (typeof value === "number") {
    expect(Number.isFinite(value)).toBe(true);
  } else if (value instanceof FakeExcelError) {
    // The only error the inputs carry is #DIV/0!; every #VALUE! and #N/A is one of ours.
    if (value.code === "#VALUE!" || value.code === "#N/A") expect(value.message ?? "").not.toBe("");
    else expect(value.code).toBe("#DIV/0!");
  } else {
    expect(typeof value).toBe("string");
  }
}

const exported = Object.entries(functions) as [string, (...given: unknown[]) => unknown][];

describe("every VEIKART function, on arbitrary arguments", () => {
  it.each(exported)("%s returns only Excel values and never throws", (_name, implementation) => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 6 }), (given) => {
        const result = implementation(...given);
        if (Array.isArray(result)) {
          expect(result.length).toBeGreaterThan(0);
          for (const row of result as unknown[][]) {
            expect(row.length).toBeGreaterThan(0);
            row.forEach(expectExcelValue);
          }
        } else expectExcelValue(result);
      }),
      { numRuns: 300 }
    );
  });
});

describe("declared functions", () => {
  it("turn an exception into #VALUE! with a message naming the function", () => {
    const failing = declareFunction({
      id: "FAILING",
      arguments: [],
      evaluate: () => {
        throw new Error("broken invariant");
      },
    });
    const result = failing.call() as FakeExcelError;
    expect([result.code, result.message]).toEqual([
      "#VALUE!",
      "VEIKART.FAILING could not compute this (broken invariant). Please report it.",
    ]);
  });

  it("fill a spilling result's shape with the error when evaluation throws", () => {
    const failing = declareSpillingFunction({
      id: "FAILING",
      arguments: [range("values")],
      shape: (values) => values as unknown[][],
      evaluate: () => {
        throw new TypeError("oops");
      },
    });
    const result = failing.call([[1], [2]]) as FakeExcelError[][];
    expect(result.map((row) => row.map((cell) => cell.code))).toEqual([["#VALUE!"], ["#VALUE!"]]);
  });

  it("turn NaN and infinite results into #VALUE! with a message", () => {
    const overflowing = declareSpillingFunction({
      id: "OVERFLOWING",
      arguments: [],
      shape: () => [[null]],
      evaluate: () => [[Number.NaN, Number.POSITIVE_INFINITY, 1]],
    });
    const [[notANumber, infinite, one]] = overflowing.call() as [
      [FakeExcelError, FakeExcelError, number],
    ];
    expect(notANumber.message).toBe("The result is not a finite number (too large or undefined).");
    expect(infinite.code).toBe("#VALUE!");
    expect(one).toBe(1);
  });

  it("give a result larger than a double as #VALUE!, not Infinity (SCORE with huge parameters)", () => {
    const [[result]] = functions.score([[1]], [[0], [2]], 1, "minmax", -1.7e308, 1.7e308) as [
      [FakeExcelError],
    ];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/not a finite number/);
  });
});
