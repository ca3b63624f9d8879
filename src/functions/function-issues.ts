import {
  issueFactory,
  issueRenderer,
  type IssueDefinition,
  type IssueRenderer,
} from "../core/issue-catalogue";
import type { Bilingual } from "../core/language";
import {
  decouplingIssueCatalogue,
  type DecouplingIssueCode,
} from "../core/analysis/decoupling-issues";
import { timeIssueCatalogue, type TimeIssueCode } from "../core/time/time-issues";

/** The two Excel errors that can carry a message: #N/A for "nothing to compute with", #VALUE! for the rest. */
export type MessageError = "#N/A" | "#VALUE!";

interface FunctionIssueDefinition<Parameters> extends IssueDefinition<Parameters> {
  readonly excelError: MessageError;
}

const percent = (share: number) => `${(Math.round(share * 1000) / 10).toString()} %`;

/**
 * Problems a custom function reports as an Excel error with a message, each with the error it becomes. A
 * code core reports too means the same here and has core's title (a test holds them equal); the message
 * is worded for a cell. Only this catalogue and the time layer's are bundled with the functions.
 */
export const functionIssues = {
  value_missing: {
    severity: "error",
    title: { nb: "Verdi mangler", en: "Value missing" },
    excelError: "#N/A",
    nb: () => "Verdien mangler: cellen er tom.",
    en: () => "The value is missing: the cell is empty.",
  },
  value_not_number: {
    severity: "error",
    title: { nb: "Ikke et tall", en: "Not a number" },
    excelError: "#VALUE!",
    nb: (p: { text: string }) => `«${p.text}» er ikke et tall.`,
    en: (p: { text: string }) => `"${p.text}" is not a number.`,
  },
  peers_without_numbers: {
    severity: "error",
    title: { nb: "Ingen tall å sammenligne med", en: "No numbers among the peers" },
    excelError: "#N/A",
    nb: () => "Sammenligningsområdet inneholder ingen tall.",
    en: () => "The peer range holds no numbers.",
  },
  peers_all_equal: {
    severity: "error",
    title: { nb: "Alle sammenligningstallene er like", en: "All peers equal" },
    excelError: "#VALUE!",
    nb: (p: { value: number; method: Bilingual }) =>
      `Alle tallene i sammenligningsområdet er like (${p.value}): skåren med ${p.method.nb} er ikke definert.`,
    en: (p: { value: number; method: Bilingual }) =>
      `All numbers in the peer range are equal (${p.value}): the ${p.method.en} score is undefined.`,
  },
  peers_too_few: {
    severity: "error",
    title: { nb: "For få tall å sammenligne med", en: "Too few peers" },
    excelError: "#N/A",
    nb: (p: { method: Bilingual; needed: number; present: number }) =>
      `Metoden ${p.method.nb} trenger minst ${p.needed} tall i sammenligningsområdet; det har ${p.present}.`,
    en: (p: { method: Bilingual; needed: number; present: number }) =>
      `The method ${p.method.en} needs at least ${p.needed} numbers in the peer range; it holds ${p.present}.`,
  },
  target_not_beyond_peers: {
    severity: "error",
    title: {
      nb: "Målet er ikke bedre enn svakeste verdi",
      en: "Target not beyond the weakest peer",
    },
    excelError: "#VALUE!",
    nb: (p: { target: number }) =>
      `Målet ${p.target} er ikke bedre enn den svakeste verdien: avstand til mål er ikke definert.`,
    en: (p: { target: number }) =>
      `The target ${p.target} is not better than the weakest peer: the distance to target is undefined.`,
  },
  argument_not_accepted: {
    severity: "error",
    title: { nb: "Ugyldig argument", en: "Argument not accepted" },
    excelError: "#VALUE!",
    nb: (p: { argument: string; accepted: Bilingual }) =>
      `Ugyldig ${p.argument}: bruk ${p.accepted.nb}.`,
    en: (p: { argument: string; accepted: Bilingual }) =>
      `Invalid ${p.argument}: use ${p.accepted.en}.`,
  },
  argument_missing: {
    severity: "error",
    title: { nb: "Argument mangler", en: "Argument missing" },
    excelError: "#N/A",
    nb: (p: { argument: string }) => `${p.argument} mangler: cellen er tom.`,
    en: (p: { argument: string }) => `The ${p.argument} is missing: the cell is empty.`,
  },
  argument_required: {
    severity: "error",
    title: { nb: "Metoden trenger et argument", en: "The method needs an argument" },
    excelError: "#VALUE!",
    nb: (p: { argument: string; meaning: Bilingual; method: Bilingual }) =>
      `Metoden ${p.method.nb} trenger ${p.argument} (${p.meaning.nb}).`,
    en: (p: { argument: string; meaning: Bilingual; method: Bilingual }) =>
      `The method ${p.method.en} needs ${p.argument} (${p.meaning.en}).`,
  },
  argument_not_used: {
    severity: "error",
    title: { nb: "Argumentet brukes ikke", en: "Argument not used" },
    excelError: "#VALUE!",
    nb: (p: { argument: string; method: Bilingual }) =>
      `Metoden ${p.method.nb} bruker ikke ${p.argument}: la argumentet stå tomt.`,
    en: (p: { argument: string; method: Bilingual }) =>
      `The method ${p.method.en} does not use ${p.argument}: leave it empty.`,
  },
  weights_mismatch: {
    severity: "error",
    title: { nb: "Feil antall vekter", en: "Wrong number of weights" },
    excelError: "#VALUE!",
    nb: (p: { weights: number; columns: number }) =>
      `weights har ${p.weights} celler, men det er ${p.columns} kolonner med skårer: gi én vekt per kolonne.`,
    en: (p: { weights: number; columns: number }) =>
      `weights has ${p.weights} cells but the scores have ${p.columns} columns: give one weight per column.`,
  },
  no_scores_present: {
    severity: "error",
    title: { nb: "Ingen skårer i raden", en: "No scores in the row" },
    excelError: "#N/A",
    nb: () => "Ingen skårer i raden: alle mangler.",
    en: () => "No score in the row is present.",
  },
  below_coverage: {
    severity: "error",
    title: { nb: "Under dekningskravet", en: "Below the coverage minimum" },
    excelError: "#N/A",
    nb: (p: { coverage: number; minimum: number }) =>
      `Dekningen er ${percent(p.coverage)} av vekten, under minstekravet ${percent(p.minimum)}.`,
    en: (p: { coverage: number; minimum: number }) =>
      `Coverage is ${percent(p.coverage)} of the weight, below the minimum of ${percent(p.minimum)}.`,
  },
  outside_domain: {
    severity: "error",
    title: { nb: "Verdi utenfor middelets område", en: "Value outside the mean's domain" },
    excelError: "#VALUE!",
    nb: (p: { mean: Bilingual; requirement: string; value: number }) =>
      `Et ${p.mean.nb} krever skårer ${p.requirement}; raden har ${p.value}.`,
    en: (p: { mean: Bilingual; requirement: string; value: number }) =>
      `The ${p.mean.en} needs scores ${p.requirement}; the row holds ${p.value}.`,
  },
  no_decomposition: {
    severity: "info",
    title: { nb: "Ingen oppdeling i bidrag", en: "No decomposition into contributions" },
    excelError: "#VALUE!",
    nb: (p: { mean: Bilingual }) =>
      `Et ${p.mean.nb} deles ikke opp i bidrag: der gir en høyere skår en mindre andel.`,
    en: (p: { mean: Bilingual }) =>
      `The ${p.mean.en} is not split into contributions: there a higher score gets a smaller share.`,
  },
  log_of_one: {
    severity: "info",
    title: { nb: "Ingen oppdeling i bidrag", en: "No decomposition into contributions" },
    excelError: "#VALUE!",
    nb: () =>
      "Det geometriske gjennomsnittet er 1, så logaritmen er 0 og kan ikke deles i andeler.",
    en: () => "The geometric mean is 1, so its logarithm is 0 and cannot be split into shares.",
  },
  zero_weight_sum: {
    severity: "error",
    title: { nb: "Vektene summerer til 0", en: "Weights sum to 0" },
    excelError: "#N/A",
    nb: () => "Vektene til skårene som finnes, summerer til 0.",
    en: () => "The weights of the present scores sum to 0.",
  },
  indicator_unknown: {
    severity: "error",
    title: { nb: "Ukjent indikator", en: "Unknown indicator" },
    excelError: "#N/A",
    nb: (p: { id: string }) => `Standardkatalogen har ingen indikator med id «${p.id}».`,
    en: (p: { id: string }) => `The default catalogue has no indicator with id "${p.id}".`,
  },
  field_empty: {
    severity: "error",
    title: { nb: "Feltet er tomt", en: "Field empty" },
    excelError: "#N/A",
    nb: (p: { id: string }) => `Indikatoren ${p.id} har ingen verdi i dette feltet.`,
    en: (p: { id: string }) => `The indicator ${p.id} has no value in this field.`,
  },
  result_not_finite: {
    severity: "error",
    title: { nb: "Resultatet er ikke et endelig tall", en: "Result not a finite number" },
    excelError: "#VALUE!",
    nb: () => "Resultatet er ikke et endelig tall (for stort eller udefinert).",
    en: () => "The result is not a finite number (too large or undefined).",
  },
  unexpected_failure: {
    severity: "error",
    title: { nb: "Uventet feil", en: "Unexpected failure" },
    excelError: "#VALUE!",
    // The detail is the exception's own text, kept as it came for whoever reads the report.
    nb: (p: { functionName: string; detail: string }) =>
      `VEIKART.${p.functionName} kunne ikke regne ut dette (${p.detail}). Meld gjerne fra om feilen.`,
    en: (p: { functionName: string; detail: string }) =>
      `VEIKART.${p.functionName} could not compute this (${p.detail}). Please report it.`,
  },
} as const satisfies Readonly<Record<string, FunctionIssueDefinition<never>>>;

