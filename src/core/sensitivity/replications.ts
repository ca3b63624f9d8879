// The replication engine of the sensitivity analysis: the index and ranks of one year under one setting of
// the varied inputs, without re-running what that setting does not change. The stages up to normalised are
// computed once per setting of the steps before aggregation (impute, screen, treat, normalise) and kept;
// a replication then recomputes only the aggregation tree of the year, with its mean, coverage threshold
// and weights, and ranks the index with one sort.
import type { Dataset } from "../model/dataset";
import type { Framework } from "../model/framework";
import type { AggregationMethodSettings, PipelineSettings } from "../model/methods";
import { columnById, latestYearOf, treeOf } from "../analysis/run-rows";
import { runPipeline } from "../pipeline/run-pipeline";
import {
  aggregate,
  transformedColumn,
  type ColumnTransform,
  type TransformedColumn,
} from "../steps/aggregate/aggregate";
import type { AggregationTree } from "../steps/aggregate/tree";
import { imputationMethods } from "../steps/impute/methods";
import { normalisationMethodOf } from "../steps/normalise/methods";
import { descendingMinRanks } from "../steps/statistics";
import {
  settingsWith,
  type ChoiceInput,
  type InputAlternative,
  type VariedInput,
} from "./varied-inputs";

/** One setting of the varied inputs: an alternative of each discrete input, and factors for the weights. */
export interface ReplicationSetting {
  /** For each discrete input, in the order of `ReplicationEngine.choiceInputs`, its alternative's position. */
  readonly choices: readonly number[];
  /** One factor per weight of the tree (`ReplicationEngine.weightCount`); absent: the nominal weights. */
  readonly weightFactors?: Float64Array;
}

/** The index and its ranks, one entry per unit of `ReplicationEngine.unitCodes`; NaN where missing. Shared: do not change. */
export interface ReplicationOutcome {
  readonly index: Float64Array;
  /** 1 for the highest index, ties share the best rank; NaN where the index is missing. */
  readonly ranks: Float64Array;
}

export interface ReplicationEngine {
  /** The year analysed (0 when the data have no years). */
  readonly year: number;
  /** The units with a row in that year, in the order of the data. */
  readonly unitCodes: readonly string[];
  /** The id of the index: the root of the framework's tree. */
  readonly indexId: string;
  /** The discrete inputs, in the order of the request. */
  readonly choiceInputs: readonly ChoiceInput[];
  /** The weights of the tree, child by child of each aggregate: the length of `weightFactors`. */
  readonly weightCount: number;
  /** The nominal method: no input varied. */
  readonly nominal: ReplicationOutcome;
  readonly run: (setting: ReplicationSetting) => ReplicationOutcome;
}

export interface ReplicationRequest {
  readonly framework: Framework;
  readonly dataset: Dataset;
  readonly settings: PipelineSettings;
  /** The year to analyse; absent: the latest. */
  readonly year?: number;
  readonly inputs: readonly VariedInput[];
}

/**
 * A combination of the discrete inputs: its settings, its stage up to normalised and, under the nominal
 * weights, its outcome (without weights noise a combination always gives the same one).
 */
interface Combination {
  readonly settings: PipelineSettings;
  readonly normalised: Dataset;
  outcome?: ReplicationOutcome;
}

/** The steps whose settings a replication recomputes itself; any other step's alternative is cached. */
const recomputedSteps: ReadonlySet<string> = new Set<keyof PipelineSettings>(["aggregate", "rank"]);

/**
 * What a stage up to normalised depends on: the settings of the steps before aggregation. Keyed by them
 * rather than by the alternatives chosen, the nominal method and the alternative equal to it share a stage.
 */
function stageKeyOf(settings: PipelineSettings): string {
  return JSON.stringify(Object.entries(settings).filter(([step]) => !recomputedSteps.has(step)));
}

/**
 * Whether a year's stages up to normalised depend on other years: a series imputation or normalisation
 * (along each unit's years), or normalisation (and so treatment) over the years pooled. Otherwise every
 * step works within each year, and the pipeline needs only the year's rows.
 */
function usesOtherYears(settings: PipelineSettings): boolean {
  const normalisation = settings.normalise;
  const methods = [normalisation?.method, ...Object.values(normalisation?.byIndicator ?? {})];
  return (
    normalisation?.scope?.pooled === true ||
    methods.some(
      (method) => method !== undefined && normalisationMethodOf(method).kind === "series"
    ) ||
    (settings.impute !== undefined && imputationMethods[settings.impute.method].kind === "series")
  );
}

/** The rows of one year, as a dataset of their own (aggregation works row by row). */
function yearRows(dataset: Dataset, year: number): Dataset {
  const rows: number[] = [];
  for (let row = 0; row < dataset.rowYear.length; row++)
    if (dataset.rowYear[row] === year) rows.push(row);
  // An indexed loop: Float64Array.from with a mapping function iterates generically, slowly in cold code.
  const pick = <Column extends Float64Array | Int32Array>(
    column: Column,
    picked: Column
  ): Column => {
    for (let position = 0; position < rows.length; position++)
      picked[position] = column[rows[position] as number] as number;
    return picked;
  };
  const length = rows.length;
  return {
    ...dataset,
    rowUnit: pick(dataset.rowUnit, new Int32Array(length)),
    rowYear: new Int32Array(length).fill(year),
    columns: dataset.columns.map((column) => pick(column, new Float64Array(length))),
    denominators: Object.fromEntries(
      Object.entries(dataset.denominators).map(([name, column]) => [
        name,
        pick(column, new Float64Array(length)),
      ])
    ),
  };
}

