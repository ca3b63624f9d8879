import {
  builtInNumberFormat,
  dateOfSerial,
  isDateFormat,
} from "../../../src/node/xlsx/number-formats";

describe("number formats", () => {
  it("names the built-in formats exceljs names, and none for General or locale-dependent ids", () => {
    expect([1, 10, 14, 22, 49].map(builtInNumberFormat)).toEqual([
      "0",
      "0.00%",
      "mm-dd-yy",
      'm/d/yy "h":mm',
      "@",
    ]);
    expect([0, 5, 27, 164].map(builtInNumberFormat)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("takes a format for a date when it has date letters outside quotes and brackets", () => {
    const formats = ["dd.mm.yyyy", "h:mm", "[$-414]mmmm", "0.0%", '0" days"', "[Red]0", "General"];
    expect(formats.map(isDateFormat)).toEqual([true, true, true, false, false, false, false]);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it("turns serial numbers into dates of the 1900 and the 1904 date systems, rounded to the millisecond", () => {
    expect(dateOfSerial(45351.5, false)).toEqual(new Date(Date.UTC(2024, 1, 29, 12)));
    expect(dateOfSerial(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(dateOfSerial(45351 + 2 / 3, false)).toEqual(new Date(Date.UTC(2024, 1, 29, 16)));
  });
});
