import type { Issue, Severity } from "./model/issue";

import type { Bilingual, Language } from "./language";

/** Where an issue lies and what it concerns; every field is optional. */
export type IssuePlace = Omit<Issue, "code" | "severity" | "message">;

/**
 * One catalogue entry: the default severity, a short title that names the code for a reader (the heading
 * its issues are listed under), and the message in both languages, from its parameters.
 */
export interface IssueDefinition<Parameters> {
  readonly severity: Severity;
  readonly title: Bilingual;
  readonly nb: (parameters: Parameters) => string;
  readonly en: (parameters: Parameters) => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry declares its own parameter type
export type IssueCatalogue = Readonly<Record<string, IssueDefinition<any>>>;

type ParametersOf<Definition> =
  Definition extends IssueDefinition<infer Parameters> ? Parameters : never;

/**
 * Builds the issue factory of one catalogue, so that a code, its parameters and its message can only be
 * used together: `report("zero_range", { indicator: "CO2" }, { indicator: "CO2", year: 2023 })`.
 */
export function issueFactory<Catalogue extends IssueCatalogue>(catalogue: Catalogue) {
  return function report<Code extends keyof Catalogue & string>(
    code: Code,
    parameters: ParametersOf<Catalogue[Code]>,
    place: IssuePlace = {},
    severity?: Severity
  ): Issue<Code> {
    const definition = catalogue[code] as IssueDefinition<ParametersOf<Catalogue[Code]>>;
    return {
      code,
      severity: severity ?? definition.severity,
      message: { nb: definition.nb(parameters), en: definition.en(parameters) },
      ...place,
    };
  };
}

export function messageIn(issue: Issue, language: Language): string {
  return issue.message[language];
}