/**
 * The tree with each weight times its factor, renormalised within its parent so that the siblings' weights
 * keep their nominal sum (factors of 1 give the nominal weights exactly).
 */
export function noisedTree(tree: AggregationTree, factors: Float64Array): AggregationTree {
  let position = 0;
  const aggregates = tree.aggregates.map((node) => {
    let nominalSum = 0;
    let noisedSum = 0;
    const noised = node.children.map((child) => {
      const weight = child.weight * (factors[position++] as number);
      nominalSum += child.weight;
      noisedSum += weight;
      return weight;
    });
    const scale = noisedSum > 0 ? nominalSum / noisedSum : 0;
    return {
      ...node,
      children: node.children.map((child, index) => ({
        id: child.id,
        weight: (noised[index] as number) * scale,
      })),
    };
  });
  return { aggregates, roots: tree.roots };
}

/** The number of weights of a tree: one per child of each aggregate. */
function weightCountOf(tree: AggregationTree): number {
  return tree.aggregates.reduce((count, node) => count + node.children.length, 0);
}

/** The engine for one request: the nominal stages are computed at once, each other stage when first needed. */
export function replicationEngine(request: ReplicationRequest): ReplicationEngine {
  const { framework, dataset } = request;
  const year = request.year ?? latestYearOf(dataset);
  const tree = treeOf(framework);
  const indexId = tree.roots[0] ?? "";
  const choiceInputs = request.inputs.filter(
    (input): input is ChoiceInput => input.kind === "choice"
  );

  const unitPositions = new Int32Array(dataset.units.length).fill(-1);
  const unitCodes: string[] = [];
  for (let row = 0; row < dataset.rowUnit.length; row++) {
    const unit = dataset.rowUnit[row] as number;
    if (dataset.rowYear[row] === year && unitPositions[unit] === -1) {
      unitPositions[unit] = unitCodes.length;
      unitCodes.push(dataset.units[unit]?.code ?? "");
    }
  }

  const stages = new Map<string, Dataset>();
  // The generator values of each cached column under each mean, computed once: what every replication of
  // that stage and mean would otherwise recompute. Aggregate columns change with the weights: not kept.
  const transforms = new Map<Float64Array, Map<AggregationMethodSettings, TransformedColumn>>();
  const transformedOnce: ColumnTransform = (column, methodSettings, scratch) => {
    const byMethod = transforms.get(column);
    if (byMethod === undefined) return transformedColumn(column, methodSettings, scratch);
    let transformed = byMethod.get(methodSettings);
    if (transformed === undefined) {
      transformed = transformedColumn(column, methodSettings);
      byMethod.set(methodSettings, transformed);
    }
    return transformed;
  };
  const oneYear = yearRows(dataset, year);
  const normalisedOf = (settings: PipelineSettings): Dataset => {
    const key = stageKeyOf(settings);
    let stage = stages.get(key);
    if (stage === undefined) {
      const input = usesOtherYears(settings) ? dataset : oneYear;
      const run = runPipeline({ framework, dataset: input, settings });
      const normalised = run.stages.normalised ?? run.stages.aggregated ?? input;
      stage = yearRows(normalised, year);
      for (const column of stage.columns) transforms.set(column, new Map());
      stages.set(key, stage);
    }
    return stage;
  };

  const outcomeOf = (
    { settings, normalised }: Combination,
    weighted: AggregationTree
  ): ReplicationOutcome => {
    const aggregated = aggregate(normalised, weighted, settings.aggregate, transformedOnce).dataset;
    const column = columnById(aggregated, indexId);
    const index = new Float64Array(unitCodes.length).fill(Number.NaN);
    if (column !== undefined)
      for (let row = 0; row < aggregated.rowUnit.length; row++) {
        const position = unitPositions[aggregated.rowUnit[row] as number] as number;
        if (position >= 0) index[position] = column[row] as number;
      }
    return { index, ranks: descendingMinRanks(index) };
  };

  // Worked out when a run first meets a combination, not again in every run that has it.
  const combinations = new Map<string, Combination>();
  const combinationOf = (choices: readonly number[]): Combination => {
    const key = choices.join(",");
    let combination = combinations.get(key);
    if (combination === undefined) {
      const chosen: InputAlternative[] = [];
      choiceInputs.forEach((input, position) => {
        const alternative = input.alternatives[choices[position] ?? 0];
        if (alternative !== undefined) chosen.push(alternative);
      });
      const settings = settingsWith(request.settings, chosen);
      combination = { settings, normalised: normalisedOf(settings) };
      combinations.set(key, combination);
    }
    return combination;
  };

  const run = ({ choices, weightFactors }: ReplicationSetting): ReplicationOutcome => {
    const combination = combinationOf(choices);
    if (weightFactors !== undefined) return outcomeOf(combination, noisedTree(tree, weightFactors));
    if (combination.outcome === undefined) combination.outcome = outcomeOf(combination, tree);
    return combination.outcome;
  };

  return {
    year,
    unitCodes,
    indexId,
    choiceInputs,
    weightCount: weightCountOf(tree),
    nominal: outcomeOf(
      { settings: request.settings, normalised: normalisedOf(request.settings) },
      tree
    ),
    run,
  };
}
