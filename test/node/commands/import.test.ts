import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Indicator } from "../../../src/core/model";
import {
  defaultFramework,
  defaultIndicators,
  pilotUnits,
  workbookSheetsOf,
} from "../../../src/core/template";
import { packageOfSheets, templatePackage } from "../../../src/node/template-workbook";
import { startSsbServer } from "../../support/ssb-server";
import { runVeikart } from "../small-workbook-file";

jest.setTimeout(120_000);

const fixtures = join(__dirname, "../../fixtures/ssb");
const folder = mkdtempSync(join(tmpdir(), "veikart-import-"));

interface DataRow {
  readonly unit: string;
  readonly year: number;
  readonly indicator: string;
  readonly value: unknown;
  readonly quality: unknown;
  readonly source: unknown;
}

async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function dataRows(path: string): Promise<DataRow[]> {
  const [, ...rows] = await sheetRows(path, "Data");
  return rows.map(([unit, year, indicator, value, quality, source]) => ({
    unit: String(unit),
    year: Number(year),
    indicator: String(indicator),
    value,
    quality,
    source,
  }));
}

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("veikart import ssb", () => {
  const ssbIndicators = defaultIndicators.filter((indicator) => indicator.ssbSource !== undefined);

  it("fills the template's Data for the catalogue's SSB indicators, and a second run changes nothing", async () => {
    const input = join(folder, "empty.xlsx");
    await templatePackage(false).writeFile(input);
    const output = join(folder, "filled.xlsx");
    const first = await runVeikart([
      "import",
      "ssb",
      input,
      "--from-responses",
      join(fixtures, "catalogue"),
      "--years",
      "2015-2024",
      "-o",
      output,
    ]);
    expect(first.exitCode).toBe(0);
    const rows = await dataRows(output);
    expect(ssbIndicators.length).toBeGreaterThan(0);
    for (const indicator of ssbIndicators)
      for (const unit of pilotUnits)
        expect(
          rows.filter((row) => row.indicator === indicator.id && row.unit === unit.code)
        ).toHaveLength(10);
    expect(rows).toHaveLength(ssbIndicators.length * pilotUnits.length * 10);
    const missing = rows.find((row) => row.unit === "4624" && row.year === 2015);
    expect(missing?.value ?? null).toBeNull();
    expect(missing?.quality).toBe("..");
    expect(String(rows[0]?.source)).toMatch(/^SSB \d{5}\/\S+, oppdatert 2025-02-20T07:00:00Z/);
    expect(first.stdout).toContain(`Added ${rows.length}, filled 0, unchanged 0, in conflict 0`);

    const before = digest(output);
    const second = await runVeikart([
      "import",
      "ssb",
      output,
      "--from-responses",
      join(fixtures, "catalogue"),
      "--years",
      "2015-2024",
      "--in-place",
    ]);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain(`Added 0, filled 0, unchanged ${rows.length}, in conflict 0`);
    expect(second.stdout).toContain("Nothing to change.");
    expect(digest(output)).toBe(before);
    expect((await runVeikart(["validate", output])).exitCode).toBe(0);
  });

  it("lists conflicts and writes nothing without --replace; --replace writes the source's values", async () => {
    const input = join(folder, "example.xlsx");
    await templatePackage(true).writeFile(input);
    const output = join(folder, "conflicts.xlsx");
    const refused = await runVeikart([
      "import",
      "ssb",
      input,
      "--from-responses",
      join(fixtures, "catalogue"),
      "-o",
      output,
    ]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/Conflict Data!D\d+: 5001 \S+ 2019: /);
    expect(refused.stdout).toContain("Nothing written");
    expect(existsSync(output)).toBe(false);

    const conflict =
      /Conflict (Data!D(\d+)): 5001 (\S+) 2019: (\S+) in the workbook, (\S+) from/.exec(
        refused.stdout
      );
    const replaced = await runVeikart([
      "import",
      "ssb",
      input,
      "--from-responses",
      join(fixtures, "catalogue"),
      "--replace",
      "-o",
      output,
    ]);
    expect(replaced.exitCode).toBe(0);
    const rows = await sheetRows(output, "Data");
    const row = rows[Number(conflict?.[2]) - 1] ?? [];
    expect(row.slice(0, 3)).toEqual(["5001", 2019, conflict?.[3]]);
    expect(row[3]).toBe(Number(conflict?.[5]));
    expect(String(row[5])).toMatch(/^SSB 07459\/Personer1/);
  });

  describe("a table under the codes before the 2020 reform", () => {
    const count: Indicator = {
      id: "COUNT_12345",
      name: "Antall",
      parentId: "D1",
      direction: 1,
      weight: 1,
      measure: "antall",
      level: "kommune",
      ssbSource: { table: "12345", contents: "Antall", selections: [], scale: 1 },
    };
    const input = join(folder, "reform.xlsx");

    beforeAll(async () => {
      const content = {
        framework: { ...defaultFramework, indicators: [...defaultFramework.indicators, count] },
        units: pilotUnits,
        observations: [],
      };
      await packageOfSheets(workbookSheetsOf(content)).writeFile(input);
    });

    it("sums a merged kommune's predecessors, follows renumbering and adds a new unit to Enheter", async () => {
      const output = join(folder, "reform-imported.xlsx");
      const result = await runVeikart([
        "import",
        "ssb",
        input,
        "--indicators",
        "COUNT_12345",
        "--units",
        "5001,4601,4627",
        "--years",
        "2018-2021",
        "--from-responses",
        join(fixtures, "reform"),
        "-o",
        output,
      ]);
      expect(result.exitCode).toBe(0);
      const rows = await dataRows(output);
      const value = (unit: string, year: number) =>
        rows.find(
          (row) => row.unit === unit && row.year === year && row.indicator === "COUNT_12345"
        );
      // 5001 in 2019: Trondheim (2001) and Klæbu (61) under their 2019 codes.
      expect(value("5001", 2019)?.value).toBe(2062);
      expect(value("5001", 2021)?.value).toBe(2003);
      // Bergen was 1201 until 2019, Askøy 1247.
      expect(value("4601", 2018)?.value).toBe(2900);
      expect(value("4627", 2019)?.value).toBe(291);
      expect(value("4627", 2018)?.quality).toBe(":");
      const units = await sheetRows(output, "Enheter");
      expect(units.find((row) => row[0] === "4627")?.slice(0, 3)).toEqual([
        "4627",
        "Askøy",
        "kommune",
      ]);
    });

    it("fetches from a PxWebApi server through a 429, saves the responses, and refuses a malformed one", async () => {
      const server = await startSsbServer(join(fixtures, "reform"));
      try {
        server.faults.push("429");
        server.retryAfter = "0";
        const saved = join(folder, "saved");
        const output = join(folder, "fetched.xlsx");
        const fetched = await runVeikart([
          "import",
          "ssb",
          input,
          "--indicators",
          "COUNT_12345",
          "--units",
          "5001",
          "--years",
          "2020-2021",
          "--api",
          server.baseUrl,
          "--save-responses",
          saved,
          "-o",
          output,
        ]);
        expect(fetched.exitCode).toBe(0);
        expect(server.requests).toHaveLength(2);
        expect(fetched.stderr).toContain("request 1 of 1 to SSB");
        expect(readdirSync(saved)).toEqual(["12345-1.json"]);
        expect((await dataRows(output)).map((row) => [row.unit, row.year, row.value])).toEqual([
          ["5001", 2020, 2002],
          ["5001", 2021, 2003],
        ]);

        server.faults.push("malformed");
        const refused = await runVeikart([
          "import",
          "ssb",
          input,
          "--indicators",
          "COUNT_12345",
          "--units",
          "5001",
          "--years",
          "2020",
          "--api",
          server.baseUrl,
          "-o",
          join(folder, "never.xlsx"),
        ]);
        expect(refused.exitCode).toBe(2);
        expect(refused.stderr).toContain("is not JSON");
        expect(existsSync(join(folder, "never.xlsx"))).toBe(false);
      } finally {
        await server.close();
      }
    });
  });
});

describe("veikart import table", () => {
  it("brings a wide table of codes, labels and names into Data for one indicator and reports what it cannot read", async () => {
    const input = join(folder, "table-empty.xlsx");
    await templatePackage(false).writeFile(input);
    const csv = join(folder, "utslipp.csv");
    writeFileSync(
      csv,
      [
        "Kommune,2019,2020",
        "5001,10.5,11",
        "4601 Bergen,20,..",
        "Stjørdal,3,4",
        "Ingensteds,1,2",
      ].join("\n")
    );
    const output = join(folder, "table-imported.xlsx");
    const result = await runVeikart([
      "import",
      "table",
      input,
      csv,
      "--indicator",
      "GHG_TOTAL",
      "--source",
      "Miljødirektoratet",
      "-o",
      output,
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Ingensteds");
    const rows = (await dataRows(output)).map((row) => [
      row.unit,
      row.year,
      row.value ?? null,
      row.quality ?? null,
      row.source,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["5001", 2019, 10.5, null, "Miljødirektoratet"],
        ["4601", 2020, null, "..", "Miljødirektoratet"],
        ["5035", 2020, 4, null, "Miljødirektoratet"],
      ])
    );
    expect(rows).toHaveLength(6);
  });
});
