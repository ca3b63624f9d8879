// The engine's front door: load, run, read the results.
export { runPipeline, type PipelineInput } from "./run-pipeline";
export { resultsOf, type AggregateResult, type UnitYearResult } from "./results";
export { datasetFromObservations } from "../data/observations";
export { datasetFromCoinrData, type CoinrDataOptions } from "../data/coinr-data";
export { frameworkFromCoinrMeta, type CoinrMeta } from "../data/coinr-meta";
export type { TextTable } from "../data/table";
