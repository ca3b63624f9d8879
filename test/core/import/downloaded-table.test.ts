import {
  DownloadedTableError,
  readDownloadedTable,
  yearOfHeader,
  type DownloadedTableOptions,
} from "../../../src/core/import";
import type { CellValue, SheetGrid } from "../../../src/core/validate";

const options: DownloadedTableOptions = {
  indicator: "GHG_TOTAL",
  source: "Miljødirektoratet, klimagassutslipp fra kommuner (2025)",
  additive: true,
};

const sheet = (values: readonly (readonly (CellValue | null)[])[]): SheetGrid => ({
  name: "Utslipp",
  values,
});

const pairs = (reading: ReturnType<typeof readDownloadedTable>) =>
  reading.observations.map((entry) => [entry.unit, entry.year, entry.value, entry.missing ?? null]);

describe("readDownloadedTable", () => {
  it("reads a wide table with '5001 Trondheim' labels and years such as '2019 (endelig)'", () => {
    const reading = readDownloadedTable(
      sheet([
        ["Klimagassutslipp (tonn CO2-ekvivalenter)"],
        ["Kommune", "2022", "2023 (endelig)", 2024],
        ["0301 Oslo", 1000, "1 100,5", ".."],
        ["5001 Trondheim - Tråante", 900, "-", ":"],
      ]),
      options
    );
    expect(pairs(reading)).toEqual([
      ["0301", 2022, 1000, null],
      ["0301", 2023, 1100.5, null],
      ["0301", 2024, null, ".."],
      ["5001", 2022, 900, null],
      ["5001", 2023, 0, null],
      ["5001", 2024, null, ":"],
    ]);
    expect(reading.observations[0]?.source).toBe(options.source);
    expect(reading.report.missingAtSource).toBe(2);
  });

  it("matches names alone when they name one unit, and reports the others at their cells", () => {
    const reading = readDownloadedTable(
      sheet([
        ["Kommune", "2024"],
        ["Bergen", 10],
        ["Herøy", 20],
        ["Atlantis", 30],
        ["Herøy (Nordland)", 40],
      ]),
      options
    );
    expect(pairs(reading)).toEqual([
      ["4601", 2024, 10, null],
      ["1818", 2024, 40, null],
    ]);
    expect(reading.report.unmatchedNames).toEqual([
      { address: "Utslipp!A3", text: "Herøy", candidates: ["1515", "1818"] },
      { address: "Utslipp!A4", text: "Atlantis", candidates: [] },
    ]);
  });

  it("tells a kommune from a fylke of the same name when the level is given, else reports both", () => {
    const grid = sheet([
      ["Region", "2024"],
      ["Oslo", 5],
    ]);
    expect(readDownloadedTable(grid, options).report.unmatchedNames).toEqual([
      { address: "Utslipp!A2", text: "Oslo", candidates: ["0301", "03"] },
    ]);
    expect(pairs(readDownloadedTable(grid, { ...options, level: "fylke" }))).toEqual([
      ["03", 2024, 5, null],
    ]);
  });

  it("reads a long table by its headers, with codes typed as numbers that lost their zero", () => {
    const reading = readDownloadedTable(
      sheet([
        ["Kommunenummer", "År", "Verdi"],
        [301, 2023, 12],
        ["1103", "2024", "7,5"],
      ]),
      options
    );
    expect(pairs(reading)).toEqual([
      ["0301", 2023, 12, null],
      ["1103", 2024, 7.5, null],
    ]);
  });

  it("finds the unit column of a table too long to spread into arguments (200,000 rows)", () => {
    const rows: (CellValue | null)[][] = [["Område", "2023"]];
    for (let row = 0; row < 200_000; row++) rows.push(["5001 Trondheim", row]);
    const reading = readDownloadedTable(sheet(rows), options);
    expect(reading.observations[0]).toMatchObject({ unit: "5001", year: 2023 });
  });

  it("sums a merged kommune's codes of earlier years, and reports splits", () => {
    const reading = readDownloadedTable(
      sheet([
        ["Kode", "2017", "2019"],
        ["1601", 100, null],
        ["1662", 10, null],
        ["1850", 5, 6],
        ["1805", 50, 60],
      ]),
      { ...options, units: ["5001", "1806"] }
    );
    expect(pairs(reading)).toEqual([["5001", 2017, 110, null]]);
    expect(reading.report.splits.map((split) => [split.unit, split.year])).toEqual([
      ["1806", 2017],
      ["1806", 2019],
    ]);
  });

  it("reports value cells that are neither numbers nor SSB's symbols, at their cells", () => {
    const reading = readDownloadedTable(
      sheet([
        ["Kommune", "2024"],
        ["0301", "n/a"],
      ]),
      options
    );
    expect(reading.report.unreadableCells).toEqual([{ address: "Utslipp!B2", value: "n/a" }]);
    expect(reading.observations).toEqual([]);
  });

  it("uses the columns it is given over what it would find", () => {
    const reading = readDownloadedTable(
      sheet([
        ["Navn", "Kode", "2023", "2024"],
        ["Oslo", "0301", 1, 2],
      ]),
      { ...options, unitColumn: 1, yearColumns: [3] }
    );
    expect(pairs(reading)).toEqual([["0301", 2024, 2, null]]);
  });

  it("refuses a long table without year or value column, saying which are needed", () => {
    expect(() => readDownloadedTable(sheet([["Kommune", "Tall"]]), options)).toThrow(
      DownloadedTableError
    );
  });
});

describe("yearOfHeader", () => {
  it.each([
    [2019, 2019],
    ["2019", 2019],
    ["2019 (endelig)", 2019],
    ["2019*", 2019],
    ["Endring 2019", undefined],
    ["1850", undefined],
    [null, undefined],
  ])("reads %p as %p", (cell, year) => {
    expect(yearOfHeader(cell)).toBe(year);
  });
});
