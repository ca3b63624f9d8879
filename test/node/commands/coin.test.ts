// `veikart coin` in-process against the COINr oracle (test/fixtures/coinr, COINr 1.1.14, MIT, (c) 2022 William Becker).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/node/cli";
import { parseCsv, type CsvTable } from "../../../src/node/csv";
import { compareWithOracle } from "../../core/pipeline/coinr-fixtures";
import { coinrFixture, coinrFixtureFolder } from "../../support/coinr-csv";

const fixture = (name: string) => join(coinrFixtureFolder, name);
const asem = ["--data", fixture("ASEM_iData.csv"), "--meta", fixture("ASEM_iMeta.csv")];
const treated = [
  "--data",
  fixture("S2_example_Treated.csv"),
  "--meta",
  fixture("ASEM_iMeta.csv"),
  "--start",
  "treated",
];

async function coin(
  args: readonly string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["coin", ...args], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    language: "en",
    interactive: false,
  });
  return { code, stdout, stderr };
}

function reader(table: {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}): (unitCode: string, column: string) => number | null {
  const columnIndex = new Map(table.header.map((name, index) => [name, index]));
  const rowOf = new Map(table.rows.map((row) => [row[0] ?? "", row]));
  return (unitCode, column) => {
    const cell = rowOf.get(unitCode)?.[columnIndex.get(column) ?? -1];
    return cell === undefined || cell === "" ? null : Number(cell);
  };
}

