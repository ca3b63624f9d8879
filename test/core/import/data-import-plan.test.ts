import {
  DataImportError,
  planDataImport,
  type DataImportPlan,
  type ImportedObservation,
} from "../../../src/core/import";
import type { CellValue, SheetGrid } from "../../../src/core/validate";

const header = ["Enhet", "År", "Indikator", "Verdi", "Kvalitet", "Kilde", "Kommentar"];
const source = "SSB 07459/Personer1, oppdatert 2025-02-20T07:00:00Z";

const incoming = (
  unit: string,
  year: number,
  value: number | null,
  missing?: ImportedObservation["missing"]
): ImportedObservation => ({
  unit,
  indicator: "POPULATION",
  year,
  value,
  ...(missing === undefined ? {} : { missing }),
  source,
});

function dataGrid(rows: readonly (readonly (CellValue | null)[])[], head = header): SheetGrid {
  return { name: "Data", values: [head, ...rows] };
}

/** The grid after the plan is written, as either face would write it. */
function applied(grid: SheetGrid, plan: DataImportPlan): SheetGrid {
  const values = grid.values.map((row) => [...(row ?? [])]);
  if (plan.header !== undefined) values[plan.headerRow] = [...plan.header];
  for (const { column, header: text } of plan.newColumns) values[plan.headerRow]![column] = text;
  for (const write of plan.writes) values[write.row]![write.column] = write.value;
  plan.appends.forEach((row, index) => (values[plan.appendAt + index] = [...row]));
  return { ...grid, values };
}

describe("planDataImport", () => {
  it("appends new rows in the Data sheet's column order, with the source in Kilde", () => {
    const plan = planDataImport(dataGrid([]), [incoming("0301", 2024, 724290)], {
      replace: false,
    });
    expect(plan.appendAt).toBe(1);
    expect(plan.appends).toEqual([["0301", 2024, "POPULATION", 724290, null, source, null]]);
    expect(plan.writes).toEqual([]);
  });

  it("plans nothing to write when the same data are imported again", () => {
    const first = [
      incoming("0301", 2023, 717710),
      incoming("0301", 2024, 724290),
      incoming("1103", 2024, null, ":"),
    ];
    const grid = dataGrid([["4601", 2024, "POPULATION", 291940, 1, "typed", "kept"]]);
    const plan = planDataImport(grid, first, { replace: false });
    expect(plan.appends).toHaveLength(3);
    const again = planDataImport(applied(grid, plan), first, { replace: false });
    expect(again).toMatchObject({ appends: [], writes: [], conflicts: [], unchanged: 3 });
  });

  it("lists a value that differs as a conflict at its cell, and replaces it only when asked", () => {
    const grid = dataGrid([
      ["0301", 2024, "POPULATION", 700000, 3, "typed", "my note"],
      ["0301", 2023, "POPULATION", 717710, null, null, null],
    ]);
    const data = [incoming("0301", 2024, 724290), incoming("0301", 2023, 717710)];
    const kept = planDataImport(grid, data, { replace: false });
    expect(kept.conflicts).toEqual([
      expect.objectContaining({
        unit: "0301",
        year: 2024,
        existing: 700000,
        existingSource: "typed",
        address: "Data!D2",
        row: 1,
      }),
    ]);
    expect(kept).toMatchObject({ writes: [], replaced: 0, unchanged: 1 });
    const replaced = planDataImport(grid, data, { replace: true });
    expect(replaced.replaced).toBe(1);
    expect(replaced.writes).toEqual([
      { row: 1, column: 3, value: 724290, address: "Data!D2" },
      { row: 1, column: 4, value: null, address: "Data!E2" },
      { row: 1, column: 5, value: source, address: "Data!F2" },
    ]);
  });

  it("never lets a value missing at the source replace one that is there", () => {
    const grid = dataGrid([["0301", 2024, "POPULATION", 724290, null, null, null]]);
    const plan = planDataImport(grid, [incoming("0301", 2024, null, "..")], { replace: true });
    expect(plan).toMatchObject({ writes: [], conflicts: [], unchanged: 1 });
    expect(plan.missingAtSource).toHaveLength(1);
  });

  it("fills an existing row whose value is blank, leaving its comment", () => {
    const grid = dataGrid([["0301", 2024, "POPULATION", null, null, null, "waiting for SSB"]]);
    const plan = planDataImport(grid, [incoming("0301", 2024, 724290)], { replace: false });
    expect(plan.filled).toBe(1);
    expect(applied(grid, plan).values[1]).toEqual([
      "0301",
      2024,
      "POPULATION",
      724290,
      null,
      source,
      "waiting for SSB",
    ]);
  });

  it("adds the Kvalitet and Kilde headers a Data sheet lacks, after its last column", () => {
    const grid = dataGrid([["0301", 2023, "POPULATION", 1]], ["Enhet", "År", "Indikator", "Verdi"]);
    const plan = planDataImport(grid, [incoming("1103", 2024, null, "..")], { replace: false });
    expect(plan.newColumns).toEqual([
      { column: 4, header: "Kvalitet" },
      { column: 5, header: "Kilde" },
      { column: 6, header: "Kommentar" },
    ]);
    expect(plan.appends).toEqual([["1103", 2024, "POPULATION", null, "..", source, null]]);
  });

  it("writes the header row into an empty Data sheet", () => {
    const plan = planDataImport({ name: "Data", values: [] }, [incoming("0301", 2024, 1)], {
      replace: false,
    });
    expect(plan.header).toEqual(header);
    expect(plan.appendAt).toBe(1);
  });

  it("refuses a sheet with cells but no header row instead of writing over them", () => {
    const grid = { name: "Data", values: [["notes"], ["more notes"]] };
    expect(() => planDataImport(grid, [incoming("0301", 2024, 1)], { replace: false })).toThrow(
      DataImportError
    );
  });

  it("appends after the last row a user filled, not after the blank rows below it", () => {
    const grid = dataGrid([["0301", 2024, "POPULATION", 724290], [], [null, null, null, null]]);
    const plan = planDataImport(grid, [incoming("1103", 2024, 1)], { replace: false });
    expect(plan.appendAt).toBe(2);
  });

  it("gives a conflict's address in the sheet when the grid starts below and right of A1", () => {
    const grid: SheetGrid = {
      ...dataGrid([["0301", 2024, "POPULATION", 700000]]),
      origin: { row: 4, column: 1 },
    };
    const plan = planDataImport(grid, [incoming("0301", 2024, 724290)], { replace: false });
    expect(plan.conflicts[0]?.address).toBe("Data!E6");
  });
});
