// The problems of an uncertainty and sensitivity analysis: a variation the parser cannot read, and a
// request the analysis cannot run as asked. Messages in bokmål and English.
import { issueFactory, type IssueDefinition } from "../issue-catalogue";

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const listed = (words: readonly string[]) => words.join(", ");

export const sensitivityIssueCatalogue = {
  unknown_varied_input: define<{ name: string; known: readonly string[] }>({
    severity: "error",
    title: { nb: "Ukjent valg å variere", en: "Unknown input to vary" },
    nb: ({ name, known }) => `"${name}" kan ikke varieres; bruk en av ${listed(known)}.`,
    en: ({ name, known }) => `"${name}" cannot be varied; use one of ${listed(known)}.`,
  }),
  no_alternatives: define<{ input: string }>({
    severity: "error",
    title: { nb: "Ingen alternativer", en: "No alternatives" },
    nb: ({ input }) => `${input} har ingen alternativer oppgitt.`,
    en: ({ input }) => `${input} has no alternatives given.`,
  }),
  unknown_alternative: define<{ input: string; value: string; known: readonly string[] }>({
    severity: "error",
    title: { nb: "Ukjent alternativ", en: "Unknown alternative" },
    nb: ({ input, value, known }) =>
      `"${value}" er ikke et alternativ for ${input}; bruk en av ${listed(known)}.`,
    en: ({ input, value, known }) =>
      `"${value}" is not an alternative for ${input}; use one of ${listed(known)}.`,
  }),
  alternative_needs_parameter: define<{ input: string; value: string; parameter: string }>({
    severity: "error",
    title: { nb: "Alternativet trenger en innstilling", en: "Alternative needs a setting" },
    nb: ({ input, value, parameter }) =>
      `${input}: "${value}" har ingen standardverdi for ${parameter} og kan ikke brukes som alternativ.`,
    en: ({ input, value, parameter }) =>
      `${input}: "${value}" has no default for ${parameter} and cannot be used as an alternative.`,
  }),
  duplicate_alternative: define<{ input: string; value: string }>({
    severity: "error",
    title: { nb: "Alternativ oppgitt to ganger", en: "Alternative given twice" },
    nb: ({ input, value }) => `${input}: "${value}" er oppgitt mer enn én gang.`,
    en: ({ input, value }) => `${input}: "${value}" is given more than once.`,
  }),
  invalid_share: define<{ input: string; value: string }>({
    severity: "error",
    title: { nb: "Ugyldig andel", en: "Invalid share" },
    nb: ({ input, value }) =>
      `${input}: "${value}" er ikke en andel fra 0 til 1 (eller 0 % til 100 %).`,
    en: ({ input, value }) => `${input}: "${value}" is not a share from 0 to 1 (or 0 % to 100 %).`,
  }),
  invalid_noise: define<{ value: string }>({
    severity: "error",
    title: { nb: "Ugyldig støy på vektene", en: "Invalid weights noise" },
    nb: ({ value }) =>
      `weights: "${value}" er ikke en støy over 0 og under 100 % (for eksempel 25% eller 0.25).`,
    en: ({ value }) =>
      `weights: "${value}" is not a noise above 0 and below 100 % (for example 25% or 0.25).`,
  }),
  no_input_varied: define<Record<string, never>>({
    severity: "warning",
    title: { nb: "Ingenting varieres", en: "Nothing varied" },
    nb: () => "Ingen valg varieres, så alle rangeringer er lik den nominelle.",
    en: () => "No input is varied, so every ranking equals the nominal one.",
  }),
  single_alternative: define<{ input: string }>({
    severity: "warning",
    title: { nb: "Bare ett alternativ", en: "Only one alternative" },
    nb: ({ input }) => `${input} har bare ett alternativ og varierer ikke.`,
    en: ({ input }) => `${input} has only one alternative and does not vary.`,
  }),
  samples_out_of_range: define<{ samples: number; minimum: number; maximum: number }>({
    severity: "error",
    title: { nb: "Antall replikasjoner utenfor grensene", en: "Replications out of range" },
    nb: ({ samples, minimum, maximum }) =>
      `${samples} replikasjoner er utenfor grensene ${minimum} til ${maximum}; nærmeste grense brukes.`,
    en: ({ samples, minimum, maximum }) =>
      `${samples} replications is outside ${minimum} to ${maximum}; the nearest limit is used.`,
  }),
  year_without_units: define<{ year: number }>({
    severity: "error",
    title: { nb: "Ingen enheter i året", en: "No units in the year" },
    nb: ({ year }) => `Dataene har ingen enheter i ${year}; det er ingen rangering å analysere.`,
    en: ({ year }) => `The data have no units in ${year}; there is no ranking to analyse.`,
  }),
  replication_without_ranks: define<{ run: number }>({
    severity: "warning",
    title: { nb: "Replikasjon uten rangering", en: "Replication without ranks" },
    nb: ({ run }) =>
      `Replikasjon ${run} ga ingen enhet en indeks, så følsomhetsindeksene kan ikke beregnes.`,
    en: ({ run }) =>
      `Replication ${run} gave no unit an index, so the sensitivity indices cannot be computed.`,
  }),
} as const;

export type SensitivityIssueCode = keyof typeof sensitivityIssueCatalogue;

export const reportSensitivityIssue = issueFactory(sensitivityIssueCatalogue);
