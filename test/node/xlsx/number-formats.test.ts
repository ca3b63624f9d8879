import { builtInNumberFormat } from "../../../src/node/xlsx/number-formats";

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
});
