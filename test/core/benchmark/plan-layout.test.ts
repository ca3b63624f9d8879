import { uniqueHeaders } from "../../../src/core/benchmark/plan-layout";

describe("uniqueHeaders", () => {
  it("writes a header with line breaks or tabs on one line, so a column's name equals its cell", () => {
    expect(uniqueHeaders(["Oslo\nkommune", "Nord-\r\n  Fron", "A\tB"])).toEqual([
      "Oslo kommune",
      "Nord- Fron",
      "A B",
    ]);
  });

  it("numbers repeated headers, ignoring case and line breaks", () => {
    expect(uniqueHeaders(["Oslo kommune", "oslo\nkommune", "Bergen"])).toEqual([
      "Oslo kommune",
      "oslo kommune (2)",
      "Bergen",
    ]);
  });
});
