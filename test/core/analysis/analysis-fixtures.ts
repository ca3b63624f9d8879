// The runs the analysis tests read: COINr's ASEM example (S1, its default pipeline) and the demo workbook.
import { benchmarkWorkbook } from "../../../src/core/benchmark";
import type { PipelineResult } from "../../../src/core/model/pipeline-result";
import { runPipeline, type PipelineInput } from "../../../src/core/pipeline/run-pipeline";
import { templateWorkbook } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { asemDataset, asemFramework } from "../pipeline/coinr-fixtures";

export function asemInput(): PipelineInput {
  return { framework: asemFramework().framework, dataset: asemDataset() };
}

export function asemRun(): PipelineResult {
  return runPipeline(asemInput());
}

/** The demo's pilot workbook (six units, 2019-2023) benchmarked as `veikart demo` does. */
export function demoRun(): PipelineResult {
  const run = benchmarkWorkbook(validateWorkbook(templateWorkbook(true)).content);
  if (run.pipeline === null) throw new Error("the demo workbook did not score");
  return run.pipeline;
}

export const unitCodesOf = (result: PipelineResult): string[] =>
  (result.stages.aggregated?.units ?? []).map((unit) => unit.code);
