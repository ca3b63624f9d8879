import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { nationalDataSet } from "../../../bench/national-data";
import {
  benchmarkTableNames,
  chartLimits,
  robustnessTableNames,
} from "../../../src/core/benchmark";
import { generatedMarkerText } from "../../../src/core/sheet-plan";
import { workbookSheetsOf } from "../../../src/core/template";
import { packageOfSheets } from "../../../src/node/template-workbook";
import { smallContent } from "../../core/benchmark/small-workbook";
import {
  convertWithLibreOffice,
  itWithLibreOffice,
  odsChartSeries,
} from "../../support/libreoffice";
import { runVeikart, writeSmallWorkbook } from "../small-workbook-file";
import { tableRecords } from "../table-records";

describe("veikart benchmark", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-benchmark-"));
  const input = join(folder, "small.xlsx");
  beforeAll(() => writeSmallWorkbook(input));

  // The first run compiles the command line under ts-jest: seconds on a busy machine.
  it("writes Benchmark and Validering into <name>.benchmark.xlsx, leaving the input alone", async () => {
    const before = readFileSync(input);
    const { exitCode, stdout } = await runVeikart(["benchmark", input]);
    expect(exitCode).toBe(0);
    const output = join(folder, "small.benchmark.xlsx");
    expect(stdout).toContain(`Wrote ${output}`);
    expect(stdout).toMatch(/1\s+4601\s+Kommune 2\s+g1\s+81\.3/);
    expect(readFileSync(input).equals(before)).toBe(true);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Benchmark",
      "Validering",
    ]);
    expect(workbook.getWorksheet("Benchmark")?.getCell("A1").value).toBe(generatedMarkerText);
  }, 30_000);

  it("copies the input's own parts that Veikart does not write (a chart on Data) byte for byte", async () => {
    const zip = await JSZip.loadAsync(readFileSync(input));
    const drawingType =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
    const dataRelationships = "xl/worksheets/_rels/sheet4.xml.rels";
    const relationships = (await zip.file(dataRelationships)?.async("string")) ?? "";
    expect(relationships).toContain("../tables/table4.xml");
    zip.file(
      dataRelationships,
      relationships.replace(
        "</Relationships>",
        `<Relationship Id="rId7" Type="${drawingType}" Target="../drawings/drawing1.xml"/></Relationships>`
      )
    );
    zip.file("xl/drawings/drawing1.xml", "<xdr:wsDr>mitt eget diagram</xdr:wsDr>");
    const withChart = join(folder, "with-chart.xlsx");
    writeFileSync(
      withChart,
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    );
    const output = join(folder, "with-chart.benchmark.xlsx");
    expect((await runVeikart(["benchmark", withChart])).exitCode).toBe(0);
    const copied = await JSZip.loadAsync(readFileSync(output));
    for (const path of ["xl/drawings/drawing1.xml", dataRelationships, "xl/worksheets/sheet4.xml"])
      expect(await copied.file(path)?.async("string")).toBe(await zip.file(path)?.async("string"));
  });

  it("prints with --json exactly the ranking the Benchmark sheet holds", async () => {
    const output = join(folder, "json.xlsx");
    const { exitCode, stdout } = await runVeikart(["benchmark", input, "-o", output, "--json"]);
    expect(exitCode).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.output).toBe(output);
    expect(printed.year).toBe(2022);
    const sheet = (await new ExcelJS.Workbook().xlsx.readFile(output)).getWorksheet(
      "Benchmark"
    ) as ExcelJS.Worksheet;
    const rankingKeys = Object.keys(printed.ranking[0]);
    expect(tableRecords(sheet, benchmarkTableNames.ranking, rankingKeys)).toEqual(printed.ranking);
    const scoreKeys = Object.keys(printed.indicatorScores[0]);
    expect(tableRecords(sheet, benchmarkTableNames.indicatorScores, scoreKeys)).toEqual(
      printed.indicatorScores
    );
    expect(printed.ranking.map((row: { unitCode: string }) => row.unitCode)).toEqual([
      "4601",
      "0301",
      "5001",
    ]);
  });

  it("prints with --json the robustness analysis as veikart sensitivity --json does, the numbers of the sheet's robustness table", async () => {
    const output = join(folder, "robustness.xlsx");
    const benchmark = await runVeikart(["benchmark", input, "-o", output, "--json"]);
    const sensitivity = await runVeikart(["sensitivity", input, "--json"]);
    expect([benchmark.exitCode, sensitivity.exitCode]).toEqual([0, 0]);
    const { robustness } = JSON.parse(benchmark.stdout);
    expect(robustness).toEqual(JSON.parse(sensitivity.stdout));
    expect(Object.keys(robustness)).toEqual(expect.arrayContaining(["units", "sensitivity"]));
    const sheet = (await new ExcelJS.Workbook().xlsx.readFile(output)).getWorksheet(
      "Benchmark"
    ) as ExcelJS.Worksheet;
    const onSheet = tableRecords(sheet, robustnessTableNames.units, [
      "nominalRank",
      "code",
      "unitName",
      "rankInterval",
      "medianRank",
      "p5",
      "p95",
      "minRank",
      "maxRank",
      "shareAtOrAboveNominal",
    ]);
    expect(onSheet.map((row) => row.code)).toEqual(["4601", "0301", "5001"]);
    expect(robustness.units).toHaveLength(onSheet.length);
    const printed = new Map(
      robustness.units.map((unit: { code: string }) => [unit.code, unit] as const)
    );
    for (const row of onSheet) expect(row).toMatchObject(printed.get(row.code) as object);
  });

  it("prints robustness null with --json when the Metode sheet's Robusthetsanalyse is off", async () => {
    const { exitCode, stdout } = await runVeikart([
      "benchmark",
      input,
      "--json",
      "--method",
      "Robusthetsanalyse=av",
    ]);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ robustness: null, output: null });
  });

  it("prints --json without writing when no output is named", async () => {
    const lonely = join(mkdtempSync(join(tmpdir(), "veikart-json-")), "small.xlsx");
    await writeSmallWorkbook(lonely);
    const { exitCode, stdout } = await runVeikart([
      "benchmark",
      lonely,
      "--json",
      "--peers",
      "group:g1",
    ]);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ output: null, peers: "group g1", unitCount: 2 });
    expect(readdirSync(join(lonely, ".."))).toEqual(["small.xlsx"]);
  });

  it("refuses to overwrite an existing output without --force, and replaces it with --force", async () => {
    const output = join(folder, "existing.xlsx");
    writeFileSync(output, "keep me");
    const refused = await runVeikart(["benchmark", input, "-o", output]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain(
      `veikart: ${output} already exists; add --force to replace it`
    );
    expect(readFileSync(output, "utf8")).toBe("keep me");
    expect((await runVeikart(["benchmark", input, "-o", output, "--force"])).exitCode).toBe(0);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes into the input only with --in-place, and can do so again", async () => {
    const target = join(folder, "in-place.xlsx");
    await writeSmallWorkbook(target);
    expect((await runVeikart(["benchmark", target, "--in-place"])).exitCode).toBe(0);
    expect((await runVeikart(["benchmark", target, "--in-place", "--year", "2021"])).exitCode).toBe(
      0
    );
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(target);
    expect(workbook.worksheets.filter((sheet) => sheet.name === "Benchmark")).toHaveLength(1);
    expect(workbook.getWorksheet("Benchmark")?.getCell("B4").value).toBe(2021);
  });

  it("refuses a workbook whose own Benchmark sheet Veikart did not make, writing nothing", async () => {
    const target = join(folder, "user-sheet.xlsx");
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(input);
    workbook.addWorksheet("Benchmark").getCell("A1").value = "Mine notater";
    await workbook.xlsx.writeFile(target);
    const { exitCode, stderr } = await runVeikart([
      "benchmark",
      target,
      "-o",
      join(folder, "never.xlsx"),
    ]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('already has a sheet named "Benchmark" that Veikart did not generate');
    expect(existsSync(join(folder, "never.xlsx"))).toBe(false);
  });

  it("exits 1 with the issues and writes nothing when validation finds errors, unless --force", async () => {
    const broken = join(folder, "broken.xlsx");
    await writeSmallWorkbook(broken, {
      ...smallContent,
      observations: [
        ...smallContent.observations,
        { unitCode: "9999", year: 2022, indicatorId: "I1", value: 1 },
      ],
    });
    const refused = await runVeikart(["benchmark", broken]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/Data!A\d+\s+error/);
    expect(existsSync(join(folder, "broken.benchmark.xlsx"))).toBe(false);
    expect((await runVeikart(["benchmark", broken, "--force"])).exitCode).toBe(0);
    const validering = (
      await new ExcelJS.Workbook().xlsx.readFile(join(folder, "broken.benchmark.xlsx"))
    ).getWorksheet("Validering");
    expect(validering?.getCell("A6").value).toBe("error");
  });

  it("exits 2 with one line for an unreadable file and for bad options", async () => {
    const cases: [string[], string][] = [
      [["benchmark", join(folder, "missing.xlsx")], "no such file"],
      [["benchmark", input, "--peers", "group:storby", "--json"], 'No unit has the group "storby"'],
      [["benchmark", input, "--year", "twenty"], "--year takes a year"],
      [["benchmark", input, "--year", "2030", "--json"], "There are no data for 2030"],
      [
        ["benchmark", input, "--method", "Normalisering", "--json"],
        "--method takes <setting>=<value>",
      ],
      [
        ["benchmark", input, "--method", "Aggregering=median", "--json"],
        '"median" is not a valid value',
      ],
      [["benchmark", input, "-o", "x.xlsx", "--in-place"], "either -o or --in-place"],
    ];
    for (const [args, message] of cases) {
      const { exitCode, stderr } = await runVeikart(args);
      expect([args, exitCode]).toEqual([args, 2]);
      const lines = stderr
        .split("\n")
        .filter((line) => line.startsWith("veikart: ") && !line.includes("] "));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(message);
    }
  });

  it("applies --method overrides and --peers codes to the run", async () => {
    const { stdout } = await runVeikart([
      "benchmark",
      input,
      "--json",
      "--method",
      "Dekningsgrense=0.5",
      "--peers",
      "0301,5001",
    ]);
    const printed = JSON.parse(stdout);
    expect(printed.method.coverageThreshold).toBe(0.5);
    // Between two units B has a zero range; each keeps half its weight (A = 50): a tie, in register order.
    const ranks = printed.ranking.map((row: { unitCode: string; rank: number; index: number }) => [
      row.unitCode,
      row.rank,
      row.index,
    ]);
    expect(ranks).toEqual([
      ["0301", 1, 50],
      ["5001", 1, 50],
    ]);
  });

  it("has --help", async () => {
    const { exitCode, stdout } = await runVeikart(["benchmark", "--help"]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain("Usage: veikart benchmark <workbook.xlsx>");
  });
});

describe("round trip: template -> fill -> validate -> benchmark", () => {
  it("benchmarks a workbook made by veikart template (with the pilot units) and filled with exceljs", async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-round-trip-"));
    const path = join(folder, "filled.xlsx");
    expect((await runVeikart(["template", path])).exitCode).toBe(0);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
    const data = workbook.getWorksheet("Data") as ExcelJS.Worksheet;
    let row = 2;
    for (const [unit, value] of [
      ["5001", "12,5"],
      ["4601", 10],
    ] as const)
      for (const indicator of ["GHG_PER_CAPITA", "EV_SHARE_NEW", "EMPLOYMENT_RATE"])
        data.getRow(row++).values = [unit, 2023, indicator, value];
    await workbook.xlsx.writeFile(path);
    expect((await runVeikart(["validate", path])).exitCode).toBe(0);
    const { exitCode, stdout } = await runVeikart([
      "benchmark",
      path,
      "--json",
      "--method",
      "Dekningsgrense=0",
    ]);
    expect(exitCode).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.year).toBe(2023);
    const scored = printed.ranking.filter(
      (entry: { index: number | null }) => entry.index !== null
    );
    expect(scored.map((entry: { unitCode: string }) => entry.unitCode).sort()).toEqual([
      "4601",
      "5001",
    ]);
    expect(printed.ranking).toHaveLength(6);
  });
});

