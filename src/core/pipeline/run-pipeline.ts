import { assertDatasetShape, type Dataset } from "../model/dataset";
import type { Framework } from "../model/framework";
import type { Issue } from "../model/issue";
import { stageNames, type PipelineSettings, type StageName } from "../model/methods";
import type {
  AggregationOutcome,
  PipelineResult,
  RankOutcome,
  StepLogEntry,
  StepName,
} from "../model/pipeline-result";
import { aggregate } from "../steps/aggregate/aggregate";
import { aggregationTree, effectiveWeights } from "../steps/aggregate/tree";
import { denominate } from "../steps/denominate/denominate";
import { reportEngineIssue } from "../steps/engine-issues";
import { impute } from "../steps/impute/impute";
import { defaultNormalisation, normalise } from "../steps/normalise/normalise";
import { rank } from "../steps/rank/rank";
import { scoredIndicators } from "../steps/scored-indicators";
import { screen } from "../steps/screen/screen";
import type { StepOutput } from "../steps/step-output";
import { treat } from "../steps/treat/treat";

export interface PipelineInput {
  readonly framework: Framework;
  /** The data at the start stage (`settings.start`, default raw). */
  readonly dataset: Dataset;
  readonly settings?: PipelineSettings;
}

/** A step of the pipeline: the stage it produces and how to run it, or undefined when not configured. */
type StepRunner = (dataset: Dataset) => StepOutput | undefined;

function stageIndex(stage: StageName): number {
  return stageNames.indexOf(stage);
}

/**
 * Runs the configured steps from the start stage to the aggregated stage, then ranks. Never throws on bad
 * data: every problem is an Issue in the result, and every stage is kept with a log entry per step run.
 */
export function runPipeline(input: PipelineInput): PipelineResult {
  const settings = input.settings ?? {};
  const { framework } = input;
  // A dataset of inconsistent size is a programming error, not a data problem: DatasetShapeError.
  assertDatasetShape(input.dataset);
  const start = settings.start ?? "raw";
  const issues: Issue[] = [];
  const log: StepLogEntry[] = [];
  const compiled = aggregationTree(framework);
  issues.push(...compiled.issues);
  if (scoredIndicators(framework).length === 0)
    issues.push(reportEngineIssue("no_scored_indicators", {}));
  for (const indicator of framework.indicators) {
    const column = input.dataset.columns[input.dataset.columnIds.indexOf(indicator.id)];
    if (column !== undefined && column.every((value) => Number.isNaN(value)))
      issues.push(
        reportEngineIssue(
          "indicator_without_data",
          { indicatorId: indicator.id },
          { indicator: indicator.id }
        )
      );
  }

  const normalisation = settings.normalise ?? defaultNormalisation;
  let aggregation: AggregationOutcome = { coverage: {}, missingReason: {} };
  const steps: Readonly<Record<Exclude<StageName, "raw">, { step: StepName; run: StepRunner }>> = {
    denominated: {
      step: "denominate",
      run: (dataset) => (settings.denominate === true ? denominate(dataset, framework) : undefined),
    },
    imputed: {
      step: "impute",
      run: (dataset) =>
        settings.impute === undefined || settings.impute.method === "none"
          ? undefined
          : impute(dataset, settings.impute),
    },
    screened: {
      step: "screen",
      run: (dataset) =>
        settings.screen === undefined ? undefined : screen(dataset, settings.screen),
    },
    treated: {
      step: "treat",
      run: (dataset) =>
        settings.treat === undefined || settings.treat.method === "none"
          ? undefined
          : treat(dataset, framework, settings.treat, normalisation.scope),
    },
    normalised: {
      step: "normalise",
      run: (dataset) => normalise(dataset, framework, normalisation),
    },
    aggregated: {
      step: "aggregate",
      run: (dataset) => {
        const output = aggregate(dataset, compiled.tree, settings.aggregate);
        aggregation = output.outcome;
        return output;
      },
    },
  };

  const stages: Partial<Record<StageName, Dataset>> = { [start]: input.dataset };
  const resolved: Record<string, unknown> = { start };
  let current = input.dataset;
  for (const stage of stageNames.slice(stageIndex(start) + 1)) {
    if (stage === "raw") continue;
    const { step, run } = steps[stage];
    const output = run(current);
    if (output !== undefined) {
      issues.push(...output.issues);
      log.push({
        step,
        settings: output.settings,
        rowsBefore: current.rowUnit.length,
        rowsAfter: output.dataset.rowUnit.length,
        issueCount: output.issues.length,
        details: output.details,
      });
      resolved[step] = output.settings;
      current = output.dataset;
    }
    stages[stage] = current;
  }

  const aggregateIds = compiled.tree.aggregates.map((node) => node.id);
  const withinPeerGroups =
    settings.rank?.withinPeerGroups ?? current.units.some((unit) => unit.peerGroup !== undefined);
  const ranks: RankOutcome = rank(current, aggregateIds, withinPeerGroups);
  log.push({
    step: "rank",
    settings: { withinPeerGroups },
    rowsBefore: current.rowUnit.length,
    rowsAfter: current.rowUnit.length,
    issueCount: 0,
    details: { step: "rank", columns: aggregateIds },
  });
  resolved.rank = { withinPeerGroups };

  return {
    framework,
    settings: resolved as PipelineSettings,
    stages,
    aggregation,
    ranks,
    effectiveWeights: effectiveWeights(compiled.tree),
    issues,
    log,
  };
}
