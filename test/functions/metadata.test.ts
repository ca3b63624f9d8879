import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compositeFunction } from "../../src/functions/composite";
import { contributionFunction } from "../../src/functions/contribution";
import { coverageFunction } from "../../src/functions/coverage";
import type { DeclaredFunction } from "../../src/functions/declare-function";
import { forecastFunction } from "../../src/functions/forecast";
import { indicatorFunction } from "../../src/functions/indicator";
import { localiseMetadata, type FunctionTranslations } from "../../src/functions/localise-metadata";
import { decouplingFunction } from "../../src/functions/decoupling";
import { onTrackFunction } from "../../src/functions/on-track";
import { progressFunction } from "../../src/functions/progress";
import { rankFunction } from "../../src/functions/rank";
import { reachYearFunction } from "../../src/functions/reach-year";
import { normaliseFunction, scoreFunction } from "../../src/functions/score";
import { trendFunction } from "../../src/functions/trend";
import { versionFunction } from "../../src/functions/version";

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly dimensionality?: string };
}

const functionsFolder = join(__dirname, "..", "..", "src", "functions");
const source = join(functionsFolder, "functions.ts");
const translations = JSON.parse(
  readFileSync(join(functionsFolder, "descriptions.nb.json"), "utf8")
) as FunctionTranslations;

const declared: readonly DeclaredFunction<unknown>[] = [
  scoreFunction,
  normaliseFunction,
  compositeFunction,
  contributionFunction,
  rankFunction,
  coverageFunction,
  indicatorFunction,
  trendFunction,
  progressFunction,
  onTrackFunction,
  decouplingFunction,
  forecastFunction,
  reachYearFunction,
  versionFunction,
];

const shapeOf = (entry: FunctionMetadata) => ({
  id: entry.id,
  name: entry.name,
  parameters: entry.parameters.map(({ name, optional, dimensionality }) => ({
    name,
    optional: optional ?? false,
    dimensionality: dimensionality ?? "scalar",
  })),
  result: entry.result,
});

