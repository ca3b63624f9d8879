import type { Issue, IssuePlace, Severity } from "./model/issue";

import type { Bilingual, Language } from "./language";

export type { IssuePlace } from "./model/issue";

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
 * Builds the issue factory of one catalogue, so that a code and its parameters can only be used together:
 * `report("zero_range", { indicator: "CO2" }, { indicator: "CO2", year: 2023 })`. The issue keeps the
 * parameters; its text is rendered where it is shown.
 */
export function issueFactory<Catalogue extends IssueCatalogue>(catalogue: Catalogue) {
  return function report<Code extends keyof Catalogue & string>(
    code: Code,
    parameters: ParametersOf<Catalogue[Code]>,
    place: IssuePlace = {},
    severity?: Severity
  ): Issue<Code, ParametersOf<Catalogue[Code]>> {
    return {
      code,
      severity: severity ?? (catalogue[code] as IssueDefinition<unknown>).severity,
      parameters,
      ...place,
    };
  };
}

/** What shows issues to a reader: their messages and titles, from the catalogues that define their codes. */
export interface IssueRenderer {
  /** Whether a catalogue of this renderer defines the code. */
  readonly knows: (code: string) => boolean;
  /** The issue's message in a language; a code no catalogue knows is its own message, never blank. */
  readonly messageIn: (issue: Pick<Issue, "code" | "parameters">, language: Language) => string;
  /** An issue's (or a group's) title: "Uteligger" for value_outlier; an unknown code is its own title. */
  readonly titleOf: (issue: Pick<Issue, "code">, language: Language) => string;
}

/**
 * The renderer over some catalogues. A code defined in more than one is rendered by the first, so a face
 * can word a code core shares with it in its own way (the custom functions' catalogue comes first there).
 */
export function issueRenderer(catalogues: readonly IssueCatalogue[]): IssueRenderer {
  const definitions = new Map<string, IssueDefinition<unknown>>();
  for (const catalogue of catalogues)
    for (const [code, definition] of Object.entries(catalogue))
      if (!definitions.has(code)) definitions.set(code, definition as IssueDefinition<unknown>);
  return {
    knows: (code) => definitions.has(code),
    messageIn: (issue, language) =>
      definitions.get(issue.code)?.[language](issue.parameters) ?? issue.code,
    titleOf: (issue, language) => definitions.get(issue.code)?.title[language] ?? issue.code,
  };
}
