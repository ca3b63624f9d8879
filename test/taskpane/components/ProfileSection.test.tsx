/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { profileTableNames } from "../../../src/core/profile";
import { generatedMarkerText } from "../../../src/core/sheet-plan";
import { fakeExcel, templateInto } from "../../support/fake-excel";
import { renderPane } from "./render-pane";

describe("the unit profile section", () => {
  it("writes Stjørdal's Profil sheet, with its chart and print setup, for a unit chosen after a validation", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    const write = screen.getByRole("button", { name: "Write profile" });
    expect(write.getAttribute("aria-disabled") ?? write.hasAttribute("disabled")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByText(/The workbook can be scored/);
    fireEvent.change(screen.getByRole("combobox", { name: "Unit" }), {
      target: { value: "5035" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Write profile" }));
    expect(
      await screen.findByText(
        /^Wrote the sheet Profil: Stjørdal \(5035\), 2023, rank \d of 6\./,
        undefined,
        { timeout: 20_000 }
      )
    ).toBeTruthy();
    const sheet = fake?.workbook.sheet("Profil");
    expect(sheet?.cell(0, 0)).toBe(generatedMarkerText);
    expect(String(sheet?.cell(2, 0))).toBe("Unit profile: Stjørdal (5035), 2023");
    expect(fake?.workbook.tables.map((table) => table.name)).toContain(
      profileTableNames.contributions
    );
    expect(sheet?.charts.map((chart) => chart.series.length)).toEqual([2]);
    expect(sheet?.pageZoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(sheet?.orientation).toBe("Portrait");
    expect(sheet?.printArea).toMatchObject({ row: 0, column: 0 });
    expect(fake?.workbook.activeSheet).toBe("Profil");
  }, 40_000);

  it("takes a typed code before a validation, and names a unit the workbook lacks", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    fireEvent.change(screen.getByRole("textbox", { name: "Unit" }), { target: { value: "9999" } });
    fireEvent.click(screen.getByRole("button", { name: "Write profile" }));
    expect(await screen.findByText(/9999/, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(fake?.workbook.sheet("Profil")).toBeUndefined();
  }, 40_000);
});
