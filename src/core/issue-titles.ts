// Every issue code core reports, from all its catalogues, and the title that names each code for a reader.
import { benchmarkIssueCatalogue } from "./benchmark/benchmark-issues";
import type { IssueCatalogue } from "./issue-catalogue";
import type { Bilingual, Language } from "./language";
import { mergeIssueCatalogue } from "./merge/merge-issues";
import type { Issue } from "./model/issue";
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
] as const;

const titles: ReadonlyMap<string, Bilingual> = new Map(
  issueCatalogues.flatMap((catalogue: IssueCatalogue) =>
    Object.entries(catalogue).map(([code, definition]) => [code, definition.title] as const)
  )
);

export type IssueCode =
  | keyof typeof validationIssues
  | keyof typeof engineIssueCatalogue
  | keyof typeof timeIssueCatalogue
  | keyof typeof benchmarkIssueCatalogue
  | keyof typeof mergeIssueCatalogue;

export function isIssueCode(code: string): code is IssueCode {
  return titles.has(code);
}

/** The title of an issue code in a language: "Uteligger" for value_outlier. */
export function issueTitle(code: IssueCode, language: Language): string {
  return (titles.get(code) as Bilingual)[language];
}

/** An issue's (or a group's) title; a code no catalogue knows is its own title, never blank. */
export function titleOf(issue: Pick<Issue, "code">, language: Language): string {
  return isIssueCode(issue.code) ? issueTitle(issue.code, language) : issue.code;
}
