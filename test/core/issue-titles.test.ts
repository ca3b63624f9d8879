import {
  issueCatalogues,
  issueFactory,
  issueRenderer,
  issueTitle,
  messageIn,
  titleOf,
  type IssueCatalogue,
  type IssueCode,
  type IssueDefinition,
} from "../../src/core/issues";
import { reportEngineIssue } from "../../src/core/steps/engine-issues";

const definitions = issueCatalogues.flatMap((catalogue) =>
  Object.entries(catalogue as Readonly<Record<string, IssueDefinition<never>>>)
);

describe("issue titles", () => {
  it("no two catalogues share a code, so each code has one title", () => {
    const codes = definitions.map(([code]) => code);
    expect(codes.length).toBeGreaterThan(100);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(definitions)("%s has a short title in bokmål and in English", (code, definition) => {
    for (const title of [definition.title.nb, definition.title.en]) {
      expect(title.trim()).not.toBe("");
      expect(title).not.toContain("_");
      expect(title.length).toBeLessThanOrEqual(50);
    }
    expect(issueTitle(code as IssueCode, "nb")).toBe(definition.title.nb);
    expect(issueTitle(code as IssueCode, "en")).toBe(definition.title.en);
  });

  it("names an issue by its code's title in the language asked for", () => {
    const outlier = { code: "value_outlier" } as const;
    expect(titleOf(outlier, "nb")).toBe("Uteligger");
    expect(titleOf(outlier, "en")).toBe("Outlier");
  });

  it("shows a code no catalogue knows as itself rather than blank", () => {
    const unknown = { code: "not_a_code", severity: "info", parameters: {} } as const;
    expect(titleOf(unknown, "nb")).toBe("not_a_code");
    expect(messageIn(unknown, "en")).toBe("not_a_code");
  });
});

describe("issues as data", () => {
  it("keep their code, place and parameters, and no text", () => {
    const issue = reportEngineIssue("zero_range", { indicatorId: "CO2" }, { year: 2023 });
    expect(issue).toEqual({
      code: "zero_range",
      severity: "warning",
      parameters: { indicatorId: "CO2" },
      year: 2023,
    });
  });

  it("keep their parameters typed by their code", () => {
    const issue = reportEngineIssue("zero_range", { indicatorId: "CO2" });
    const indicatorId: string = issue.parameters.indicatorId;
    expect(indicatorId).toBe("CO2");
  });

  it("are rendered in the language asked for, from the catalogue entry of their code", () => {
    const issue = reportEngineIssue("zero_range", { indicatorId: "CO2" });
    expect(messageIn(issue, "nb")).toBe(
      'Alle verdiene av "CO2" er like; de kan ikke skaleres og blir manglende.'
    );
    expect(messageIn(issue, "en")).toBe(
      'All values of "CO2" are equal; they cannot be scaled and become missing.'
    );
  });

  it("render the same after a trip through JSON, as the pane and --json carry them", () => {
    const issue = reportEngineIssue("zero_range", { indicatorId: "CO2" }, { year: 2023 });
    const carried = JSON.parse(JSON.stringify(issue)) as typeof issue;
    expect(messageIn(carried, "en")).toBe(messageIn(issue, "en"));
  });

  it("take the severity given over the catalogue's", () => {
    expect(reportEngineIssue("zero_range", { indicatorId: "CO2" }, {}, "info").severity).toBe(
      "info"
    );
  });

  it("are rendered by the first catalogue of a renderer that defines their code", () => {
    const own = {
      zero_range: {
        severity: "error",
        title: { nb: "Like tall", en: "Equal numbers" },
        nb: (p: { count: number }) => `${p.count} like tall.`,
        en: (p: { count: number }) => `${p.count} equal numbers.`,
      },
    } as const satisfies IssueCatalogue;
    const renderer = issueRenderer([own, ...issueCatalogues]);
    const issue = issueFactory(own)("zero_range", { count: 3 });
    expect(renderer.messageIn(issue, "en")).toBe("3 equal numbers.");
    expect(renderer.titleOf(issue, "nb")).toBe("Like tall");
    expect(renderer.titleOf({ code: "value_outlier" }, "en")).toBe("Outlier");
    expect(renderer.knows("zero_range")).toBe(true);
    expect(renderer.knows("not_a_code")).toBe(false);
  });
});
