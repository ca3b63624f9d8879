import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runVeikart, writeSmallWorkbook } from "../small-workbook-file";

const coinr = join(__dirname, "..", "..", "fixtures", "coinr");
const asem = ["--data", join(coinr, "ASEM_iData.csv"), "--meta", join(coinr, "ASEM_iMeta.csv")];

/** The independent numpy derivation of ASEM's index under each combination (test/fixtures/sensitivity). */
const expected = JSON.parse(
  readFileSync(
    join(__dirname, "..", "..", "fixtures", "sensitivity", "asem-exhaustive-expected.json"),
    "utf8"
  )
) as {
  combinations: {
    settings: Record<string, string>;
    index: Record<string, number | null>;
    ranks: Record<string, number | null>;
  }[];
};

interface SensitivityJson {
  combinations?: {
    settings: Record<string, string>;
    index: Record<string, number | null>;
    ranks: Record<string, number | null>;
  }[];
  units: {
    code: string;
    nominalRank: number | null;
    medianRank: number | null;
    p5: number | null;
    p95: number | null;
    minRank: number | null;
    maxRank: number | null;
    shareAtOrAboveNominal: number | null;
  }[];
  sensitivity: {
    input: string;
    first: number;
    total: number;
    firstLow: number;
    firstHigh: number;
    totalLow: number;
    totalHigh: number;
  }[];
}

const unitKeys = [
  "code",
  "nominalRank",
  "medianRank",
  "p5",
  "p95",
  "minRank",
  "maxRank",
  "shareAtOrAboveNominal",
];
const sensitivityKeys = [
  "input",
  "first",
  "total",
  "firstLow",
  "firstHigh",
  "totalLow",
  "totalHigh",
];

