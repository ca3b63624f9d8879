export { mergeWorkbooks, type MergeSource, type MergedWorkbook } from "./merge-workbooks";
export { mergeIssueCatalogue, reportMergeIssue, type MergeIssueCode } from "./merge-issues";
