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
      await screen.findByText("Inserted Indikatorer, Dimensjoner, Enheter, Data, Metode, Tiltak.")
    ).toBeTruthy();
    expect(fake?.workbook.sheet("Data")?.grid().length).toBeGreaterThan(100);
    expect(fake?.workbook.sheet("Tiltak")?.grid()).toHaveLength(3);
  });

  it("without example data leaves Data empty", async () => {
    const { fake } = renderPane("en");
    fireEvent.click(screen.getByRole("checkbox", { name: /With example data/ }));
    fireEvent.click(screen.getByRole("button", { name: "Create project template" }));
    await screen.findByText(/^Inserted/);
    expect(fake?.workbook.sheet("Data")?.grid()).toHaveLength(1);
    expect(fake?.workbook.sheet("Tiltak")?.grid()).toEqual([
      ["Enhet", "Indikator", "År", "Virkning", "Effekt", "Beskrivelse", "Ansvarlig"],
    ]);
  });

  it("says which sheets it skipped because they were there already", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheetWithRows("Data", [["mine"]]);
    renderPane("nb", fakeExcel(workbook));
    fireEvent.click(screen.getByRole("button", { name: "Lag prosjektmal" }));
    expect(await screen.findByText("Fantes fra før og ble ikke endret: Data.")).toBeTruthy();
  });

  it("says what to do about an Excel failure in the pane's language, with Excel's text behind Detaljer", async () => {
    const fake = fakeExcel();
    fake.recorder.failWhen = (operation) => operation.kind === "worksheets.add";
    renderPane("nb", fake);
    fireEvent.click(screen.getByRole("button", { name: "Lag prosjektmal" }));
    expect(await screen.findByText("Noe gikk galt")).toBeTruthy();
    expect(screen.getByText(/^Excel fikk en intern feil\. Lagre arbeidsboken/)).toBeTruthy();
    expect(screen.queryByText(/Injected failure/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Detaljer" }));
    expect(screen.getByText(/GeneralException: Injected failure at worksheets\.add/)).toBeTruthy();
  });
});
