import { ancestorChainOf, rootScoreWith } from "../../../src/core/analysis/row-aggregation";
import type { PipelineSettings } from "../../../src/core/model/methods";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { aggregationTree } from "../../../src/core/steps/aggregate/tree";
import { asemInput } from "./analysis-fixtures";

describe("one row's aggregates recomputed along an indicator's ancestors", () => {
  const settingsToTry: readonly [string, PipelineSettings][] = [
    ["COINr's default (arithmetic)", {}],
    [
      "geometric mean with a coverage threshold by count",
      {
        normalise: { method: { method: "minmax", lower: 1, upper: 100 } },
        aggregate: { method: { method: "geometric" }, minCoverage: 0.8, coverageBasis: "count" },
      },
    ],
  ];

  it.each(settingsToTry)(
    "give the aggregate step's index for every ASEM unit and indicator: %s",
    (_, settings) => {
      const result = runPipeline({ ...asemInput(), settings });
      const final = result.stages.aggregated!;
      const column = (id: string) => final.columns[final.columnIds.indexOf(id)];
      const { tree } = aggregationTree(result.framework);
      const index = column("Index")!;
      let compared = 0;
      for (const indicator of result.framework.indicators) {
        const chain = ancestorChainOf(tree, result.settings.aggregate ?? {}, indicator.id, column)!;
        expect(chain.rootId).toBe("Index");
        const scores = column(indicator.id)!;
        for (let row = 0; row < final.rowUnit.length; row++) {
          expect(Object.is(rootScoreWith(chain, row, scores[row]!), index[row])).toBe(true);
          compared++;
        }
      }
      expect(compared).toBe(49 * 51);
    }
  );
});