describe("functions.json generated from the JSDoc in src/functions", () => {
  let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  let englishJson: string;
  let functions: readonly FunctionMetadata[];

  beforeAll(async () => {
    generated = await generateCustomFunctionsMetadata([source]);
    expect(generated.errors).toEqual([]);
    englishJson = generated.metadataJson;
    functions = (JSON.parse(englishJson) as { functions: FunctionMetadata[] }).functions;
  });

  it("lists every function of the issue, and no other", () => {
    expect(functions.map((entry) => entry.id).sort()).toEqual(
      [
        "COMPOSITE",
        "CONTRIBUTION",
        "COVERAGE",
        "DECOUPLING",
        "FORECAST",
        "INDICATOR",
        "NORMALISE",
        "ONTRACK",
        "PROGRESS",
        "RANK",
        "SCORE",
        "REACHYEAR",
        "TREND",
        "VERSION",
      ].sort()
    );
  });

  it("declares SCORE with value and peers as ranges and optional direction, method and parameters", () => {
    const scoreFunctionMetadata = functions.find((candidate) => candidate.id === "SCORE");
    expect(scoreFunctionMetadata?.name).toBe("SCORE");
    expect(scoreFunctionMetadata && shapeOf(scoreFunctionMetadata).parameters).toEqual([
      { name: "value", optional: false, dimensionality: "matrix" },
      { name: "peers", optional: false, dimensionality: "matrix" },
      { name: "direction", optional: true, dimensionality: "scalar" },
      { name: "method", optional: true, dimensionality: "scalar" },
      { name: "parameter1", optional: true, dimensionality: "scalar" },
      { name: "parameter2", optional: true, dimensionality: "scalar" },
    ]);
    expect(scoreFunctionMetadata?.result.dimensionality).toBe("matrix");
  });

  it("declares the time functions with values and years as ranges and one cell as the result", () => {
    const onTrack = functions.find((candidate) => candidate.id === "ONTRACK");
    expect(onTrack && shapeOf(onTrack).parameters).toEqual([
      { name: "values", optional: false, dimensionality: "matrix" },
      { name: "years", optional: false, dimensionality: "matrix" },
      { name: "target", optional: false, dimensionality: "scalar" },
      { name: "targetyear", optional: false, dimensionality: "scalar" },
      { name: "direction", optional: true, dimensionality: "scalar" },
      { name: "ontrackshare", optional: true, dimensionality: "scalar" },
      { name: "moderateshare", optional: true, dimensionality: "scalar" },
      { name: "pace", optional: true, dimensionality: "scalar" },
    ]);
    for (const id of ["TREND", "PROGRESS", "ONTRACK", "FORECAST", "REACHYEAR", "DECOUPLING"])
      expect(
        functions.find((candidate) => candidate.id === id)?.result.dimensionality ?? "scalar"
      ).toBe("scalar");
  });

  it("names the parameters exactly as each function's declared argument rules, in order", () => {
    for (const declaration of declared) {
      const entry = functions.find((candidate) => candidate.id === declaration.id);
      expect({ id: declaration.id, parameters: entry?.parameters.map(({ name }) => name) }).toEqual(
        {
          id: declaration.id,
          parameters: declaration.argumentNames,
        }
      );
    }
    expect(declared).toHaveLength(functions.length);
  });

  it("describes every function and parameter in English", () => {
    for (const entry of functions) {
      expect(entry.description ?? "").not.toBe("");
      for (const parameter of entry.parameters) expect(parameter.description ?? "").not.toBe("");
    }
  });

  it("associates each function id with a function exported by the source", async () => {
    const exported = (await import("../../src/functions/functions")) as Record<string, unknown>;
    expect(generated.associate.length).toBe(functions.length);
    for (const association of generated.associate) {
      expect(typeof exported[association.functionName]).toBe("function");
    }
  });

  describe("functions.nb.json, as webpack builds it from descriptions.nb.json", () => {
    const bokmålFunctions = (): readonly FunctionMetadata[] =>
      (
        JSON.parse(localiseMetadata(englishJson, translations).json) as {
          functions: FunctionMetadata[];
        }
      ).functions;

    it("translates without a problem", () => {
      expect(localiseMetadata(englishJson, translations).problems).toEqual([]);
    });

    it("lists the same ids, names, parameters and types as functions.json", () => {
      const bokmål = bokmålFunctions();
      expect(bokmål.map(shapeOf)).toEqual(functions.map(shapeOf));
    });

    it("replaces every description by a bokmål one", () => {
      const bokmål = bokmålFunctions();
      bokmål.forEach((entry, index) => {
        const english = functions[index] as FunctionMetadata;
        expect(entry.description).toBe(translations[entry.id]?.description);
        expect(entry.description).not.toBe(english.description);
        entry.parameters.forEach((parameter, parameterIndex) => {
          expect(parameter.description).toBe(translations[entry.id]?.parameters[parameter.name]);
          expect(parameter.description).not.toBe(english.parameters[parameterIndex]?.description);
        });
      });
    });

    it("reports a function or parameter without a translation, and a stray translation", () => {
      const { SCORE, ...withoutScore } = translations;
      expect(localiseMetadata(englishJson, withoutScore).problems).toEqual([
        "SCORE: no translation",
      ]);
      const rankTranslation = translations.RANK as FunctionTranslations[string];
      const { direction, ...rankParameters } = rankTranslation.parameters;
      expect(direction).toBeTruthy();
      expect(
        localiseMetadata(englishJson, {
          ...translations,
          RANK: { ...rankTranslation, parameters: { ...rankParameters, sideways: "x" } },
          SLOPE: { description: "x", parameters: {} },
        }).problems
      ).toEqual([
        "RANK: translation of unknown parameter sideways",
        "RANK: no translation for parameter direction",
        "SLOPE: translation of a function that does not exist",
      ]);
      expect(SCORE).toBeDefined();
    });
  });
});