describe("veikart coin", () => {
  it("reproduces S1 with --ranks: aggregated values and Rank.<code> columns", async () => {
    const { code, stdout, stderr } = await coin([...asem, "--ranks"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const output = parseCsv(stdout);
    expect(output.header.slice(0, 2)).toEqual(["uCode", "LPI"]);
    expect(output.rows).toHaveLength(51);
    expect(
      compareWithOracle(coinrFixture("S1_minimal_Aggregated.csv"), reader(output)).mismatches
    ).toEqual([]);
    const ranks = coinrFixture("S1_minimal_ranks_Aggs.csv");
    const read = reader(output);
    const { mismatches } = compareWithOracle(
      ranks,
      (unitCode, column) => read(unitCode, `Rank.${column}`),
      {
        absolute: 0,
      }
    );
    expect(mismatches).toEqual([]);
  });

  it("prints the normalised stage with --stage normalised", async () => {
    const { code, stdout } = await coin([...asem, "--stage", "normalised"]);
    expect(code).toBe(0);
    const output = parseCsv(stdout);
    expect(output.header).toHaveLength(1 + 49);
    expect(
      compareWithOracle(coinrFixture("S1_minimal_Normalised.csv"), reader(output)).mismatches
    ).toEqual([]);
  });

  it("applies --min-coverage 0.66 as COINr's dat_thresh", async () => {
    const { stdout } = await coin([...asem, "--min-coverage", "0.66"]);
    const { mismatches } = compareWithOracle(
      coinrFixture("S3_minimal_datthresh066_Aggregated.csv"),
      reader(parseCsv(stdout))
    );
    expect(mismatches).toEqual([]);
  });

  it.each([
    ["S3_zscore_amean_Aggregated.csv", ["--normalise", "zscore", "--zscore", "10,2"]],
    [
      "S3_minmax_gmean_Aggregated.csv",
      ["--normalise", "minmax", "--range", "1,100", "--aggregate", "geometric"],
    ],
    ["S3_rank_amean_Aggregated.csv", ["--normalise", "rank"]],
    ["S3_prank_amean_Aggregated.csv", ["--normalise", "prank"]],
  ])("reproduces %s from the treated data", async (file, options) => {
    const { code, stdout } = await coin([...treated, ...options]);
    expect(code).toBe(0);
    const output = parseCsv(stdout);
    expect(output.header[1]).not.toBe("Time");
    expect(compareWithOracle(coinrFixture(file), reader(output)).mismatches).toEqual([]);
  });

  it("reproduces COINr's treated example from raw data with the pre-processing options", async () => {
    const { code, stdout } = await coin([
      ...asem,
      "--denominate",
      "--impute",
      "mean-group:EurAsia_group",
      "--screen",
      "0.9",
      "--treat",
      "winsorise",
      "--winmax",
      "5",
      "--stage",
      "treated",
    ]);
    expect(code).toBe(0);
    const { mismatches } = compareWithOracle(
      coinrFixture("S2_example_Treated.csv"),
      reader(parseCsv(stdout))
    );
    expect(mismatches).toEqual([]);
  });

  it("prints numbers that read back as the same double and leaves missing values empty", async () => {
    const { stdout } = await coin([...asem, "--stage", "raw"]);
    const output = parseCsv(stdout);
    const input = parseCsv(readFileSync(fixture("ASEM_iData.csv"), "utf8"));
    const inputRead = reader({
      header: input.header.slice(1),
      rows: input.rows.map((row) => row.slice(1)),
    });
    const column = output.header.indexOf("Flights");
    for (const row of output.rows) {
      const cell = row[column] ?? "";
      const original = inputRead(row[0] ?? "", "Flights");
      if (original === null) expect(cell).toBe("");
      else expect(Number(cell)).toBe(original);
    }
  });

  describe("a panel (ASEM_iData_p.csv, 2018-2022) with --normalise-over", () => {
    const panel = ["--data", fixture("ASEM_iData_p.csv"), "--meta", fixture("ASEM_iMeta.csv")];
    const normalised = async (...extra: string[]) => {
      const { code, stdout, stderr } = await coin([...panel, "--stage", "normalised", ...extra]);
      expect([code, stderr]).toEqual([0, ""]);
      return parseCsv(stdout);
    };
    /** Per indicator column, its scores grouped by the Time column. */
    const scoresByYear = (table: CsvTable, column: string) => {
      const position = table.header.indexOf(column);
      const byYear = new Map<string, number[]>();
      for (const row of table.rows) {
        const cell = row[position] ?? "";
        if (cell === "") continue;
        const year = row[1] ?? "";
        byYear.set(year, [...(byYear.get(year) ?? []), Number(cell)]);
      }
      return byYear;
    };
    const cell = (table: CsvTable, unit: string, year: string, column: string) =>
      Number(
        table.rows.find((row) => row[0] === unit && row[1] === year)?.[table.header.indexOf(column)]
      );

    it("normalises each year by itself by default and with year: every year spans 0..100 per indicator", async () => {
      const byDefault = await normalised();
      const perYear = await normalised("--normalise-over", "year");
      expect(perYear).toEqual(byDefault);
      expect(perYear.header.slice(0, 2)).toEqual(["uCode", "Time"]);
      expect(perYear.rows).toHaveLength(255);
      const indicators = perYear.header.slice(2);
      expect(indicators.length).toBeGreaterThan(40);
      for (const indicator of indicators) {
        const byYear = scoresByYear(perYear, indicator);
        expect([...byYear.keys()].sort()).toEqual(["2018", "2019", "2020", "2021", "2022"]);
        for (const scores of byYear.values()) {
          expect([indicator, Math.min(...scores), Math.max(...scores)]).toEqual([
            indicator,
            0,
            100,
          ]);
        }
      }
    });

    it("normalises across all years with pooled: 0 and 100 over the series, not in every year", async () => {
      const pooled = await normalised("--normalise-over", "pooled");
      expect(pooled.rows).toHaveLength(255);
      for (const indicator of pooled.header.slice(2)) {
        const all = [...scoresByYear(pooled, indicator).values()].flat();
        expect([indicator, Math.min(...all), Math.max(...all)]).toEqual([indicator, 0, 100]);
      }
      // LPI's lowest value over 2018-2022 is LAO's in 2018, its highest DEU's in 2022
      const lpi = scoresByYear(pooled, "LPI");
      expect(Math.min(...(lpi.get("2018") ?? []))).toBe(0);
      expect(Math.max(...(lpi.get("2018") ?? []))).toBeLessThan(100);
      expect(Math.min(...(lpi.get("2022") ?? []))).toBeGreaterThan(0);
      expect(Math.max(...(lpi.get("2022") ?? []))).toBe(100);
    });

    it("gives AUT's LPI in 2020 from the file's values: over all years pooled, over 2020 per year", async () => {
      // from ASEM_iData_p.csv: AUT 2020 4.1483548153086485; all years: LAO 2018 2.067254 to DEU 2022
      // 4.637482988223726; 2020: 2.1563933425861204 to 4.425708725932276
      const aut2020 = 4.1483548153086485;
      const pooled = await normalised("--normalise-over", "pooled");
      expect(cell(pooled, "AUT", "2020", "LPI")).toBeCloseTo(
        ((aut2020 - 2.067254) / (4.637482988223726 - 2.067254)) * 100,
        9
      );
      expect(cell(pooled, "AUT", "2020", "LPI")).toBeCloseTo(80.96947, 4);
      const perYear = await normalised("--normalise-over", "year");
      expect(cell(perYear, "AUT", "2020", "LPI")).toBeCloseTo(
        ((aut2020 - 2.1563933425861204) / (4.425708725932276 - 2.1563933425861204)) * 100,
        9
      );
    });
  });

  it("normalises with any method of the registry: quintiles are the classes of the ranks", async () => {
    const stage = async (method: string) =>
      parseCsv((await coin([...asem, "--stage", "normalised", "--normalise", method])).stdout);
    const ranks = await stage("rank");
    const quintiles = await stage("quintile");
    expect(quintiles.header).toEqual(ranks.header);
    const rankOf = reader(ranks);
    const quintileOf = reader(quintiles);
    for (const column of ranks.header.slice(1)) {
      const present = ranks.rows.filter((row) => rankOf(row[0] ?? "", column) !== null);
      for (const row of ranks.rows) {
        const rank = rankOf(row[0] ?? "", column);
        const expected = rank === null ? null : 1 + Math.floor((5 * (rank - 1)) / present.length);
        expect([column, row[0], quintileOf(row[0] ?? "", column)]).toEqual([
          column,
          row[0],
          expected,
        ]);
      }
    }
  });

  it("takes a method's numbers after a colon, as --range and --zscore give them", async () => {
    const normalised = async (...args: string[]) =>
      (await coin([...asem, "--stage", "normalised", ...args])).stdout;
    expect(await normalised("--normalise", "minmax:1,10")).toBe(
      await normalised("--normalise", "minmax", "--range", "1,10")
    );
    expect(await normalised("--normalise", "zscore:10,2")).toBe(
      await normalised("--normalise", "zscore", "--zscore", "10,2")
    );
    const help = await coin(["--help"]);
    expect(help.stdout).toMatch(/minmax\[:<lower>,<upper>\]\|.*\|quintile/);
  });

  it("writes the CSV to --out", async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-coin-"));
    const out = join(folder, "result.csv");
    const { code, stdout } = await coin([...asem, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(parseCsv(readFileSync(out, "utf8")).rows).toHaveLength(51);
  });

  it.each([
    [["--meta", fixture("ASEM_iMeta.csv")], /needs --data/],
    [[...asem, "--normalise", "fracmax"], /--normalise takes/],
    [[...asem, "--range", "100,0"], /lower bound below/],
    [[...asem, "--normalise", "index"], /--normalise index:<baseYear> needs the base year/],
    [[...asem, "--normalise", "index:2018.5"], /baseYear must be a whole year/],
    [[...asem, "--normalise", "rank:3"], /--normalise rank takes no numbers, not "3"/],
    [[...asem, "--min-coverage", "1.5"], /share from 0 to 1/],
    [[...asem, "--stage", "raw", "--start", "treated"], /comes before/],
    [[...asem, "--frobnicate"], /unknown option/],
    [
      [...asem, "--normalise-over", "global"],
      /--normalise-over takes year or pooled, not "global"/,
    ],
    [[...asem, "--pooled"], /unknown option "--pooled"/],
    [["--data", "no-such-file.csv", "--meta", fixture("ASEM_iMeta.csv")], /no such file/],
  ])("exits 2 with a one-line error for bad arguments (%#)", async (args, message) => {
    const { code, stdout, stderr } = await coin(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("scores ASEM saved as Norwegian Excel writes CSV (BOM, semicolons, decimal commas, CRLF) as the comma files", async () => {
    const norwegianFolder = join(coinrFixtureFolder, "..", "csv");
    const norwegian = await coin([
      "--data",
      join(norwegianFolder, "ASEM_iData_nb.csv"),
      "--meta",
      join(norwegianFolder, "ASEM_iMeta_nb.csv"),
      "--ranks",
    ]);
    const original = await coin([...asem, "--ranks"]);
    expect(norwegian.code).toBe(0);
    expect(norwegian.stderr).toBe("");
    expect(parseCsv(norwegian.stdout).rows).toHaveLength(51);
    expect(norwegian.stdout).toBe(original.stdout);
  });

  it("exits 2 naming the file, line and column of a number it cannot read", async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-coin-"));
    const data = join(folder, "data.csv");
    writeFileSync(
      data,
      '\ufeffuName;uCode;LPI;Flights\r\n"Two\r\nlines";AUT;1,5;2\r\nBelgia;BEL;4,1;12 km\r\n'
    );
    const meta = join(folder, "meta.csv");
    writeFileSync(
      meta,
      "Level;iCode;iName;Direction;Weight;Parent;Type\n1;LPI;LPI;1;1;Index;Indicator\n1;Flights;Flights;1;1;Index;Indicator\n2;Index;Index;1;1;;Aggregate\n"
    );
    const { code, stderr } = await coin(["--data", data, "--meta", meta]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `veikart: ${data}: line 4, column 4 (Flights): "12 km" is not a number; the value is treated as missing.\n`
    );
  });

  it("exits 2 naming the option, file, line and column of a CSV format error", async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-coin-"));
    const data = join(folder, "data.csv");
    writeFileSync(data, 'uCode,LPI\nAUT,"1.5\n');
    const { code, stderr } = await coin(["--data", data, "--meta", fixture("ASEM_iMeta.csv")]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `veikart: --data ${data}: line 2, column 2 (character 5): a quoted field is never closed\n`
    );
  });

  it("exits 2 naming the file when iData lacks the uCode column", async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-coin-"));
    const data = join(folder, "bad.csv");
    writeFileSync(data, "Code,LPI\nAUT,1\n");
    const { code, stderr } = await coin(["--data", data, "--meta", fixture("ASEM_iMeta.csv")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.csv.*uCode/);
  });

  it("reports zero range on stderr and leaves that indicator empty", async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-coin-"));
    const meta = join(folder, "meta.csv");
    const data = join(folder, "data.csv");
    writeFileSync(
      meta,
      "Level,iCode,iName,Direction,Weight,Parent,Type\n1,a,A,1,1,Index,Indicator\n1,b,B,-1,1,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n"
    );
    writeFileSync(data, "uCode,a,b\nX,1,5\nY,2,5\nZ,3,5\n");
    const { code, stdout, stderr } = await coin([
      "--data",
      data,
      "--meta",
      meta,
      "--stage",
      "normalised",
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: b: All values of "b" are equal/);
    expect(parseCsv(stdout).rows).toEqual([
      ["X", "0", ""],
      ["Y", "50", ""],
      ["Z", "100", ""],
    ]);
  });
});
