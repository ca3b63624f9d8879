import {
  issueCatalogues,
  issueTitle,
  titleOf,
  type IssueCode,
  type IssueDefinition,
} from "../../src/core/issues";

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
    const outlier = {
      code: "value_outlier",
      severity: "warning",
      message: { nb: "", en: "" },
    } as const;
    expect(titleOf(outlier, "nb")).toBe("Uteligger");
    expect(titleOf(outlier, "en")).toBe("Outlier");
  });

  it("shows a code no catalogue knows as itself rather than blank", () => {
    const unknown = { code: "not_a_code", severity: "info", message: { nb: "", en: "" } } as const;
    expect(titleOf(unknown, "nb")).toBe("not_a_code");
  });
});
