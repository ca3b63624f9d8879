// The one catalogue of issue codes: each area of the engine declares its own part, composed here.
export { issueFactory, issueRenderer } from "./issue-catalogue";
export type { IssueCatalogue, IssueDefinition, IssuePlace, IssueRenderer } from "./issue-catalogue";
export {
  issueCatalogues,
  isIssueCode,
  issueTitle,
  messageIn,
  titleOf,
  type IssueCode,
} from "./issue-titles";
export type { Language } from "./language";
export type { Issue, Severity, Result, Success, Failure } from "./model/issue";
export type { EngineIssueCode } from "./steps/engine-issues";
export { validationIssues, type ValidationIssueCode } from "./validate/validation-issues";
export { timeIssueCatalogue, type TimeIssueCode } from "./time/time-issues";
