// VEIKART.COMPOSITE: the engine's weighted means of a row of scores, with coverage.
import type { Issue } from "../core/issues";
import type { AggregationMethodName, AggregationMethodSettings } from "../core/model/methods";
import { weightedMean, type QuasiArithmeticMean } from "../core/steps/aggregate/means";
import {
  aggregationMethodOf,
  aggregationMethods,
  type AggregationMethod,
} from "../core/steps/aggregate/methods";
import { choice, optionalNumber, optionalRange, range } from "./argument-rules";
import type { CellOutcome } from "./cell-values";
import { declareSpillingFunction } from "./declare-function";
import { reportFunctionIssue } from "./function-issues";
import { outcomesByRow, resultRowsOf, scoreRows, type RowPresence } from "./weighted-rows";

/** The means by the names a cell uses: the registry's names and English words ("generalised"). */
const means: Readonly<Record<string, AggregationMethodName>> = Object.fromEntries(
  (Object.keys(aggregationMethods) as AggregationMethodName[]).flatMap((name) =>
    [name, ...aggregationMethods[name].words.en].map((word) => [word, name] as const)
  )
);

/** The engine's mean for the settings, with its generator: looked up once for all rows. */
export interface ChosenMean {
  readonly settings: AggregationMethodSettings;
  readonly method: AggregationMethod<AggregationMethodSettings>;
  readonly generator: QuasiArithmeticMean;
}

/** The engine's mean with its settings: the generalised mean needs a power, the others take none. */
export function chosenMean(
  mean: AggregationMethodName,
  power: number | undefined
): ChosenMean | Issue {
  let settings: AggregationMethodSettings;
  if (mean === "genmean") {
    if (power === undefined)
      return reportFunctionIssue("argument_required", {
        argument: "power",
        meaning: { nb: "eksponenten p", en: "the exponent p" },
        method: aggregationMethods.genmean.label,
      });
    settings = { method: mean, p: power };
  } else {
    if (power !== undefined)
      return reportFunctionIssue("argument_not_used", {
        argument: "power",
        method: aggregationMethods[mean].label,
      });
    settings = { method: mean };
  }
  const method = aggregationMethodOf(settings);
  const [problem] = method.parameterProblems(settings);
  return problem === undefined
    ? { settings, method, generator: method.generator(settings) }
    : reportFunctionIssue("argument_not_accepted", {
        argument: "power",
        accepted: problem.expected,
      });
}

/** The composite of one row, or why there is none. */
export function compositeOf(
  presence: RowPresence,
  { settings, method, generator }: ChosenMean,
  minimumCoverage: number | undefined
): CellOutcome {
  if (presence.count === 0) return reportFunctionIssue("no_scores_present", {});
  if (minimumCoverage !== undefined && presence.coverage < minimumCoverage)
    return reportFunctionIssue("below_coverage", {
      coverage: presence.coverage,
      minimum: minimumCoverage,
    });
  for (let index = 0; index < presence.count; index++) {
    const value = presence.values[index] as number;
    if (!method.accepts(value, settings))
      return reportFunctionIssue("outside_domain", {
        mean: aggregationMethods[settings.method].label,
        requirement: method.requirement(settings),
        value,
      });
  }
  if (presence.presentWeight === 0) return reportFunctionIssue("zero_weight_sum", {});
  return weightedMean(generator, presence.values, presence.weights, presence.count);
}

/** The arguments of COMPOSITE, which CONTRIBUTION takes too. */
export const compositeArguments = [
  range("scores"),
  optionalRange("weights"),
  choice("method", means, "arithmetic"),
  optionalNumber("mincoverage", {
    minimum: 0,
    maximum: 1,
    accepts: { nb: "en andel fra 0 til 1", en: "a share from 0 to 1" },
  }),
  optionalNumber("power", {
    accepts: {
      nb: "et tall, p i det generaliserte middelet",
      en: "a number, the p of the generalised mean",
    },
  }),
] as const;

export const compositeFunction = declareSpillingFunction({
  id: "COMPOSITE",
  arguments: compositeArguments,
  shape: resultRowsOf,
  evaluate: (scores, weights, mean, minimumCoverage, power) => {
    const rows = scoreRows(scores, weights);
    const chosen = chosenMean(mean, power);
    if ("code" in chosen) return rows.map(() => [chosen]);
    return outcomesByRow(rows, weights, (presence) =>
      compositeOf(presence, chosen, minimumCoverage)
    );
  },
});
