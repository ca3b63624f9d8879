/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { analysisSheetName, analysisTableNames } from "../../../src/core/analysis";
import { generatedMarkerText } from "../../../src/core/sheet-plan";
import { fakeExcel, templateInto } from "../../support/fake-excel";
import { renderPane } from "./render-pane";

describe("the Analyse section", () => {
  it("writes the Analyse sheet with the Metode sheet's pairs, filled in after a validation, and its decoupling charts", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByText(/The workbook can be scored/);
    const pairs = screen.getByRole("textbox", { name: "Decoupling pairs (pressure/driver)" });
    expect((pairs as HTMLInputElement).value).toBe(
      "GHG_TOTAL/EMPLOYMENT_WORKPLACE; GHG_TOTAL/GROSS_PRODUCT"
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Year audited" }), {
      target: { value: "2022" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Write analysis" }));
    expect(
      await screen.findByText(
        "Wrote the sheet Analyse: decoupling for 6 units, audit for 2022.",
        undefined,
        { timeout: 20_000 }
      )
    ).toBeTruthy();
    const sheet = fake?.workbook.sheet(analysisSheetName);
    expect(sheet?.cell(0, 0)).toBe(generatedMarkerText);
    expect(fake?.workbook.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([analysisTableNames.wholePeriod, analysisTableNames.chartLines])
    );
    expect(sheet?.charts.map((chart) => [chart.type, chart.series.length])).toEqual([
      ["XYScatter", 5],
      ["XYScatter", 5],
    ]);
    expect(fake?.workbook.activeSheet).toBe(analysisSheetName);
  }, 40_000);

  it("runs with the pairs typed in the pane, and names a pair that is not PRESSURE/DRIVER without writing", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    const pairs = screen.getByRole("textbox", { name: "Decoupling pairs (pressure/driver)" });
    fireEvent.change(pairs, { target: { value: "GHG_TOTAL" } });
    fireEvent.click(screen.getByRole("button", { name: "Write analysis" }));
    expect(
      await screen.findByText(
        /^Invalid method value: "GHG_TOTAL" is not a valid value for Frikoblingspar/,
        undefined,
        { timeout: 20_000 }
      )
    ).toBeTruthy();
    expect(screen.getByText("The choices do not fit the workbook:")).toBeTruthy();
    expect(fake?.workbook.sheet(analysisSheetName)).toBeUndefined();
    fireEvent.change(pairs, { target: { value: "GHG_TOTAL/POPULATION" } });
    fireEvent.click(screen.getByRole("button", { name: "Write analysis" }));
    await screen.findByText(/^Wrote the sheet Analyse/, undefined, { timeout: 20_000 });
    const charts = fake?.workbook.sheet(analysisSheetName)?.charts ?? [];
    expect(charts.map((chart) => chart.axes.category.title)).toEqual(["Change in POPULATION"]);
  }, 40_000);
});
