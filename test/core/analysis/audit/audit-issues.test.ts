import { messageIn } from "../../../../src/core/issues";
import { reportAuditIssue } from "../../../../src/core/analysis/audit/audit-issues";

describe("audit issue messages", () => {
  it("write the correlation and its threshold with a decimal comma in bokmål and a point in English", () => {
    const issue = reportAuditIssue("audit_high_correlation", {
      group: "D1",
      first: "GHG_TOTAL",
      second: "GHG_PER_CAPITA",
      pearson: 0.9541,
      threshold: 0.9,
    });
    expect(messageIn(issue, "nb")).toContain("r = 0,954, over 0,900");
    expect(messageIn(issue, "en")).toContain("r = 0.954, above 0.900");
  });

  it("write a negative correlation, an alpha and a share with a decimal comma in bokmål", () => {
    const weak = reportAuditIssue("audit_weak_dimension_correlation", {
      indicator: "HH_WASTE_RECYCLING_SHARE",
      parent: "D5",
      pearson: -0.18,
      threshold: 0.2,
    });
    const alpha = reportAuditIssue("audit_low_alpha", {
      group: "D4",
      alpha: 0.58,
      count: 5,
      threshold: 0.7,
    });
    const share = reportAuditIssue("audit_weak_first_component", {
      group: "D4",
      share: 0.41,
      threshold: 0.5,
    });
    expect(messageIn(weak, "nb")).toContain("r = -0,180 med sin dimensjon D5, under 0,200");
    expect(messageIn(alpha, "nb")).toContain("alfa er 0,580 for 5 indikatorer, under 0,700");
    expect(messageIn(share, "nb")).toContain("forklarer 0,410 av variansen, under 0,500");
  });
});
