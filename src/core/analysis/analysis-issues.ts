// Why an analysis of a unit has no answer (contributions, strengths and weaknesses, gaps), and the
// problems of a Tiltak sheet. Messages in bokmål and English.
import { issueFactory, type IssueDefinition } from "../issue-catalogue";
import { decimalIn } from "../language";

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const shown = (value: number) => String(Math.round(value * 1e6) / 1e6);
const komma = (value: number) => decimalIn(shown(value), "nb");

export const analysisIssueCatalogue = {
  // The unit and its index
  unit_not_in_run: define<{ unitCode: string; year: number }>({
    severity: "error",
    title: { nb: "Enheten er ikke med i kjøringen", en: "Unit not in the run" },
    nb: ({ unitCode, year }) => `Enheten ${unitCode} har ingen rad i ${year} i denne kjøringen.`,
    en: ({ unitCode, year }) => `The unit ${unitCode} has no row in ${year} in this run.`,
  }),
  index_missing: define<{ unitCode: string; indexId: string }>({
    severity: "warning",
    title: { nb: "Enheten har ingen indeks", en: "The unit has no index" },
    nb: ({ unitCode, indexId }) =>
      `${unitCode} har ingen skår for ${indexId} (for få verdier eller utenfor metodens område).`,
    en: ({ unitCode, indexId }) =>
      `${unitCode} has no score for ${indexId} (too few values, or outside the method's domain).`,
  }),
  // Contributions
  no_decomposition: define<{ aggregateId: string; method: string }>({
    severity: "info",
    title: { nb: "Ingen oppdeling i bidrag", en: "No decomposition into contributions" },
    nb: ({ aggregateId, method }) =>
      `${aggregateId} bruker ${method}; der gir en høyere skår en mindre andel, så skåren deles ikke opp i bidrag.`,
    en: ({ aggregateId, method }) =>
      `${aggregateId} uses the ${method}; there a higher score gets a smaller share, so the score is not split into contributions.`,
  }),
  log_of_one: define<{ aggregateId: string }>({
    severity: "info",
    title: { nb: "Ingen oppdeling i bidrag", en: "No decomposition into contributions" },
    nb: ({ aggregateId }) =>
      `Skåren til ${aggregateId} er 1, så logaritmen er 0 og kan ikke deles i andeler.`,
    en: ({ aggregateId }) =>
      `The score of ${aggregateId} is 1, so its logarithm is 0 and cannot be split into shares.`,
  }),
  // Gaps
  indicator_not_scored: define<{ indicatorId: string }>({
    severity: "info",
    title: { nb: "Indikatoren teller ikke", en: "Indicator not scored" },
    nb: ({ indicatorId }) =>
      `${indicatorId} er ikke med i indeksen (kontekstindikator, ukjent eller vekt 0).`,
    en: ({ indicatorId }) =>
      `${indicatorId} is not part of the index (a context indicator, unknown, or weight 0).`,
  }),
  unit_value_missing: define<{ indicatorId: string; unitCode: string }>({
    severity: "info",
    title: { nb: "Ingen verdi å endre", en: "No value to change" },
    nb: ({ indicatorId, unitCode }) => `${unitCode} har ingen verdi for ${indicatorId} dette året.`,
    en: ({ indicatorId, unitCode }) => `${unitCode} has no value of ${indicatorId} that year.`,
  }),
  target_already_reached: define<{ unitCode: string; rank: number }>({
    severity: "info",
    title: { nb: "Målet er nådd", en: "Target already reached" },
    nb: ({ unitCode, rank }) => `${unitCode} står allerede der (rang ${rank}).`,
    en: ({ unitCode, rank }) => `${unitCode} is already there (rank ${rank}).`,
  }),
  no_target_unit: define<{ unitCode: string }>({
    severity: "info",
    title: { nb: "Ingen å gå forbi", en: "No unit to pass" },
    nb: ({ unitCode }) => `Ingen enhet står foran ${unitCode}.`,
    en: ({ unitCode }) => `No unit is ranked above ${unitCode}.`,
  }),
  target_rank_invalid: define<{ rank: number; count: number }>({
    severity: "error",
    title: { nb: "Ugyldig rang", en: "Invalid rank" },
    nb: ({ rank, count }) => `Rang ${rank} finnes ikke; rangene går fra 1 til ${count}.`,
    en: ({ rank, count }) => `There is no rank ${rank}; the ranks run from 1 to ${count}.`,
  }),
  any_improvement: define<{ indicatorId: string; unitCode: string }>({
    severity: "info",
    title: { nb: "Enhver forbedring holder", en: "Any improvement is enough" },
    nb: ({ indicatorId, unitCode }) =>
      `${unitCode} står likt med enheten foran på ${indicatorId}: enhver forbedring, uansett hvor liten, er nok.`,
    en: ({ indicatorId, unitCode }) =>
      `${unitCode} ties with the unit ahead on ${indicatorId}: any improvement, however small, is enough.`,
  }),
  out_of_reach: define<{ indicatorId: string; lower: number; upper: number }>({
    severity: "info",
    title: { nb: "Ikke nok med denne indikatoren", en: "Out of reach with this indicator" },
    nb: ({ indicatorId, lower, upper }) =>
      `Ingen verdi av ${indicatorId} fra ${komma(lower)} til ${komma(upper)} alene er nok, når alt annet er likt.`,
    en: ({ indicatorId, lower, upper }) =>
      `No value of ${indicatorId} from ${shown(lower)} to ${shown(upper)} alone is enough, all else unchanged.`,
  }),
  // The Tiltak sheet
  measure_unit_unknown: define<{ unit: string }>({
    severity: "error",
    title: { nb: "Tiltak for ukjent enhet", en: "Measure for an unknown unit" },
    nb: ({ unit }) =>
      `Enheten «${unit}» står ikke i arket Enheter. Rett koden; tiltaket brukes ikke.`,
    en: ({ unit }) =>
      `The unit "${unit}" is not in the Enheter sheet. Correct the code; the measure is not used.`,
  }),
  measure_indicator_unknown: define<{ indicator: string }>({
    severity: "error",
    title: { nb: "Tiltak for ukjent indikator", en: "Measure for an unknown indicator" },
    nb: ({ indicator }) =>
      `Indikatoren «${indicator}» står ikke i arket Indikatorer. Rett id-en; tiltaket brukes ikke.`,
    en: ({ indicator }) =>
      `The indicator "${indicator}" is not in the Indikatorer sheet. Correct the id; the measure is not used.`,
  }),
  measure_year_outside: define<{ year: string; earliest: number; latest: number }>({
    severity: "error",
    title: { nb: "Tiltaksår utenfor perioden", en: "Measure year out of range" },
    nb: ({ year, earliest, latest }) =>
      `Året «${year}» er ikke et helt år fra ${earliest} (første år med data) til ${latest} (framskrivingsåret). Rett året; tiltaket brukes ikke.`,
    en: ({ year, earliest, latest }) =>
      `The year "${year}" is not a whole year from ${earliest} (the first year with data) to ${latest} (the projection year). Correct it; the measure is not used.`,
  }),
  measure_effect_kind_unknown: define<{ text: string; accepted: string }>({
    severity: "error",
    title: { nb: "Ukjent virkning", en: "Unknown effect kind" },
    nb: ({ text, accepted }) => `«${text}» er ikke en virkning. Skriv en av: ${accepted}.`,
    en: ({ text, accepted }) => `"${text}" is not an effect kind. Write one of: ${accepted}.`,
  }),
  measure_value_out_of_range: define<{
    indicator: string;
    value: number;
    minimum?: number;
    maximum?: number;
  }>({
    severity: "error",
    title: { nb: "Tiltaket gir en umulig verdi", en: "Measure gives an impossible value" },
    nb: ({ indicator, value, minimum, maximum }) =>
      `Tiltaket gir ${indicator} verdien ${komma(value)}, utenfor det mulige området ${minimum ?? "−∞"} til ${maximum ?? "∞"}. Rett effekten; tiltaket brukes ikke.`,
    en: ({ indicator, value, minimum, maximum }) =>
      `The measure gives ${indicator} the value ${shown(value)}, outside its possible range ${minimum ?? "−∞"} to ${maximum ?? "∞"}. Correct the effect; the measure is not used.`,
  }),
  measure_base_missing: define<{ unit: string; indicator: string; year: number }>({
    severity: "warning",
    title: { nb: "Ingen verdi å endre", en: "No value to change" },
    nb: ({ unit, indicator, year }) =>
      `${unit} har ingen verdi for ${indicator} i ${year}, så en endring har ingenting å virke på. Oppgi en ny verdi eller et år med data.`,
    en: ({ unit, indicator, year }) =>
      `${unit} has no value of ${indicator} in ${year}, so a change has nothing to act on. Give a new value, or a year with data.`,
  }),
} as const;

export type AnalysisIssueCode = keyof typeof analysisIssueCatalogue;

export const reportAnalysisIssue = issueFactory(analysisIssueCatalogue);
