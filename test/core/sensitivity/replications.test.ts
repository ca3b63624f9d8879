// Every replication of the fast engine equals a full runPipeline with the same settings, on COINr's ASEM
// example (fixtures: test/fixtures/coinr, MIT, (c) 2022 William Becker).
import type { Framework } from "../../../src/core/model/framework";
import type { PipelineSettings } from "../../../src/core/model/methods";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { aggregationTree } from "../../../src/core/steps/aggregate/tree";
import {
  noisedTree,
  replicationEngine,
  type ReplicationEngine,
  type ReplicationSetting,
} from "../../../src/core/sensitivity/replications";
import {
  isVariationProblem,
  parseVariation,
  settingsWith,
  type ChoiceInput,
  type VariedInput,
} from "../../../src/core/sensitivity/varied-inputs";
import { asemDataset, asemFramework } from "../pipeline/coinr-fixtures";

function variation(name: string, values: string): VariedInput {
  const parsed = parseVariation(name, values);
  if (isVariationProblem(parsed)) throw new Error(`${name}=${values}: ${parsed.code}`);
  return parsed;
}

const { framework } = asemFramework();
const dataset = asemDataset();
const nominal: PipelineSettings = { aggregate: { coverageBasis: "count" } };
const inputs = [
  variation("normalise", "minmax,zscore,rank"),
  variation("impute", "none,mean"),
  variation("aggregate", "arithmetic,geometric"),
  variation("coverage", "0,0.66"),
  variation("treat", "none,winsorise"),
  variation("weights", "25%"),
];

/** The framework with the weights of a noised tree, so runPipeline computes the same weights itself. */
function frameworkWithWeights(tree: ReturnType<typeof noisedTree>): Framework {
  const weights = new Map(
    tree.aggregates.flatMap((node) => node.children.map((c) => [c.id, c.weight]))
  );
  return {
    indicators: framework.indicators.map((indicator) => ({
      ...indicator,
      weight: weights.get(indicator.id) ?? indicator.weight,
    })),
    aggregates: framework.aggregates.map((aggregate) => ({
      ...aggregate,
      weight: weights.get(aggregate.id) ?? aggregate.weight,
    })),
  };
}

/** The index per unit code of a full pipeline run with the replication's settings and weights. */
function referenceIndex(engine: ReplicationEngine, setting: ReplicationSetting) {
  const chosen = engine.choiceInputs.map(
    (input: ChoiceInput, position) => input.alternatives[setting.choices[position] ?? 0]!
  );
  const { tree } = aggregationTree(framework);
  const weighted =
    setting.weightFactors === undefined
      ? framework
      : frameworkWithWeights(noisedTree(tree, setting.weightFactors));
  const result = runPipeline({
    framework: weighted,
    dataset,
    settings: settingsWith(nominal, chosen),
  });
  const aggregated = result.stages.aggregated!;
  const column = aggregated.columns[aggregated.columnIds.indexOf(engine.indexId)]!;
  const byUnit = new Map<string, number>();
  aggregated.rowUnit.forEach((unit, row) => byUnit.set(aggregated.units[unit]!.code, column[row]!));
  return byUnit;
}

/** Factors in [0.75, 1.25] from a fixed formula, different for every weight and setting. */
function factors(count: number, salt: number): Float64Array {
  return Float64Array.from(
    { length: count },
    (_, index) => 1 + 0.25 * Math.sin(index * 12.9898 + salt * 78.233)
  );
}

