/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { generatedMarkerText } from "../../../src/core/sheet-plan";
import { fakeExcel, templateInto } from "../../support/fake-excel";
import { renderPane } from "./render-pane";

/** How long a test waits for a benchmark: the robustness analysis runs with it (speed is measured in the bench). */
const analysisWait = 20_000;
jest.setTimeout(3 * analysisWait);

describe("the benchmark section", () => {
  it("writes the Benchmark sheet for the latest year over all units", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    expect(
      await screen.findByText(/^Wrote the sheet Benchmark: 6 units ranked for 2023\./, undefined, {
        timeout: analysisWait,
      })
    ).toBeTruthy();
    const sheet = fake?.workbook.sheet("Benchmark");
    expect(sheet?.cell(0, 0)).toBe(generatedMarkerText);
    expect(fake?.workbook.tables.map((table) => table.name)).toContain("VeikartRangering");
    expect(sheet?.charts.map((chart) => chart.type)).toEqual([
      "BarClustered",
      "Line",
      "BarStacked",
    ]);
    expect(fake?.workbook.activeSheet).toBe("Benchmark");
  });

  it("offers the workbook's years and peer groups after a validation, and ranks within a group", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByText(/The workbook can be scored/);
    fireEvent.change(screen.getByRole("combobox", { name: "Year" }), { target: { value: "2021" } });
    fireEvent.click(screen.getByRole("radio", { name: "A peer group" }));
    fireEvent.change(screen.getByRole("combobox", { name: "A peer group" }), {
      target: { value: "storby" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    expect(
      await screen.findByText(/2 units ranked for 2021/, undefined, { timeout: analysisWait })
    ).toBeTruthy();
    expect(fake?.workbook.sheet("Benchmark")).toBeDefined();
  });

  it("passes the units to highlight to the Benchmark sheet, and refuses an unknown one", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    const highlight = screen.getByRole("textbox", { name: "Highlight units in the charts" });
    fireEvent.change(highlight, { target: { value: "9999" } });
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    expect(await screen.findByText(/"9999" to highlight is not in the Enheter sheet/)).toBeTruthy();
    expect(fake?.workbook.sheet("Benchmark")).toBeUndefined();

    fireEvent.change(highlight, { target: { value: "5001, 4601" } });
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    await screen.findByText(/^Wrote the sheet Benchmark: 6 units ranked/, undefined, {
      timeout: analysisWait,
    });
    const sheet = fake?.workbook.sheet("Benchmark");
    const header = sheet?.valuesIn({ row: 0, column: 0, rowCount: 30, columnCount: 2 }) ?? [];
    expect(header.find((row) => row[0] === "Highlighted")?.[1]).toBe("5001, 4601");
  });

  it("refuses to score a workbook with errors and lists them", async () => {
    const workbook = templateInto();
    workbook.sheet("Enheter")?.setValue(0, 0, "Ukjent");
    const { fake } = renderPane("en", fakeExcel(workbook));
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    expect(await screen.findByText(/Validation found errors, so nothing was scored/)).toBeTruthy();
    expect(fake?.workbook.sheet("Benchmark")).toBeUndefined();
  });

  it("keeps the method choices folded until asked, and writes them back to Metode only when asked", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    expect(screen.queryByRole("combobox", { name: "Normalisation" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Method" }));
    const normalisation = () => screen.getByRole("combobox", { name: "Normalisation" });
    fireEvent.change(normalisation(), { target: { value: "zscore" } });
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    await screen.findByText(/^Wrote the sheet Benchmark/, undefined, { timeout: analysisWait });
    const method = () => fake?.workbook.sheet("Metode")?.grid() ?? [];
    expect(method().find((row) => row[0] === "Normalisering")?.[1]).toBe("min-maks");
    fireEvent.click(
      screen.getByRole("checkbox", { name: "Save these choices in the Metode sheet" })
    );
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    expect(
      await screen.findByText("The method choices were saved in the Metode sheet.", undefined, {
        timeout: analysisWait,
      })
    ).toBeTruthy();
    expect(method().find((row) => row[0] === "Normalisering")?.[1]).toBe("zscore");
  });
  it("leaves the with-and-without-measures section out when Tiltak is unticked, and adds it when ticked", async () => {
    const workbook = templateInto();
    workbook.addSheetWithRows("Tiltak", [
      ["Enhet", "Indikator", "År", "Virkning", "Effekt", "Beskrivelse", "Ansvarlig"],
      ["5035", "EV_SHARE_NEW", 2023, "ny verdi", 90, "Illustrativt", "Illustrativt"],
    ]);
    const { fake } = renderPane("en", fakeExcel(workbook));
    const toggle = screen.getByRole("checkbox", { name: /^Measures: show index and rank/ });
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    await screen.findByText(/^Wrote the sheet Benchmark/, undefined, { timeout: 20_000 });
    expect(fake?.workbook.tables.map((table) => table.name)).not.toContain("VeikartTiltak");
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    await waitFor(
      () => expect(fake?.workbook.tables.map((table) => table.name)).toContain("VeikartTiltak"),
      { timeout: 20_000 }
    );
  }, 60_000);

  it("says in the method panel what the robustness analysis varies, and that it is off once switched off", () => {
    renderPane("en", fakeExcel(templateInto()));
    fireEvent.click(screen.getByRole("button", { name: "Method" }));
    expect(
      screen.getByText(
        "The robustness analysis varies normalisation: min-max, z-score, rank; weights: ±25 % (1000 runs)."
      )
    ).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Robustness analysis" }), {
      target: { value: "off" },
    });
    expect(screen.getByText("The robustness analysis is switched off.")).toBeTruthy();
  });

  it("counts the units whose rank interval is wider than three places, as the Benchmark sheet lists them", async () => {
    const { fake } = renderPane("en", fakeExcel(templateInto()));
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    const note = await screen.findByText(
      /^\d of 6 units have a rank interval \(5-95 %\) wider than 3 places\.$/,
      undefined,
      { timeout: analysisWait }
    );
    const table = fake?.workbook.tables.find((candidate) => candidate.name === "VeikartRobusthet");
    const sheet = fake?.workbook.sheet("Benchmark");
    if (table === undefined || sheet === undefined) throw new Error("no robustness table");
    const { row, column, rowCount, columnCount } = table.box;
    const [header = [], ...rows] = sheet.valuesIn({ row, column, rowCount, columnCount });
    const [p5, p95] = ["5 % rank", "95 % rank"].map((name) => header.indexOf(name));
    const wide = rows.filter((cells) => Number(cells[p95 ?? -1]) - Number(cells[p5 ?? -1]) > 3);
    expect(note.textContent).toBe(
      `${wide.length} of 6 units have a rank interval (5-95 %) wider than 3 places.`
    );
  });

  it("writes no robustness section when the method panel switches the analysis off", async () => {
    const { fake } = renderPane("nb", fakeExcel(templateInto()));
    fireEvent.click(screen.getByRole("button", { name: "Metode" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Robusthetsanalyse" }), {
      target: { value: "off" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
    await screen.findByText(/^Skrev arket Benchmark: 6 enheter/, undefined, {
      timeout: analysisWait,
    });
    expect(screen.queryByText(/rangintervall \(5-95 %\) bredere/)).toBeNull();
    const tables = fake?.workbook.tables.map((table) => table.name) ?? [];
    expect(tables).toContain("VeikartRangering");
    expect(tables).not.toContain("VeikartRobusthet");
  });

  it("shows the robustness analysis's progress while it runs, and writes nothing when it is cancelled", async () => {
    // The pilot's 1,000 runs can finish within one 30 ms chunk on a quiet machine, leaving nothing to
    // cancel: a clock that moves 30 ms at every reading makes the analysis pause after every run.
    let clock = Date.now();
    const now = jest.spyOn(Date, "now").mockImplementation(() => (clock += 30));
    try {
      const { fake } = renderPane("nb", fakeExcel(templateInto()));
      fireEvent.click(screen.getByRole("button", { name: "Benchmark" }));
      expect(
        await screen.findByText(/^Robusthetsanalyse \(\d+ av 1000 kjøringer\)$/, undefined, {
          timeout: analysisWait,
        })
      ).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
      expect(
        await screen.findByText("Avbrutt.", undefined, { timeout: analysisWait })
      ).toBeTruthy();
      expect(fake?.workbook.sheet("Benchmark")).toBeUndefined();
    } finally {
      now.mockRestore();
    }
  });
});
