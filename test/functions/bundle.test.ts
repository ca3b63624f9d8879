// The built bundle (npx webpack --mode production -> dist/functions.js) loaded in a bare Node vm context
// with only a CustomFunctions stand-in (no DOM, no window, no Office): what it associates must pass
// COINr's oracle checks. Skipped, with a message, only when dist/functions.js has not been built.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { decouplingIssueCatalogue } from "../../src/core/analysis/decoupling-issues";
import { issueCatalogues, timeIssueCatalogue, type IssueCatalogue } from "../../src/core/issues";
import { functionIssues } from "../../src/functions/function-issues";
import { customFunctionsStandIn, FakeExcelError } from "../support/custom-functions-global";
import { decouplingTable } from "../support/decoupling-table";
import { allOracleChecks, contributionChecks, type CellFunction } from "./support/coinr-oracle";

const distFolder = join(__dirname, "..", "..", "dist");
const bundlePath = join(distFolder, "functions.js");
const built = existsSync(bundlePath);

if (!built)
  console.warn(
    "Skipping the bundle tests: dist/functions.js is missing. Run `npx webpack --mode production` first."
  );

const describeBuilt = built ? describe : describe.skip;

describeBuilt("dist/functions.js, loaded without a DOM", () => {
  const standIn = customFunctionsStandIn();

  beforeAll(() => {
    const context = createContext({ CustomFunctions: standIn.CustomFunctions });
    runInContext(readFileSync(bundlePath, "utf8"), context, { filename: bundlePath });
  });

  const associated = (id: string): CellFunction => {
    const implementation = standIn.associated.get(id);
    if (implementation === undefined) throw new Error(`the bundle does not associate ${id}`);
    return implementation;
  };

  it("associates every function listed in dist/functions.json and dist/functions.nb.json", () => {
    for (const file of ["functions.json", "functions.nb.json"]) {
      const metadata = JSON.parse(readFileSync(join(distFolder, file), "utf8")) as {
        functions: { id: string }[];
      };
      expect(metadata.functions.map(({ id }) => id).sort()).toEqual(
        [...standIn.associated.keys()].sort()
      );
    }
    expect(standIn.associated.size).toBe(14);
  });

  it("spills CONTRIBUTION points that sum to COINr's aggregate scores, and names a mean without a split", () => {
    const contribution = associated("CONTRIBUTION");
    expect(contribution([[20, "", 90]], [[1, 5, 1]])).toEqual([[10, "", 45]]);
    const checks = contributionChecks(contribution);
    expect(checks.flatMap((check) => check.mismatches)).toEqual([]);
    expect(checks.reduce((total, check) => total + check.compared, 0)).toBeGreaterThan(2000);
    const [[harmonic]] = contribution([[2, 6]], null, "harmonic") as [[FakeExcelError]];
    expect(harmonic).toMatchObject({ code: "#VALUE!" });
    expect(harmonic.message).toMatch(/not split into contributions/);
  });

  it("passes COINr's checks: SCORE (S1), NORMALISE (S3), COMPOSITE (S1, S3) and RANK (S1)", () => {
    const checks = allOracleChecks({
      SCORE: associated("SCORE"),
      NORMALISE: associated("NORMALISE"),
      COMPOSITE: associated("COMPOSITE"),
      RANK: associated("RANK"),
    });
    expect(checks).toHaveLength(49 + 4 * 49 + 6 * 11 + 11);
    expect(checks.flatMap((check) => check.mismatches)).toEqual([]);
    expect(checks.reduce((total, check) => total + check.compared, 0)).toBeGreaterThan(15000);
  });

  it("answers with Excel errors that carry a message", () => {
    const result = associated("INDICATOR")("NO_SUCH") as FakeExcelError;
    expect(result).toBeInstanceOf(FakeExcelError);
    expect([result.code, result.message]).toEqual([
      "#N/A",
      'The default catalogue has no indicator with id "NO_SUCH".',
    ]);
    expect(associated("VERSION")()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("gives the hand-checked values of the time functions", () => {
    const values = [[10, 20, 30]];
    const years = [[2020, 2021, 2022]];
    expect(associated("TREND")(values, years)).toBe(10);
    expect(associated("TREND")([[10, 25, 40]], years, "cagr")).toBe(1);
    expect(associated("PROGRESS")(30, 10, 40)).toBeCloseTo(2 / 3, 12);
    expect(associated("ONTRACK")(values, years, 40, 2024)).toBe("on track");
    expect(associated("FORECAST")(values, years)).toBe(110);
    expect(associated("REACHYEAR")(values, years, 45)).toBe(2024);
    const flat = associated("REACHYEAR")([[20, 20, 20]], years, 40) as FakeExcelError;
    expect([flat.code, flat.message]).toEqual([
      "#N/A",
      "The target 40 is not reached on the current trend.",
    ]);
  });
});

describeBuilt("dist/functions.js's DECOUPLING, through every degree and boundary", () => {
  const standIn = customFunctionsStandIn();

  beforeAll(() => {
    const context = createContext({ CustomFunctions: standIn.CustomFunctions });
    runInContext(readFileSync(bundlePath, "utf8"), context, { filename: bundlePath });
  });

  it.each(decouplingTable)(
    "pressure $pressure, driver $driver: e = $elasticity, $code",
    ({ pressure, driver, elasticity, code, english }) => {
      const decoupling = standIn.associated.get("DECOUPLING") as CellFunction;
      const cells = [pressure[0], pressure[1], driver[0], driver[1]];
      expect(decoupling(...cells)).toBe(elasticity);
      expect(decoupling(...cells, "code")).toBe(code);
      expect(decoupling(...cells, "class")).toBe(english);
    }
  );

  it("gives #N/A with its message when the driver does not change", () => {
    const unchanged = (standIn.associated.get("DECOUPLING") as CellFunction)(
      100,
      90,
      50,
      50
    ) as FakeExcelError;
    expect([unchanged.code, unchanged.message]).toEqual([
      "#N/A",
      "The driver did not change (50); the elasticity divides by a change of 0 and is undefined.",
    ]);
  });
});

describeBuilt("dist/functions.js's messages", () => {
  const bundle = built ? readFileSync(bundlePath, "utf8") : "";
  const producible = [functionIssues, timeIssueCatalogue, decouplingIssueCatalogue] as const;
  const titlesOf = (catalogues: readonly IssueCatalogue[]) =>
    new Set(
      catalogues.flatMap((catalogue) =>
        Object.values(catalogue).flatMap(({ title }) => [title.nb, title.en])
      )
    );
  const producibleTitles = titlesOf(producible);
  const inBundle = (text: string) => bundle.includes(JSON.stringify(text));

  it("holds the titles of the functions' own catalogue and the time layer's and decoupling's, whose reasons they pass on", () => {
    expect(producibleTitles.size).toBeGreaterThan(50);
    expect([...producibleTitles].filter((title) => !inBundle(title))).toEqual([]);
  });

  it("holds no other catalogue of core's: not the validator's, engine's, benchmark's or merge's", () => {
    const others = issueCatalogues.filter(
      (catalogue) => catalogue !== timeIssueCatalogue && catalogue !== decouplingIssueCatalogue
    );
    const otherTitles = [...titlesOf(others)].filter((title) => !producibleTitles.has(title));
    expect(otherTitles.length).toBeGreaterThan(150);
    expect(otherTitles.filter(inBundle)).toEqual([]);
    // A message of the validator's about the Data sheet, as text in its template literal.
    expect(bundle).not.toContain("is not in the Enheter sheet");
  });
});
