import { columnIndexOf, columnLetters } from "../../src/core/cell-addresses";

describe("cell addresses", () => {
  it("reads the column of a reference's letters, 0-based, as Excel counts them", () => {
    expect(columnIndexOf("A1")).toBe(0);
    expect(columnIndexOf("Z9")).toBe(25);
    expect(columnIndexOf("AA10")).toBe(26);
    expect(columnIndexOf("AB12")).toBe(27);
    expect(columnIndexOf("XFD1048576")).toBe(16383);
  });

  it("gives -1 for a reference without column letters", () => {
    expect(columnIndexOf("12")).toBe(-1);
    expect(columnIndexOf("")).toBe(-1);
  });

  it("reads back every column it writes, up to Excel's last column", () => {
    for (let column = 0; column < 16384; column++)
      expect(columnIndexOf(`${columnLetters(column)}1`)).toBe(column);
  });
});
