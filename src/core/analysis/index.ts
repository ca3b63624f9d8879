// What drives a unit's score and which levers move it: effective weights, contributions, strengths and
// weaknesses, gaps to a higher rank, measures and scenarios.
export { effectiveWeights, type EffectiveWeights } from "./effective-weights";
export {
  contributionsOf,
  indexNodeOf,
  type ContributionOutcome,
  type Contributions,
  type Decomposition,
} from "./contributions";
export { pointsOfChildren, type ChildPoints } from "./child-points";
export {
  strengthsAndWeaknesses,
  type RankedIndicator,
  type StrengthWeaknessOptions,
  type StrengthWeaknessOutcome,
  type StrengthsAndWeaknesses,
} from "./strengths-weaknesses";
export {
  gapToRank,
  gapsOf,
  type Gap,
  type GapOptions,
  type GapTarget,
  type SearchedRange,
} from "./gaps";
export {
  applyMeasures,
  measureEffectWords,
  type Measure,
  type MeasureEffect,
  type MeasureEffectKind,
} from "./measures";
export { readMeasures, type MeasuresReading } from "./read-measures";
export {
  runScenario,
  type Scenario,
  type ScenarioInput,
  type ScenarioOptions,
  type ScenarioUnit,
  type Standing,
} from "./scenario";
export {
  analysisIssueCatalogue,
  reportAnalysisIssue,
  type AnalysisIssueCode,
} from "./analysis-issues";
