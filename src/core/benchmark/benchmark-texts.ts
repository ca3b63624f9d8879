// The words of the generated sheets, in bokmål and English.
import { decimalIn, type Bilingual, type Language } from "../language";
import type { MissingReason } from "../model/pipeline-result";

const percent = (share: number, language: Language) =>
  `${decimalIn(String(Math.round(share * 1000) / 10), language)} %`;

export const benchmarkHeaders = {
  rank: { nb: "Rangering", en: "Rank" },
  unitCode: { nb: "Kode", en: "Code" },
  unitName: { nb: "Enhet", en: "Unit" },
  peerGroup: { nb: "Gruppe", en: "Peer group" },
  index: { nb: "Indeks", en: "Index" },
  coverage: { nb: "Dekning", en: "Coverage" },
  scoreChangeSincePreviousYear: {
    nb: "Endring siden forrige år",
    en: "Change since previous year",
  },
  rankChangeSincePreviousYear: {
    nb: "Plasser siden forrige år",
    en: "Places since previous year",
  },
  scoreChangeSinceBaseYear: { nb: "Endring siden basisår", en: "Change since base year" },
  rankChangeSinceBaseYear: { nb: "Plasser siden basisår", en: "Places since base year" },
  note: { nb: "Merknad", en: "Note" },
  rankInPeerGroup: { nb: "Rangering i gruppen", en: "Rank in group" },
  year: { nb: "År", en: "Year" },
} satisfies Record<string, Bilingual>;

export const benchmarkTitles = {
  sheet: { nb: "Benchmark", en: "Benchmark" },
  ranking: { nb: "Rangering", en: "Ranking" },
  indicatorScores: { nb: "Indikatorskårer", en: "Indicator scores" },
  peerGroupRanking: { nb: "Rangering i sammenligningsgrupper", en: "Rank within peer groups" },
  indexByYear: { nb: "Indeks per år", en: "Index by year" },
  measures: { nb: "Med og uten tiltak", en: "With and without measures" },
} satisfies Record<string, Bilingual>;

export const headerBlockLabels = {
  year: { nb: "År", en: "Year" },
  previousYear: { nb: "Forrige år med data", en: "Previous year with data" },
  baseYear: { nb: "Basisår", en: "Base year" },
  peers: { nb: "Sammenligningsutvalg", en: "Peer set" },
  highlighted: { nb: "Fremhevet", en: "Highlighted" },
  unitCount: { nb: "Antall enheter", en: "Units" },
  fingerprint: { nb: "Dataavtrykk", en: "Data fingerprint" },
  observationCount: { nb: "Observasjoner", en: "Observations" },
  ranAt: { nb: "Kjørt", en: "Run at" },
  engineIssues: { nb: "Merknader fra beregningen", en: "Notes from the run" },
  none: { nb: "ingen", en: "none" },
  /** "rad 1234": where a section starts, as Excel numbers the rows. */
  row: { nb: "rad", en: "row" },
} satisfies Record<string, Bilingual>;

/** Why a unit has no index score in the year, in words. */
export function missingScoreNote(
  reason: MissingReason | "no_row",
  coverage: number,
  threshold: number,
  year: number,
  language: Language
): string {
  switch (reason) {
    case "below_coverage":
      return language === "nb"
        ? `Dekning ${percent(coverage, language)} er under grensen på ${percent(threshold, language)}: ingen indeksverdi`
        : `Coverage ${percent(coverage, language)} is below the threshold of ${percent(threshold, language)}: no index score`;
    case "outside_domain":
      return language === "nb"
        ? "En verdi passer ikke med aggregeringsmetoden (som 0 i et geometrisk snitt): ingen indeksverdi"
        : "A value does not suit the aggregation method (such as 0 under a geometric mean): no index score";
    case "zero_weight":
      return language === "nb"
        ? "Vektene til verdiene som finnes summerer seg til 0: ingen indeksverdi"
        : "The weights of the values present sum to 0: no index score";
    case "no_data":
    case "no_row":
      return language === "nb" ? `Ingen data for ${year}` : `No data for ${year}`;
  }
}

export { percent as percentText };