export type FunctionIssueCode = keyof typeof functionIssues;

export const reportFunctionIssue = issueFactory(functionIssues);

/** The text of every issue a custom function can give: its own, then the time layer's and decoupling's reasons. */
export const functionIssueText: IssueRenderer = issueRenderer([
  functionIssues,
  timeIssueCatalogue,
  decouplingIssueCatalogue,
]);

/**
 * The time layer's reasons (src/core/time) that mean there is nothing to compute with, so #N/A: too few
 * years with values, no value in the base year, a target the trend never reaches. Every other time reason
 * (a malformed series, an undefined growth rate, a bad argument) is #VALUE!.
 */
const timeReasonsNotAvailable: ReadonlySet<string> = new Set<TimeIssueCode>([
  "too_few_points",
  "base_year_without_value",
  "not_on_current_trend",
  "unit_year_not_in_results",
  "rank_missing",
  "score_missing",
]);

/** Decoupling's reasons that mean there is nothing to compute with (a missing value, a driver that did not move). */
const decouplingReasonsNotAvailable: ReadonlySet<string> = new Set<DecouplingIssueCode>([
  "decoupling_value_missing",
  "decoupling_driver_unchanged",
]);

/** The Excel error an issue code becomes: this catalogue's, #N/A for the time reasons above, else #VALUE!. */
export function excelErrorFor(code: string): MessageError {
  if (code in functionIssues) return functionIssues[code as FunctionIssueCode].excelError;
  return timeReasonsNotAvailable.has(code) || decouplingReasonsNotAvailable.has(code)
    ? "#N/A"
    : "#VALUE!";
}
