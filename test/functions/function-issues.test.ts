import { isIssueCode, issueTitle, timeIssueCatalogue } from "../../src/core/issues";
import {
  functionIssues,
  functionIssueText,
  reportFunctionIssue,
} from "../../src/functions/function-issues";
import { reportTimeIssue } from "../../src/core/time/time-issues";

describe("the custom functions' issues", () => {
  const shared = Object.entries(functionIssues).filter(([code]) => isIssueCode(code));

  it("share a few codes with core, each with core's title", () => {
    expect(shared.map(([code]) => code).sort()).toEqual([
      "below_coverage",
      "log_of_one",
      "no_decomposition",
      "outside_domain",
      "result_not_finite",
      "value_not_number",
      "zero_weight_sum",
    ]);
    for (const [code, definition] of shared)
      if (isIssueCode(code))
        expect([code, definition.title]).toEqual([
          code,
          { nb: issueTitle(code, "nb"), en: issueTitle(code, "en") },
        ]);
  });

  it("are rendered in the cell's language from their parameters, in the functions' own words", () => {
    const issue = reportFunctionIssue("weights_mismatch", { weights: 2, columns: 3 });
    expect(issue.parameters).toEqual({ weights: 2, columns: 3 });
    expect(functionIssueText.messageIn(issue, "en")).toBe(
      "weights has 2 cells but the scores have 3 columns: give one weight per column."
    );
    expect(functionIssueText.messageIn(reportFunctionIssue("result_not_finite", {}), "nb")).toBe(
      "Resultatet er ikke et endelig tall (for stort eller udefinert)."
    );
  });

  it("render the time layer's reasons, which the time functions pass on, with the time catalogue's text", () => {
    const reason = reportTimeIssue("too_few_points", { needed: 2, present: 1 });
    expect(functionIssueText.messageIn(reason, "en")).toBe(
      timeIssueCatalogue.too_few_points.en({ needed: 2, present: 1 })
    );
    expect(functionIssueText.titleOf(reason, "nb")).toBe(issueTitle("too_few_points", "nb"));
  });
});
