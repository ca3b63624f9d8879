/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { maxSelectedCells } from "../../../src/excel/read-selected-range";
import { fakeExcel, templateInto, FakeWorkbook } from "../../support/fake-excel";
import { renderPane } from "./render-pane";

/** The template, and a sheet "Nedlasting" whose table from A1 the user has selected. */
function workbookWithSelectedTable(
  withExampleData: boolean,
  rows: (string | number)[][]
): FakeWorkbook {
  const workbook = templateInto(new FakeWorkbook(), withExampleData);
  workbook.addSheetWithRows("Nedlasting", rows);
  workbook.selection = {
    sheet: "Nedlasting",
    box: { row: 0, column: 0, rowCount: rows.length, columnCount: rows[0]?.length ?? 0 },
  };
  return workbook;
}

function importSelection(indicator: string, indicatorLabel: string, button: string) {
  fireEvent.change(screen.getByRole("combobox", { name: indicatorLabel }), {
    target: { value: indicator },
  });
  fireEvent.click(screen.getByRole("button", { name: button }));
}

describe("the import section's table import", () => {
  it('imports a selected wide table with "5001 Trondheim" labels into Data, listing what it could not read', async () => {
    const fake = fakeExcel(
      workbookWithSelectedTable(false, [
        ["Kommune", "2019", "2020"],
        ["5001 Trondheim", 392000, 384160],
        ["Atlantis", 1, 2],
      ])
    );
    renderPane("en", fake);
    importSelection("GHG_TOTAL", "Indicator (id from Indikatorer)", "Import the selected range");
    expect(await screen.findByText("1 cells or names were not read:")).toBeTruthy();
    expect(screen.getByText('Nedlasting!A3: "Atlantis" is no unit of the register')).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Write to Data" }));
    expect(await screen.findByText(/^Added 2, unchanged 0, in conflict 0/)).toBeTruthy();
    const data = fake.workbook.sheet("Data")!;
    expect(data.valuesIn({ row: 1, column: 0, rowCount: 2, columnCount: 4 })).toEqual([
      ["5001", 2019, "GHG_TOTAL", 392000],
      ["5001", 2020, "GHG_TOTAL", 384160],
    ]);
  });

  it("lists a conflict with the selection as its source and replaces it when ticked", async () => {
    const fake = fakeExcel(
      workbookWithSelectedTable(true, [
        ["Kommune", "2019"],
        ["5001 Trondheim", 400000],
      ])
    );
    renderPane("nb", fake);
    importSelection("GHG_TOTAL", "Indikator (Id fra Indikatorer)", "Importer merket område");
    const conflict = await screen.findByRole("checkbox", {
      name: "Data!D2: 5001 GHG_TOTAL 2019: 392000 i arbeidsboken, 400000 fra Nedlasting!A1:B2",
    });
    fireEvent.click(conflict);
    fireEvent.click(screen.getByRole("button", { name: "Skriv til Data" }));
    expect(
      await screen.findByText(/^Lagt til 0, uendret 0, i konflikt 1 \(erstattet 1\)/)
    ).toBeTruthy();
    expect(fake.workbook.sheet("Data")!.cell(1, 3)).toBe(400000);
  });

  it("refuses a selection over the limit, naming the limit", async () => {
    const workbook = templateInto(new FakeWorkbook(), false);
    workbook.selection = {
      sheet: "Data",
      box: { row: 0, column: 0, rowCount: maxSelectedCells, columnCount: 2 },
    };
    renderPane("en", fakeExcel(workbook));
    importSelection("GHG_TOTAL", "Indicator (id from Indikatorer)", "Import the selected range");
    expect(
      await screen.findByText(
        `The selected range is too large: the pane reads at most ${maxSelectedCells} cells at a time. Select the table alone.`
      )
    ).toBeTruthy();
  });

  it("offers the indicators of Indikatorer once the workbook has been validated", async () => {
    const { container } = renderPane("en", fakeExcel(templateInto(new FakeWorkbook(), true)));
    const input = screen.getByRole("combobox", { name: "Indicator (id from Indikatorer)" });
    const options = () =>
      [...container.querySelectorAll(`datalist#${input.getAttribute("list")} option`)].map(
        (option) => option.getAttribute("value")
      );
    expect(options()).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await waitFor(() => expect(options()).toContain("GHG_TOTAL"), { timeout: 10_000 });
  });
});
