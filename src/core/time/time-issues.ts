import { issueFactory, type IssueDefinition } from "../issue-catalogue";
import type { Bilingual } from "../language";

// The time layer's reasons why a measure of change has no value. Messages in bokmål and English.

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const shown = (value: number) => String(Math.round(value * 1e6) / 1e6);

export const timeIssueCatalogue = {
  // The series
  series_length_mismatch: define<{ years: number; values: number }>({
    severity: "error",
    title: { nb: "Ulikt antall år og verdier", en: "Years and values differ in number" },
    nb: ({ years, values }) =>
      `Det er ${years} år og ${values} verdier; hver verdi trenger sitt år.`,
    en: ({ years, values }) =>
      `There are ${years} years and ${values} values; each value needs its year.`,
  }),
  series_year_invalid: define<{ text: string }>({
    severity: "error",
    title: { nb: "Ugyldig årstall", en: "Invalid year" },
    nb: ({ text }) => `«${text}» er ikke et årstall.`,
    en: ({ text }) => `"${text}" is not a year.`,
  }),
  series_year_repeated: define<{ year: number }>({
    severity: "error",
    title: { nb: "År står flere ganger", en: "Repeated year" },
    nb: ({ year }) => `Året ${year} står mer enn én gang i serien.`,
    en: ({ year }) => `The year ${year} appears more than once in the series.`,
  }),
  too_few_points: define<{ needed: number; present: number }>({
    severity: "warning",
    title: { nb: "For få år med verdier", en: "Too few years with values" },
    nb: ({ needed, present }) =>
      `Trenger minst ${needed} år med verdier, men serien har ${present}.`,
    en: ({ needed, present }) =>
      `Needs at least ${needed} ${needed === 1 ? "year" : "years"} with values, but the series has ${present}.`,
  }),
  time_number_invalid: define<{ name: string; text: string }>({
    severity: "error",
    title: { nb: "Argumentet er ikke et tall", en: "Argument not a number" },
    nb: ({ name, text }) => `${name} er «${text}»; det må være et tall.`,
    en: ({ name, text }) => `The ${name} is "${text}"; it must be a number.`,
  }),

  // Index and change
  base_year_without_value: define<{ baseYear: number }>({
    severity: "warning",
    title: { nb: "Ingen verdi i basisåret", en: "No value in the base year" },
    nb: ({ baseYear }) => `Serien har ingen verdi i basisåret ${baseYear}.`,
    en: ({ baseYear }) => `The series has no value in the base year ${baseYear}.`,
  }),
  base_value_zero: define<{ baseYear: number }>({
    severity: "warning",
    title: { nb: "Verdien i basisåret er 0", en: "Base year value is 0" },
    nb: ({ baseYear }) =>
      `Verdien i basisåret ${baseYear} er 0; en indeks eller prosentvis endring fra 0 er ikke definert.`,
    en: ({ baseYear }) =>
      `The value in the base year ${baseYear} is 0; an index or a relative change from 0 is undefined.`,
  }),

  // Growth rate (CAGR)
  growth_start_not_positive: define<{ value: number; year: number }>({
    severity: "warning",
    title: { nb: "Startverdien er ikke over 0", en: "First value not above 0" },
    nb: ({ value, year }) =>
      `Årlig vekstrate krever en startverdi over 0; verdien i ${year} er ${shown(value)}.`,
    en: ({ value, year }) =>
      `The annual growth rate needs a first value above 0; the value in ${year} is ${shown(value)}.`,
  }),
  growth_end_negative: define<{ value: number; year: number }>({
    severity: "warning",
    title: { nb: "Sluttverdien er negativ", en: "Last value below 0" },
    nb: ({ value, year }) =>
      `Årlig vekstrate krever en sluttverdi på 0 eller mer; verdien i ${year} er ${shown(value)}.`,
    en: ({ value, year }) =>
      `The annual growth rate needs a last value of 0 or more; the value in ${year} is ${shown(value)}.`,
  }),
  trend_method_invalid: define<{ text: string }>({
    severity: "error",
    title: { nb: "Ukjent trendmetode", en: "Unknown trend method" },
    nb: ({ text }) => `Metoden «${text}» er ukjent; bruk "linear" eller "cagr".`,
    en: ({ text }) => `The method "${text}" is unknown; use "linear" or "cagr".`,
  }),

  // Targets
  change_direction_invalid: define<{ text: string }>({
    severity: "error",
    title: { nb: "Retningen passer ikke mot et mål", en: "Direction unusable towards a target" },
    nb: ({ text }) =>
      `Retningen «${text}» kan ikke brukes mot et mål; bruk 1 (høyere er bedre) eller -1 (lavere er bedre).`,
    en: ({ text }) =>
      `The direction "${text}" cannot be used towards a target; use 1 (higher is better) or -1 (lower is better).`,
  }),
  target_direction_unclear: define<{ target: number }>({
    severity: "warning",
    title: { nb: "Uklar retning mot målet", en: "Direction towards the target unclear" },
    nb: ({ target }) =>
      `Målet ${shown(target)} er lik utgangsverdien; oppgi retningen (1 eller -1) for å vurdere fremgangen.`,
    en: ({ target }) =>
      `The target ${shown(target)} equals the baseline; give the direction (1 or -1) to judge progress.`,
  }),
  baseline_beyond_target: define<{ baseline: number; target: number }>({
    severity: "warning",
    title: { nb: "Utgangsverdien nådde allerede målet", en: "Baseline already met the target" },
    nb: ({ baseline, target }) =>
      `Utgangsverdien ${shown(baseline)} nådde allerede målet ${shown(target)}, men siste verdi gjør det ikke; andelen av avstanden er ikke definert.`,
    en: ({ baseline, target }) =>
      `The baseline ${shown(baseline)} already met the target ${shown(target)}, but the latest value does not; the share of the distance is undefined.`,
  }),
  target_year_not_after_baseline: define<{ targetYear: number; baselineYear: number }>({
    severity: "warning",
    title: { nb: "Målåret er ikke etter utgangsåret", en: "Target year not after the baseline" },
    nb: ({ targetYear, baselineYear }) =>
      `Målåret ${targetYear} er ikke etter utgangsåret ${baselineYear}; nødvendig tempo er ikke definert.`,
    en: ({ targetYear, baselineYear }) =>
      `The target year ${targetYear} is not after the baseline year ${baselineYear}; the pace needed is undefined.`,
  }),
  not_on_current_trend: define<{ target: number }>({
    severity: "info",
    title: { nb: "Målet nås ikke med dagens trend", en: "Target not reached on the current trend" },
    nb: ({ target }) => `Målet ${shown(target)} nås ikke med dagens trend.`,
    en: ({ target }) => `The target ${shown(target)} is not reached on the current trend.`,
  }),
  on_track_setting_invalid: define<{ setting: string; value: string; expected: Bilingual }>({
    severity: "error",
    title: { nb: "Ugyldig innstilling for måloppnåelse", en: "Invalid on-track setting" },
    nb: ({ setting, value, expected }) =>
      `Innstillingen ${setting} er «${value}»; den må være ${expected.nb}.`,
    en: ({ setting, value, expected }) =>
      `The setting ${setting} is "${value}"; it must be ${expected.en}.`,
  }),
  result_not_finite: define<Record<string, never>>({
    severity: "warning",
    title: { nb: "Resultatet er ikke et endelig tall", en: "Result not a finite number" },
    nb: () => "Resultatet blir for stort eller er ikke definert.",
    en: () => "The result is too large or undefined.",
  }),

  // Over the engine's results
  unit_year_not_in_results: define<{ unitCode: string; year: number }>({
    severity: "warning",
    title: { nb: "Ingen resultater for enheten det året", en: "No results for the unit that year" },
    nb: ({ unitCode, year }) => `Enheten ${unitCode} har ingen resultater for ${year}.`,
    en: ({ unitCode, year }) => `The unit ${unitCode} has no results for ${year}.`,
  }),
  rank_missing: define<Record<string, never>>({
    severity: "info",
    title: { nb: "Rangering mangler", en: "Rank missing" },
    nb: () => "Rangeringen mangler i ett av årene; endringen kan ikke beregnes.",
    en: () => "The rank is missing in one of the years; the change cannot be computed.",
  }),
  score_missing: define<{ id: string; year: number }>({
    severity: "info",
    title: { nb: "Skår mangler", en: "Score missing" },
    nb: ({ id, year }) => `«${id}» har ingen skår i ${year}; endringen kan ikke deles opp.`,
    en: ({ id, year }) => `"${id}" has no score in ${year}; its change cannot be split.`,
  }),
  own_change_undefined: define<{ id: string; year: number }>({
    severity: "info",
    title: { nb: "Egen endring er ikke definert", en: "Own change undefined" },
    nb: ({ id, year }) =>
      `«${id}»: skåren med grensene fra ${year} er ikke definert (verdiene var like eller manglet, eller gjennomsnittet godtar dem ikke).`,
    en: ({ id, year }) =>
      `"${id}": the score at the bounds of ${year} is undefined (the values were equal or missing, or the mean does not accept them).`,
  }),
  decomposition_needs_min_max: define<{ indicatorId: string; method: string }>({
    severity: "warning",
    title: { nb: "Oppdelingen krever min-maks", en: "The split needs min-max" },
    nb: ({ indicatorId, method }) =>
      `«${indicatorId}» normaliseres med ${method} per år; endringen kan bare deles i egen endring og flyttede grenser for min-maks.`,
    en: ({ indicatorId, method }) =>
      `"${indicatorId}" is normalised with ${method} per year; a change can be split into own change and moved bounds only for min-max.`,
  }),
  decomposition_needs_values: define<Record<string, never>>({
    severity: "warning",
    title: {
      nb: "Oppdelingen krever verdiene før normalisering",
      en: "The split needs the values before normalising",
    },
    nb: () =>
      "Kjøringen startet med normaliserte data; verdiene før normalisering trengs for å dele opp endringen.",
    en: () =>
      "The run started from normalised data; the values before normalising are needed to split the change.",
  }),
} as const;

export type TimeIssueCode = keyof typeof timeIssueCatalogue;

export const reportTimeIssue = issueFactory(timeIssueCatalogue);
