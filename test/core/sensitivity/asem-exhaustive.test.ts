// The exhaustive mode of the sensitivity analysis on COINr's ASEM example (51 units x 49 indicators, one
// year), varying normalise = minmax|zscore|rank, aggregate = arithmetic|geometric, impute = none|mean.
// Expected values:
// - COINr's own pipeline where COINr 1.1.14 ran these settings on this data: none/minmax/arithmetic is its
//   default pipeline (test/fixtures/coinr/S1_minimal_Aggregated.csv and S1_minimal_ranks_Aggs.csv). The
//   S3_* oracles start from COINr's treated data with other parameters (z-scores onto 10 ± 2, min-max onto
//   1..100), so they are no combination of this grid.
// - for all 12 combinations, test/fixtures/sensitivity/asem-exhaustive-expected.json, made by
//   `python3 test/fixtures/sensitivity/asem-exhaustive-expected.py` (numpy, written from the textbook rules
//   apart from the TypeScript, and checked by the script against COINr's S1 before it writes).
// A geometric mean has no value over a child <= 0: min-max gives each indicator's weakest unit 0 and
// z-scores are negative below the mean. COINr's a_gmean stops the whole run there, so COINr has no index
// for geometric x {minmax, zscore}; Veikart leaves that one score missing and its parent averages its
// other children (docs/method.md, "Domain errors are per score, not per run"), and the numpy script
// follows that documented rule. Under z-scores 26 units are left with no index, and so with no rank.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  analyseSensitivity,
  isVariationProblem,
  parseVariation,
  type SensitivityResult,
  type VariedInput,
} from "../../../src/core/sensitivity";
import { coinrFixture } from "../../support/coinr-csv";
import { asemDataset, asemFramework, expectedByUnit } from "../pipeline/coinr-fixtures";

interface ExpectedCombination {
  readonly settings: Readonly<Record<string, string>>;
  readonly index: Readonly<Record<string, number | null>>;
  readonly ranks: Readonly<Record<string, number | null>>;
  readonly outsideDomainScores: number;
  readonly smallestGap: number;
  readonly exactTies: number;
  readonly meanAbsoluteRankShift: number;
}

const expected = JSON.parse(
  readFileSync(
    join(__dirname, "..", "..", "fixtures", "sensitivity", "asem-exhaustive-expected.json"),
    "utf8"
  )
) as {
  units: string[];
  combinations: ExpectedCombination[];
  sensitivity: { input: string; first: number; total: number }[];
};

function variation(name: string, values: string): VariedInput {
  const parsed = parseVariation(name, values);
  if (isVariationProblem(parsed)) throw new Error(`${name}=${values}: ${parsed.code}`);
  return parsed;
}

const inputs = [
  variation("normalise", "minmax,zscore,rank"),
  variation("aggregate", "arithmetic,geometric"),
  variation("impute", "none,mean"),
];

/** A combination's settings as one key that does not depend on the order of the inputs. */
const keyOf = (settings: Readonly<Record<string, string>>) =>
  ["impute", "normalise", "aggregate"].map((input) => `${input}=${settings[input]}`).join(" ");

describe("the exhaustive sensitivity analysis of ASEM (3 normalisations x 2 means x 2 imputations)", () => {
  let result: SensitivityResult;
  beforeAll(() => {
    result = analyseSensitivity({
      framework: asemFramework().framework,
      dataset: asemDataset(),
      settings: {},
      inputs,
      samples: 1000,
      seed: 20261202,
      sobol: true,
    });
  });
  const actualOf = (settings: Readonly<Record<string, string>>) => {
    const found = result.combinations?.find(
      (combination) => keyOf(combination.settings) === keyOf(settings)
    );
    if (found === undefined) throw new Error(`no combination ${keyOf(settings)}`);
    return found;
  };

  it("runs each of the 12 combinations once instead of sampling, since 12 <= 1,000", () => {
    expect(result.mode).toBe("exhaustive");
    expect(result.runs).toBe(12);
    expect(result.combinations).toHaveLength(12);
    expect(new Set(result.combinations?.map((combination) => keyOf(combination.settings)))).toEqual(
      new Set(expected.combinations.map((combination) => keyOf(combination.settings)))
    );
  });

  it("gives COINr's default pipeline (none, minmax, arithmetic) COINr's index to 1e-9 and its ranks", () => {
    const combination = actualOf({ impute: "none", normalise: "minmax", aggregate: "arithmetic" });
    const index = expectedByUnit(coinrFixture("S1_minimal_Aggregated.csv"));
    const ranks = expectedByUnit(coinrFixture("S1_minimal_ranks_Aggs.csv"));
    expect(index.size).toBe(51);
    for (const [unitCode, columns] of index) {
      expect(
        Math.abs((combination.index[unitCode] ?? Number.NaN) - columns.get("Index")!)
      ).toBeLessThan(1e-9);
      expect(combination.ranks[unitCode]).toBe(ranks.get(unitCode)?.get("Index"));
    }
  });

  describe.each(
    expected.combinations.map((combination) => [keyOf(combination.settings), combination])
  )("%s", (_name, combination) => {
    it("has the index of the independent derivation to 1e-9, missing where it is missing", () => {
      const actual = actualOf(combination.settings);
      expect(Object.keys(actual.index).sort()).toEqual([...expected.units].sort());
      for (const unitCode of expected.units) {
        const want = combination.index[unitCode] ?? null;
        const got = actual.index[unitCode] ?? null;
        if (want === null) expect(got).toBeNull();
        else expect(Math.abs((got ?? Number.NaN) - want)).toBeLessThan(1e-9);
      }
    });

    it("ranks 1 for the highest index, ties sharing the best rank, no rank without an index", () => {
      // Two index values closer than the tolerance could swap; the derivation records that none are.
      expect(combination.smallestGap).toBeGreaterThan(1e-6);
      const actual = actualOf(combination.settings);
      expect(actual.ranks).toEqual(combination.ranks);
    });
  });

  it("leaves 26 units without an index or a rank under z-scores and a geometric mean", () => {
    for (const impute of ["none", "mean"]) {
      const actual = actualOf({ impute, normalise: "zscore", aggregate: "geometric" });
      const unranked = expected.units.filter((unitCode) => actual.ranks[unitCode] === null);
      expect(unranked).toHaveLength(26);
      for (const unitCode of unranked) expect(actual.index[unitCode]).toBeNull();
    }
  });

  it("computes the Sobol indices exactly from the full grid: the derivation's values, each interval its value", () => {
    expect(result.sensitivity.map((entry) => entry.input).sort()).toEqual([
      "aggregate",
      "impute",
      "normalise",
    ]);
    for (const entry of result.sensitivity) {
      const want = expected.sensitivity.find((candidate) => candidate.input === entry.input);
      expect(Math.abs(entry.first - (want?.first ?? Number.NaN))).toBeLessThan(1e-9);
      expect(Math.abs(entry.total - (want?.total ?? Number.NaN))).toBeLessThan(1e-9);
      expect(entry.firstLow).toBe(entry.first);
      expect(entry.firstHigh).toBe(entry.first);
      expect(entry.totalLow).toBe(entry.total);
      expect(entry.totalHigh).toBe(entry.total);
      expect(entry.total).toBeGreaterThanOrEqual(entry.first - 1e-12);
    }
  });
});
