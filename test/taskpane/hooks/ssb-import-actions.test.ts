import { join } from "node:path";
import { readFileSync } from "node:fs";
import {
  prepareSsbImport,
  SsbUnreachableError,
  writePreparedImport,
} from "../../../src/taskpane/hooks/ssb-import-actions";
import { hostOf } from "../../excel/host";
import { fakeExcel, templateInto, FakeWorkbook } from "../../support/fake-excel";
import { startSsbServer, type SsbServer } from "../../support/ssb-server";

jest.setTimeout(30_000);

const catalogue = join(__dirname, "../../fixtures/ssb/catalogue");
const control = () => ({ signal: new AbortController().signal, onProgress: jest.fn() });

describe("the pane's import from SSB", () => {
  let server: SsbServer;
  beforeAll(async () => {
    server = await startSsbServer(catalogue);
  });
  afterAll(() => server.close());

  it("fetches the catalogue's SSB indicators for Enheter's units, then writes them into Data", async () => {
    const fake = fakeExcel(templateInto(new FakeWorkbook(), false));
    const host = hostOf(fake);
    const progress = control();
    const prepared = await prepareSsbImport(
      host,
      { indicators: [], years: [2020, 2021], units: "workbook", apiUrl: server.baseUrl },
      progress
    );
    expect(progress.onProgress).toHaveBeenCalledWith({ chunksRead: 1, chunks: 1 });
    expect(prepared.plan.appends).toHaveLength(12);
    expect(prepared.plan.conflicts).toHaveLength(0);
    const result = await writePreparedImport(host, prepared, new Set());
    expect(result).toMatchObject({ added: 12, unchanged: 0, inConflict: 0, unitsAdded: 0 });
    const data = fake.workbook.sheet("Data")!;
    expect(data.cell(1, 0)).toBe("5001");
    expect(data.numberFormat(1, 0)).toBe("@");
    expect(String(data.cell(1, 5))).toMatch(/^SSB 07459\/Personer1/);
    // A second fetch finds everything in place.
    const again = await prepareSsbImport(
      host,
      { indicators: [], years: [2020, 2021], units: "workbook", apiUrl: server.baseUrl },
      control()
    );
    expect(again.plan.appends).toHaveLength(0);
    expect(again.plan.unchanged).toBe(12);
  });

  it("replaces only the conflicts the user ticked", async () => {
    const fake = fakeExcel(templateInto(new FakeWorkbook(), true));
    const host = hostOf(fake);
    const prepared = await prepareSsbImport(
      host,
      {
        indicators: ["POPULATION"],
        years: [2022, 2023],
        units: "workbook",
        apiUrl: server.baseUrl,
      },
      control()
    );
    expect(prepared.plan.conflicts.length).toBeGreaterThan(1);
    const [chosen, kept] = prepared.plan.conflicts;
    const data = fake.workbook.sheet("Data")!;
    const keptBefore = data.cell(kept!.row, 3);
    const result = await writePreparedImport(host, prepared, new Set([chosen!]));
    expect(result.replaced).toBe(1);
    expect(data.cell(chosen!.row, 3)).toBe(chosen!.incoming.value);
    expect(data.cell(kept!.row, 3)).toBe(keptBefore);
  });

  it("reads saved response files instead of the network", async () => {
    const fake = fakeExcel(templateInto(new FakeWorkbook(), false));
    const prepared = await prepareSsbImport(
      hostOf(fake),
      {
        indicators: [],
        years: [2015],
        units: "workbook",
        apiUrl: "http://127.0.0.1:9/never",
        savedResponses: [
          { name: "07459-1.json", text: readFileSync(join(catalogue, "07459-1.json"), "utf8") },
        ],
      },
      control()
    );
    expect(prepared.plan.appends).toHaveLength(6);
    expect(prepared.plan.missingAtSource).toHaveLength(1);
  });

  it("says when SSB cannot be reached from the pane", async () => {
    const fake = fakeExcel(templateInto(new FakeWorkbook(), false));
    await expect(
      prepareSsbImport(
        hostOf(fake),
        { indicators: [], years: [2020], units: "workbook", apiUrl: "http://127.0.0.1:9/never" },
        control()
      )
    ).rejects.toBeInstanceOf(SsbUnreachableError);
  });
});