describe("veikart benchmark --highlight", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-highlight-"));
  const input = join(folder, "small.xlsx");
  beforeAll(() => writeSmallWorkbook(input));

  it("passes the highlighted units to the run and names them in --json", async () => {
    const { exitCode, stdout } = await runVeikart([
      "benchmark",
      input,
      "--json",
      "--highlight",
      "5001, 4601",
    ]);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout).highlighted).toEqual(["5001", "4601"]);
  });

  it("exits 2 naming a highlighted unit that is unknown or outside the peer set", async () => {
    const cases: [string[], string][] = [
      [["--highlight", "9999"], 'The unit "9999" to highlight is not in the Enheter sheet'],
      [
        ["--peers", "group:g1", "--highlight", "5001"],
        'The unit "5001" to highlight is not in the peer set (group g1)',
      ],
      [["--highlight", " , "], "--highlight takes unit codes"],
    ];
    for (const [options, message] of cases) {
      const { exitCode, stderr } = await runVeikart(["benchmark", input, "--json", ...options]);
      expect([options, exitCode]).toEqual([options, 2]);
      expect(stderr).toContain(message);
    }
  });
});

describe("veikart benchmark on the national workbook (372 units, 16 years, all as peers)", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-national-"));
  const input = join(folder, "national.xlsx");
  const output = join(folder, "national.benchmark.xlsx");
  let charts: string[] = [];

  beforeAll(async () => {
    await packageOfSheets(workbookSheetsOf(nationalDataSet())).writeFile(input);
    const run = await runVeikart([
      "benchmark",
      input,
      "--peers",
      "all",
      "--highlight",
      "5001,4601",
      "-o",
      output,
    ]);
    expect([run.exitCode, run.stderr]).toEqual([0, expect.any(String)]);
    const zip = await JSZip.loadAsync(readFileSync(output));
    charts = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))
        .map(async (path) => (await zip.file(path)?.async("string")) ?? "")
    );
  }, 300_000);

  const seriesCount = (chart: string) => chart.match(/<c:ser>/g)?.length ?? 0;
  /** The number of points of each series: the categories' ptCount. */
  const pointCounts = (chart: string) =>
    [...chart.matchAll(/<c:cat>.*?<c:ptCount val="(\d+)"\/>/g)].map((match) => Number(match[1]));

  it("writes three charts within Excel's 255 series: one series of at most 30 bars, at most 12 lines, and the rank intervals of the bars' units", () => {
    expect(charts).toHaveLength(3);
    for (const chart of charts) expect(seriesCount(chart)).toBeLessThanOrEqual(255);
    const clustered = (chart: string) => chart.includes('<c:grouping val="clustered"/>');
    const bar = charts.find((chart) => chart.includes("<c:barChart>") && clustered(chart)) ?? "";
    const interval = charts.find((chart) => chart.includes('<c:grouping val="stacked"/>')) ?? "";
    expect(seriesCount(interval)).toBe(2);
    expect(pointCounts(interval)).toEqual([22, 22]);
    const line = charts.find((chart) => chart.includes("<c:lineChart>")) ?? "";
    expect(seriesCount(bar)).toBe(1);
    expect(pointCounts(bar)[0]).toBe(22);
    expect(seriesCount(line)).toBe(5);
    expect(seriesCount(line)).toBeLessThanOrEqual(chartLimits.mostLines);
    expect(pointCounts(line)).toEqual([16, 16, 16, 16, 16]);
  });

  itWithLibreOffice(
    "opens in LibreOffice, which reads back the Benchmark sheet's charts and their series",
    async () => {
      convertWithLibreOffice([output], folder, "ods", folder);
      const { bar, line, interval } = await odsChartSeries(join(folder, "national.benchmark.ods"));
      expect(bar).toHaveLength(1);
      expect(line).toHaveLength(5);
      expect(interval).toHaveLength(2);
      for (const address of [...bar, ...line, ...interval])
        expect(address).toMatch(/^Benchmark\.[A-Z]+\d+:Benchmark\.[A-Z]+\d+$/);
    },
    240_000
  );
});
