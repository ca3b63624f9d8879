import {
  excelErrorOf,
  isDateFormat,
  readNumber,
  readText,
  shownValue,
} from "../../../src/core/validate/cell-values";

describe("cell values in Office.js's dialect", () => {
  it("takes a format for a date when it has date or time letters outside quotes, escapes and brackets", () => {
    const dates = ["dd.mm.yyyy", "h:mm", "[$-414]mmmm", "YYYY-MM-DD", "m/d/yy\\ h:mm", "mm-dd-yy"];
    expect(dates.map(isDateFormat)).toEqual(dates.map(() => true));
    const numbers = ["0.0%", '0" days"', "[Red]0", "General", "0.00E+00", "0\\d", "_(0_)", "@"];
    expect(numbers.map(isDateFormat)).toEqual(numbers.map(() => false));
    expect(isDateFormat(undefined)).toBe(false);
  });

  it("reads an error by its text, and an error's look-alike in other text as text", () => {
    expect(["#N/A", " #DIV/0! ", "#value!"].map(excelErrorOf)).toEqual([
      "#N/A",
      "#DIV/0!",
      "#value!",
    ]);
    expect(["#klima", "N/A", 7, true, ""].map(excelErrorOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(readNumber("#REF!")).toEqual({ kind: "error value", error: "#REF!" });
  });

  it("reads a date-formatted cell as the serial number it holds, and booleans and numbers as text plainly", () => {
    expect(readNumber(45351.5)).toEqual({ kind: "number", value: 45351.5 });
    expect([45351, true, "", "  Oslo ", null, undefined].map(readText)).toEqual([
      "45351",
      "true",
      undefined,
      "Oslo",
      undefined,
      undefined,
    ]);
    expect([false, 1.5, "x".repeat(130), null].map(shownValue)).toEqual([
      false,
      1.5,
      `${"x".repeat(120)}…`,
      null,
    ]);
  });
});