describe("veikart sensitivity on COINr's format", () => {
  it("runs every combination when they are few and prints the issue's JSON with each one's index", async () => {
    const { exitCode, stdout } = await runVeikart([
      "sensitivity",
      ...asem,
      "--vary",
      "normalise=minmax,zscore,rank",
      "--vary",
      "impute=none,mean",
      "--json",
    ]);
    expect(exitCode).toBe(0);
    const printed = JSON.parse(stdout) as SensitivityJson;
    expect(Object.keys(printed)).toEqual(["combinations", "units", "sensitivity"]);
    expect(printed.combinations).toHaveLength(6);
    for (const combination of printed.combinations ?? []) {
      expect(Object.keys(combination)).toEqual(["settings", "index", "ranks"]);
      const want = expected.combinations.find(
        (candidate) =>
          candidate.settings.aggregate === "arithmetic" &&
          candidate.settings.normalise === combination.settings.normalise &&
          candidate.settings.impute === combination.settings.impute
      );
      expect(want).toBeDefined();
      for (const [unitCode, value] of Object.entries(want?.index ?? {}))
        expect(Math.abs((combination.index[unitCode] ?? Number.NaN) - (value ?? 0))).toBeLessThan(
          1e-9
        );
      expect(combination.ranks).toEqual(want?.ranks);
    }
    expect(printed.units).toHaveLength(51);
    for (const unit of printed.units) expect(Object.keys(unit)).toEqual(unitKeys);
    expect(printed.sensitivity.map((entry) => entry.input).sort()).toEqual(["impute", "normalise"]);
    for (const entry of printed.sensitivity) expect(Object.keys(entry)).toEqual(sensitivityKeys);
  });

  it("summarises each unit's ranks over the combinations: median, 5-95 %, range and share", async () => {
    const { stdout } = await runVeikart([
      "sensitivity",
      ...asem,
      "--vary",
      "normalise=minmax,zscore,rank",
      "--vary",
      "impute=none,mean",
      "--json",
    ]);
    const printed = JSON.parse(stdout) as SensitivityJson;
    const nominal = printed.combinations?.find(
      (combination) =>
        combination.settings.normalise === "minmax" && combination.settings.impute === "none"
    );
    for (const unit of printed.units) {
      const ranks = (printed.combinations ?? []).map(
        (combination) => combination.ranks[unit.code] as number
      );
      expect(unit.nominalRank).toBe(nominal?.ranks[unit.code]);
      expect(unit.minRank).toBe(Math.min(...ranks));
      expect(unit.maxRank).toBe(Math.max(...ranks));
      expect(unit.shareAtOrAboveNominal).toBeCloseTo(
        ranks.filter((rank) => rank <= (unit.nominalRank ?? 0)).length / ranks.length,
        12
      );
      expect(unit.p5!).toBeLessThanOrEqual(unit.medianRank!);
      expect(unit.medianRank!).toBeLessThanOrEqual(unit.p95!);
    }
  });

  it("samples when weights noise is varied: no combinations, the same output for the same seed", async () => {
    const args = [
      "sensitivity",
      ...asem,
      "--vary",
      "normalise=minmax,rank",
      "--vary",
      "weights=25%",
      "--samples",
      "200",
      "--json",
    ];
    const first = await runVeikart([...args, "--seed", "7"]);
    const again = await runVeikart([...args, "--seed", "7"]);
    const other = await runVeikart([...args, "--seed", "8"]);
    expect(first.exitCode).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
    const printed = JSON.parse(first.stdout) as SensitivityJson;
    expect(Object.keys(printed)).toEqual(["units", "sensitivity"]);
    expect(printed.sensitivity.map((entry) => entry.input).sort()).toEqual([
      "normalise",
      "weights",
    ]);
    for (const entry of printed.sensitivity) {
      expect(entry.firstLow).toBeLessThanOrEqual(entry.firstHigh);
      expect(entry.totalLow).toBeLessThanOrEqual(entry.totalHigh);
    }
  });

  it("prints a table by nominal rank with what was varied", async () => {
    const { exitCode, stdout } = await runVeikart([
      "sensitivity",
      ...asem,
      "--vary",
      "aggregate=arithmetic,geometric",
      "--vary",
      "normalise=minmax,rank",
    ]);
    expect(exitCode).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "2018: all 4 combinations of aggregate (arithmetic, geometric), normalise (minmax, rank)"
    );
    expect(lines[2]).toMatch(/^\s+Code\s+Rank\s+Median\s+5-95 %\s+Best-worst\s+At or above rank$/);
    // COINr's default pipeline ranks Germany first (S1_minimal_ranks_Aggs.csv).
    expect(lines[3]).toMatch(/^\s+DEU\s+1\s/);
    expect(stdout).toContain("Sobol indices of the mean absolute rank shift:");
  });

  it.each([
    [["--vary", "colour=red,blue"], /--vary: "colour" cannot be varied; use one of normalise/],
    [["--vary", "normalise=minmax,fancy"], /"fancy" is not an alternative for normalise/],
    [["--vary", "normalise"], /--vary: normalise has no alternatives given/],
    [["--samples", "5"], /--samples takes a whole number from 100 to 20000, not "5"/],
    [["--seed", "-1"], /--seed takes a whole number/],
    [["--method", "Normalisering=z-skår"], /--method is for a workbook/],
    [["--stage", "normalised"], /unknown option "--stage"/],
  ])("refuses %j with exit code 2 and names the problem", async (extra, message) => {
    const { exitCode, stderr } = await runVeikart(["sensitivity", ...asem, ...extra]);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe("veikart sensitivity on a workbook", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-sensitivity-"));
  const input = join(folder, "small.xlsx");
  beforeAll(() => writeSmallWorkbook(input));

  it("analyses the Metode sheet's method: 2021 ranks 0301, 5001, 4601 under each normalisation", async () => {
    // The small workbook's 2021 (test/core/benchmark/small-workbook.ts): min-max gives 75, 31.25, 50;
    // ranks give 2.5, 1.5, 2; z-scores 0.47, -0.42, -0.05: the same order each time.
    const { exitCode, stdout } = await runVeikart([
      "sensitivity",
      input,
      "--year",
      "2021",
      "--vary",
      "normalise=minmax,zscore,rank",
      "--json",
    ]);
    expect(exitCode).toBe(0);
    const printed = JSON.parse(stdout) as SensitivityJson;
    expect(printed.combinations?.map((combination) => combination.ranks)).toEqual([
      { "0301": 1, "4601": 3, "5001": 2 },
      { "0301": 1, "4601": 3, "5001": 2 },
      { "0301": 1, "4601": 3, "5001": 2 },
    ]);
    expect(printed.combinations?.[0]?.index["4601"]).toBeCloseTo(31.25, 12);
    for (const unit of printed.units) {
      expect(unit.minRank).toBe(unit.nominalRank);
      expect(unit.maxRank).toBe(unit.nominalRank);
      expect(unit.shareAtOrAboveNominal).toBe(1);
    }
    expect(printed.sensitivity).toEqual([]);
  });

  it("uses the Metode defaults in the latest year, where a unit without an index has no rank", async () => {
    const { exitCode, stdout } = await runVeikart(["sensitivity", input, "--json"]);
    expect(exitCode).toBe(0);
    const printed = JSON.parse(stdout) as SensitivityJson;
    expect(printed.combinations).toBeUndefined();
    const byCode = new Map(printed.units.map((unit) => [unit.code, unit]));
    expect(byCode.get("4601")?.nominalRank).toBe(1);
    expect(byCode.get("0301")?.nominalRank).toBe(2);
    expect(byCode.get("5001")?.nominalRank).toBeNull();
  });

  it("refuses the options of COINr's format on a workbook", async () => {
    const { exitCode, stderr } = await runVeikart(["sensitivity", input, "--normalise", "zscore"]);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/--normalise is for --data and --meta; on a workbook the Metode sheet/);
  });
});
