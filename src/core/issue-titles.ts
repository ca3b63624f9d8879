// Every issue code core reports, from all its catalogues, and their text: the title that names each code
// for a reader and the message of an issue, rendered in the reader's language where it is shown.
import { auditIssueCatalogue } from "./analysis/audit/audit-issues";
import { decouplingIssueCatalogue } from "./analysis/decoupling-issues";
import { analysisIssueCatalogue } from "./analysis/analysis-issues";
import { benchmarkIssueCatalogue } from "./benchmark/benchmark-issues";
import { issueRenderer } from "./issue-catalogue";
import type { Language } from "./language";
import { mergeIssueCatalogue } from "./merge/merge-issues";
import { sensitivityIssueCatalogue } from "./sensitivity/sensitivity-issues";
import { engineIssueCatalogue } from "./steps/engine-issues";
import { timeIssueCatalogue } from "./time/time-issues";
import { validationIssues } from "./validate/validation-issues";

/** The catalogues whose issues reach a reader; a test holds their codes apart. */
export const issueCatalogues = [
  validationIssues,
  engineIssueCatalogue,
  timeIssueCatalogue,
  benchmarkIssueCatalogue,
  mergeIssueCatalogue,
  decouplingIssueCatalogue,
  auditIssueCatalogue,
  analysisIssueCatalogue,
  sensitivityIssueCatalogue,
] as const;

const coreIssues = issueRenderer(issueCatalogues);

export type IssueCode =
  | keyof typeof validationIssues
  | keyof typeof engineIssueCatalogue
  | keyof typeof timeIssueCatalogue
  | keyof typeof benchmarkIssueCatalogue
  | keyof typeof mergeIssueCatalogue
  | keyof typeof analysisIssueCatalogue
  | keyof typeof decouplingIssueCatalogue
  | keyof typeof auditIssueCatalogue
  | keyof typeof sensitivityIssueCatalogue;

export function isIssueCode(code: string): code is IssueCode {
  return coreIssues.knows(code);
}

/** The title of an issue code in a language: "Uteligger" for value_outlier. */
export function issueTitle(code: IssueCode, language: Language): string {
  return coreIssues.titleOf({ code }, language);
}

/** An issue's (or a group's) title; a code no catalogue knows is its own title, never blank. */
export const titleOf = coreIssues.titleOf;

/** An issue's message in a language, from its code and parameters. */
export const messageIn = coreIssues.messageIn;
