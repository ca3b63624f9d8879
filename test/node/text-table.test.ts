import { fixedWidthTable } from "../../src/node/text-table";

describe("fixedWidthTable", () => {
  it("pads each column to its widest cell, numbers on the left, the last column never", () => {
    const table = fixedWidthTable(
      ["Code", "Rank", "Note"],
      [
        ["0301", "1", "capital"],
        ["5001", "12", ""],
      ],
      new Set([1])
    );
    expect(table.split("\n")).toEqual([
      "  Code  Rank  Note",
      "  0301     1  capital",
      "  5001    12",
    ]);
  });

  it("lays out a table of 200,000 rows without overflowing the call stack", () => {
    const rows = Array.from({ length: 200_000 }, (_, row) => [String(row), "x"]);
    const lines = fixedWidthTable(["Row", "Value"], rows, new Set([0])).split("\n");
    expect(lines).toHaveLength(200_001);
    expect(lines[1]).toBe("       0  x");
    expect(lines[200_000]).toBe("  199999  x");
  });
});
