import type { Dataset } from "../model/dataset";
import type { Issue } from "../model/issue";
import type { StepDetails } from "../model/pipeline-result";

/** What every step returns: the next stage, the problems it met and what it did. */
export interface StepOutput<Details extends StepDetails = StepDetails> {
  readonly dataset: Dataset;
  readonly issues: readonly Issue[];
  readonly details: Details;
  /** The settings it ran with, defaults filled in. */
  readonly settings: unknown;
}
