/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { summaryIntent } from "../../../src/taskpane/components/ValidationSection";
import { fakeExcel, templateInto } from "../../support/fake-excel";
import { renderPane } from "./render-pane";

function workbookWithProblems() {
  const workbook = templateInto();
  workbook.sheet("Data")?.setValue(16, 3, "tolv");
  workbook.sheet("Enheter")?.setValue(2, 0, "99999");
  return workbook;
}

describe("the validation section", () => {
  it("shows the summary and the issues grouped by sheet and code, with their cells", async () => {
    renderPane("en", fakeExcel(workbookWithProblems()));
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    const summary = await screen.findByText(/errors, .* warnings, .* info/);
    expect(summary.textContent).toMatch(/Fix the errors before scoring/);
    expect(screen.getByRole("heading", { level: 3, name: "Data" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Data!D17" })).toBeTruthy();
    expect(screen.getByText(/^Not a number · \w+ \(1\)$/)).toBeTruthy();
    expect(screen.queryByText(/^value_not_number/)).toBeNull();
  });

  it("gives the summary the intent of its worst severity", () => {
    expect(summaryIntent({ error: 2, warning: 5, info: 1 })).toBe("error");
    expect(summaryIntent({ error: 0, warning: 5, info: 1 })).toBe("warning");
    expect(summaryIntent({ error: 0, warning: 0, info: 3 })).toBe("success");
  });

  it("selects the cell of an issue when it is clicked", async () => {
    const { fake } = renderPane("en", fakeExcel(workbookWithProblems()));
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    fireEvent.click(await screen.findByRole("button", { name: "Data!D17" }));
    await screen.findByRole("button", { name: "Data!D17" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake?.workbook.selection).toEqual({
      sheet: "Data",
      box: { row: 16, column: 3, rowCount: 1, columnCount: 1 },
    });
  });

  it("filters the issues by severity", async () => {
    renderPane("en", fakeExcel(workbookWithProblems()));
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByRole("button", { name: "Data!D17" });
    const filter = screen.getByRole("combobox", { name: "Show" });
    fireEvent.change(filter, { target: { value: "info" } });
    expect(screen.queryByRole("button", { name: "Data!D17" })).toBeNull();
  });

  it("writes the Validering sheet only when asked", async () => {
    const { fake } = renderPane("nb", fakeExcel(workbookWithProblems()));
    fireEvent.click(screen.getByRole("button", { name: "Valider" }));
    await screen.findByText(/feil, .* advarsler/);
    expect(fake?.workbook.sheet("Validering")).toBeUndefined();
    fireEvent.click(
      screen.getByRole("checkbox", { name: "Skriv problemene til arket Validering" })
    );
    fireEvent.click(screen.getByRole("button", { name: "Valider" }));
    expect(await screen.findByText("Skrev arket Validering.")).toBeTruthy();
    expect(fake?.workbook.sheet("Validering")?.cell(0, 0)).toMatch(/^Generert av Veikart/);
  });

  it("reads with the workbook unchanged and reports a clean workbook as scorable", async () => {
    const { fake } = renderPane("nb", fakeExcel(templateInto()));
    const before = JSON.stringify(fake?.workbook.sheets.map((sheet) => sheet.grid()));
    fireEvent.click(screen.getByRole("button", { name: "Valider" }));
    const region = within(screen.getByRole("region", { name: "Validering" }));
    expect((await region.findByText(/Arbeidsboken kan beregnes/)).textContent).toMatch(/^0 feil/);
    expect(JSON.stringify(fake?.workbook.sheets.map((sheet) => sheet.grid()))).toBe(before);
  });
});