describe("the replication engine on ASEM", () => {
  const engine = replicationEngine({ framework, dataset, settings: nominal, inputs });
  const settings: ReplicationSetting[] = [
    { choices: [0, 0, 0, 0, 0] },
    { choices: [1, 1, 0, 1, 0] },
    { choices: [2, 0, 1, 0, 1] },
    { choices: [0, 1, 1, 1, 1], weightFactors: factors(engine.weightCount, 1) },
    { choices: [1, 0, 0, 0, 1], weightFactors: factors(engine.weightCount, 2) },
    { choices: [2, 1, 0, 1, 0], weightFactors: factors(engine.weightCount, 3) },
    { choices: [0, 0, 1, 1, 0], weightFactors: factors(engine.weightCount, 4) },
  ];

  it("analyses the one year of ASEM, all 51 units, with one weight per child of each aggregate", () => {
    expect(engine.unitCodes).toHaveLength(51);
    expect(engine.indexId).toBe("Index");
    expect(engine.weightCount).toBe(49 + 8 + 2);
    expect(engine.choiceInputs.map((input) => input.name)).toEqual([
      "normalise",
      "impute",
      "aggregate",
      "coverage",
      "treat",
    ]);
  });

  it.each(settings.map((setting, position) => [position, setting] as const))(
    "gives setting %i the index of a full pipeline run with the same settings and weights, to 1e-12",
    (_position, setting) => {
      const outcome = engine.run(setting);
      const expected = referenceIndex(engine, setting);
      let present = 0;
      engine.unitCodes.forEach((code, position) => {
        const actual = outcome.index[position]!;
        const wanted = expected.get(code)!;
        if (Number.isNaN(wanted)) expect(actual).toBeNaN();
        else {
          present++;
          expect(Math.abs(actual - wanted)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(wanted))
          );
        }
      });
      expect(present).toBeGreaterThan(0);
    }
  );

  it("gives the nominal method the index of runPipeline with the nominal settings", () => {
    const result = runPipeline({ framework, dataset, settings: nominal });
    const aggregated = result.stages.aggregated!;
    const column = aggregated.columns[aggregated.columnIds.indexOf("Index")]!;
    engine.unitCodes.forEach((code, position) => {
      const row = aggregated.rowUnit.findIndex((unit) => aggregated.units[unit]!.code === code);
      expect(engine.nominal.index[position]).toBe(column[row]);
    });
  });

  it("ranks 1 for the highest index, ties share the best rank, a missing index has no rank", () => {
    // z-scores under a geometric mean leave units without an index (a child <= 0).
    const outcome = engine.run({ choices: [1, 0, 1, 0, 0] });
    const present = [...outcome.index].filter((value) => !Number.isNaN(value));
    expect(present.length).toBeLessThan(51);
    outcome.index.forEach((value, position) => {
      const rank = outcome.ranks[position]!;
      if (Number.isNaN(value)) expect(rank).toBeNaN();
      else expect(rank).toBe(1 + present.filter((other) => other > value).length);
    });
  });

  it("keeps the nominal weights exactly when every factor is 1", () => {
    const { tree } = aggregationTree(framework);
    const same = noisedTree(tree, new Float64Array(engine.weightCount).fill(1));
    expect(same).toEqual(tree);
  });
});

describe("the replication engine on ASEM's panel (2018-2022), one year analysed", () => {
  // Every year of the panel lacks the same values; a few more gaps in 2020 give linear interpolation
  // (along each unit's years) something to fill that the year alone could not.
  const complete = asemDataset("ASEM_iData_p.csv");
  const panel = {
    ...complete,
    columns: complete.columns.map((column, index) =>
      index >= 3
        ? column
        : column.map((value, row) =>
            complete.rowYear[row] === 2020 && (complete.rowUnit[row] as number) < 5
              ? Number.NaN
              : value
          )
    ),
  };
  const panelInputs = [
    variation("normalise", "minmax,zscore,rank"),
    variation("impute", "none,mean,linear"),
    variation("treat", "none,winsorise"),
  ] as ChoiceInput[];

  /** The index of the year's rows of a full run over every year, by unit code. */
  function yearIndex(settings: PipelineSettings, year: number): Map<string, number> {
    const aggregated = runPipeline({ framework, dataset: panel, settings }).stages.aggregated!;
    const column = aggregated.columns[aggregated.columnIds.indexOf("Index")]!;
    const byUnit = new Map<string, number>();
    aggregated.rowUnit.forEach((unit, row) => {
      if (aggregated.rowYear[row] === year) byUnit.set(aggregated.units[unit]!.code, column[row]!);
    });
    return byUnit;
  }

  it.each([
    ["by year", {}],
    [
      "pooled over the years",
      { normalise: { method: { method: "minmax" }, scope: { pooled: true } } },
    ],
  ] as const)(
    "equals a full run over every year, to 1e-12, with normalisation %s and series imputation among the alternatives",
    (_scope, nominalSettings: PipelineSettings) => {
      const engine = replicationEngine({
        framework,
        dataset: panel,
        settings: nominalSettings,
        year: 2020,
        inputs: panelInputs,
      });
      expect(engine.year).toBe(2020);
      expect(engine.unitCodes).toHaveLength(51);
      for (const choices of [
        [0, 0, 0],
        [1, 1, 1],
        [2, 2, 0],
        [0, 2, 1],
      ]) {
        const chosen = choices.map(
          (choice, position) => panelInputs[position]!.alternatives[choice]!
        );
        const expected = yearIndex(settingsWith(nominalSettings, chosen), 2020);
        const outcome = engine.run({ choices });
        engine.unitCodes.forEach((code, position) => {
          const wanted = expected.get(code)!;
          const actual = outcome.index[position]!;
          if (Number.isNaN(wanted)) expect(actual).toBeNaN();
          else
            expect(Math.abs(actual - wanted)).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(wanted))
            );
        });
      }
    }
  );

  it("analyses the latest year when none is given", () => {
    expect(
      replicationEngine({ framework, dataset: panel, settings: {}, inputs: panelInputs }).year
    ).toBe(2022);
  });
});
