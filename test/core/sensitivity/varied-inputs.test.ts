import { aggregationMethods } from "../../../src/core/steps/aggregate/methods";
import { imputationMethods } from "../../../src/core/steps/impute/methods";
import { normalisationMethods } from "../../../src/core/steps/normalise/methods";
import { treatmentMethods } from "../../../src/core/steps/treat/methods";
import {
  isVariationProblem,
  parseVariation,
  settingsWith,
  variedInputNames,
  type ChoiceInput,
  type VariedInput,
  type VariationProblem,
} from "../../../src/core/sensitivity/varied-inputs";

function choice(name: string, values: string): ChoiceInput {
  const parsed = parseVariation(name, values);
  if (isVariationProblem(parsed) || parsed.kind !== "choice")
    throw new Error(`${name}=${values} is no choice`);
  return parsed;
}

function problem(name: string, values: string): VariationProblem {
  const parsed: VariedInput | VariationProblem = parseVariation(name, values);
  if (!isVariationProblem(parsed)) throw new Error(`${name}=${values} was read`);
  return parsed;
}

describe("parseVariation", () => {
  it("gives each normalisation its default parameters: min-max onto 0-100, z-scores 0 ± 1, ranks", () => {
    const input = choice("normalise", "minmax,zscore,rank");
    expect(input.alternatives).toEqual([
      {
        label: "minmax",
        settings: { normalise: { method: { method: "minmax", lower: 0, upper: 100 } } },
      },
      {
        label: "zscore",
        settings: { normalise: { method: { method: "zscore", mean: 0, standardDeviation: 1 } } },
      },
      { label: "rank", settings: { normalise: { method: { method: "rank" } } } },
    ]);
  });

  it("reads a method by any word of its registry entry and labels it with the registry name", () => {
    expect(choice("Normalise", " min-maks , Z-score").alternatives.map((a) => a.label)).toEqual([
      "minmax",
      "zscore",
    ]);
    expect(choice("aggregate", "geometrisk").alternatives[0]?.label).toBe("geometric");
  });

  it.each([
    ["impute", imputationMethods],
    ["treat", treatmentMethods],
  ] as const)("accepts every method of the %s registry, none among them", (input, registry) => {
    const names = Object.keys(registry);
    expect(names).toContain("none");
    expect(choice(input, names.join(",")).alternatives.map((a) => a.label)).toEqual(names);
  });

  it("accepts every normalisation and mean whose parameters all have defaults, and names the one missing", () => {
    for (const name of Object.keys(normalisationMethods)) {
      const parsed = parseVariation("normalise", name);
      if (isVariationProblem(parsed)) {
        expect(parsed.code).toBe("alternative_needs_parameter");
        expect(parsed.parameters).toEqual({
          input: "normalise",
          value: name,
          parameter: "baseYear",
        });
      } else expect(parsed.kind).toBe("choice");
    }
    for (const name of Object.keys(aggregationMethods)) {
      const parsed = parseVariation("aggregate", name);
      expect(isVariationProblem(parsed)).toBe(name === "genmean");
    }
  });

  it("imputes a group method within the peer groups unless a group column is named", () => {
    expect(choice("impute", "group-mean,median-group:GDP_group").alternatives).toEqual([
      { label: "group-mean", settings: { impute: { method: "group-mean", group: "peerGroup" } } },
      {
        label: "group-median:GDP_group",
        settings: { impute: { method: "group-median", group: "GDP_group" } },
      },
    ]);
  });

  it("reads coverage and screening thresholds as shares, in decimals or percent", () => {
    expect(choice("coverage", "0,0.5,66%").alternatives).toEqual([
      { label: "0", settings: { aggregate: { minCoverage: 0 } } },
      { label: "0.5", settings: { aggregate: { minCoverage: 0.5 } } },
      { label: "0.66", settings: { aggregate: { minCoverage: 0.66 } } },
    ]);
    expect(choice("screen", "0.8").alternatives[0]?.settings).toEqual({
      screen: { minimumShare: 0.8 },
    });
  });

  it("reads weights noise as 25% or 0.25", () => {
    expect(parseVariation("weights", "25%")).toEqual({
      kind: "weights",
      name: "weights",
      noise: 0.25,
    });
    expect(parseVariation("weights", "0.25")).toEqual({
      kind: "weights",
      name: "weights",
      noise: 0.25,
    });
  });

  it("names every problem instead of falling back to a default", () => {
    expect(problem("normalize", "minmax")).toMatchObject({
      code: "unknown_varied_input",
      parameters: { name: "normalize", known: variedInputNames },
    });
    expect(problem("normalise", "minmax,cube")).toMatchObject({
      code: "unknown_alternative",
      parameters: { input: "normalise", value: "cube" },
    });
    expect(problem("normalise", "minmax,min-max").code).toBe("duplicate_alternative");
    expect(problem("aggregate", " , ").code).toBe("no_alternatives");
    expect(problem("coverage", "0.5,1.2").parameters).toEqual({ input: "coverage", value: "1.2" });
    expect(problem("screen", "half").code).toBe("invalid_share");
    for (const noise of ["0", "100%", "1.5", "much", ""])
      expect(problem("weights", noise).code).toBe("invalid_noise");
  });

  it("lists the inputs of the step registries, the thresholds and the weights", () => {
    expect(variedInputNames).toEqual([
      "normalise",
      "aggregate",
      "impute",
      "treat",
      "coverage",
      "screen",
      "weights",
    ]);
  });
});

describe("settingsWith", () => {
  const nominal = {
    impute: { method: "group-mean", group: "peerGroup" },
    normalise: {
      method: { method: "minmax" },
      scope: { pooled: true },
      byIndicator: { A: { method: "rank" } },
    },
    aggregate: { method: { method: "arithmetic" }, minCoverage: 0.5, coverageBasis: "count" },
  } as const;

  it("replaces only what an alternative of normalise or aggregate sets, and keeps the rest", () => {
    const [zscore] = choice("normalise", "zscore").alternatives;
    const [geometric] = choice("aggregate", "geometric").alternatives;
    const [coverage] = choice("coverage", "0.66").alternatives;
    expect(settingsWith(nominal, [zscore!, geometric!, coverage!])).toEqual({
      impute: nominal.impute,
      normalise: {
        method: { method: "zscore", mean: 0, standardDeviation: 1 },
        scope: { pooled: true },
        byIndicator: { A: { method: "rank" } },
      },
      aggregate: { method: { method: "geometric" }, minCoverage: 0.66, coverageBasis: "count" },
    });
  });

  it("replaces the whole settings of impute, and leaves the nominal settings unchanged", () => {
    const [mean] = choice("impute", "mean").alternatives;
    expect(settingsWith(nominal, [mean!]).impute).toEqual({ method: "mean" });
    expect(nominal.impute).toEqual({ method: "group-mean", group: "peerGroup" });
  });
});
