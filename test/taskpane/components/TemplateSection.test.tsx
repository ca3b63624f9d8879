/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { fakeExcel, FakeWorkbook } from "../../support/fake-excel";
import { renderPane } from "./render-pane";

describe("the template section", () => {
  it("creates the template with the example data and says what it inserted", async () => {
    const { fake } = renderPane("en");
    fireEvent.click(screen.getByRole("button", { name: "Create project template" }));
    expect(
      await screen.findByText("Inserted Indikatorer, Dimensjoner, Enheter, Data, Metode.")
    ).toBeTruthy();
    expect(fake?.workbook.sheet("Data")?.grid().length).toBeGreaterThan(100);
  });

  it("without example data leaves Data empty", async () => {
    const { fake } = renderPane("en");
    fireEvent.click(screen.getByRole("checkbox", { name: /With example data/ }));
    fireEvent.click(screen.getByRole("button", { name: "Create project template" }));
    await screen.findByText(/^Inserted/);
    expect(fake?.workbook.sheet("Data")?.grid()).toHaveLength(1);
  });

  it("says which sheets it skipped because they were there already", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheetWithRows("Data", [["mine"]]);
    renderPane("nb", fakeExcel(workbook));
    fireEvent.click(screen.getByRole("button", { name: "Lag prosjektmal" }));
    expect(await screen.findByText("Fantes fra før og ble ikke endret: Data.")).toBeTruthy();
  });

  it("shows a failure as a plain message", async () => {
    const fake = fakeExcel();
    fake.recorder.failWhen = (operation) => operation.kind === "worksheets.add";
    renderPane("en", fake);
    fireEvent.click(screen.getByRole("button", { name: "Create project template" }));
    expect(await screen.findByText("Something went wrong")).toBeTruthy();
    expect(screen.getByText(/Injected failure/)).toBeTruthy();
  });
});
