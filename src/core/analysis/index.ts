// Analyses beside the index: decoupling of emissions from activity, and the audit of the indicator set.
export {
  decouplingIssueCatalogue,
  reportDecouplingIssue,
  type DecouplingIssueCode,
} from "./decoupling-issues";
export {
  couplingBounds,
  decoupling,
  decouplingDegreeCodes,
  decouplingDegreeNames,
  decouplingDegreeOf,
  type Decoupling,
  type DecouplingDegree,
  type DecouplingInput,
  type DecouplingResult,
} from "./decoupling";
export {
  decouplingOverTime,
  type DecouplingOverTime,
  type DecouplingPeriod,
  type PressureAndDriverSeries,
} from "./decoupling-over-time";
