// The words of the Profil sheet, in bokmål and English.
import type { Measure, ScenarioUnit } from "../analysis";
import { decimalIn, type Bilingual, type Language } from "../language";

export const profileTitles = {
  sheet: { nb: "Enhetsprofil", en: "Unit profile" },
  contributions: {
    nb: "Bidrag til indeksen per dimensjon",
    en: "Contributions to the index by dimension",
  },
  strengths: { nb: "Styrker", en: "Strengths" },
  weaknesses: { nb: "Svakheter", en: "Weaknesses" },
  trends: { nb: "Dimensjonenes utvikling", en: "How the dimensions have moved" },
  gaps: { nb: "Billigste vei til neste plass", en: "Cheapest ways to the next rank" },
  targets: { nb: "Mot målene", en: "Towards the targets" },
  measures: { nb: "Tiltak og virkning", en: "Measures and their effect" },
} satisfies Record<string, Bilingual>;

export const profileLabels = {
  index: { nb: "Indeks", en: "Index" },
  rank: { nb: "Rangering", en: "Rank" },
  peerGroupRank: { nb: "Rangering i gruppen", en: "Rank in the peer group" },
  baseYear: { nb: "Basisår", en: "Base year" },
  changeSinceBaseYear: { nb: "Endring siden basisåret", en: "Change since the base year" },
  none: { nb: "ingen", en: "none" },
  noGroup: { nb: "hele utvalget", en: "the whole peer set" },
} satisfies Record<string, Bilingual>;

export const profileHeaders = {
  dimension: { nb: "Dimensjon", en: "Dimension" },
  unitPoints: { nb: "Enhetens poeng", en: "The unit's points" },
  peerGroupAverage: { nb: "Snitt i gruppen", en: "Peer group average" },
  indicator: { nb: "Indikator", en: "Indicator" },
  name: { nb: "Navn", en: "Name" },
  value: { nb: "Verdi", en: "Value" },
  rank: { nb: "Plass", en: "Rank" },
  peerGroupRank: { nb: "Plass i gruppen", en: "Rank in group" },
  score: { nb: "Skår", en: "Score" },
  scoreInBaseYear: { nb: "Skår i basisåret", en: "Score in the base year" },
  changeSinceBaseYear: { nb: "Endring siden basisåret", en: "Change since the base year" },
  trendPerYear: { nb: "Trend per år", en: "Trend per year" },
  currentValue: { nb: "Verdi nå", en: "Value now" },
  valueNeeded: { nb: "Verdi som trengs", en: "Value needed" },
  change: { nb: "Endring", en: "Change" },
  changePercent: { nb: "Endring i %", en: "Change in %" },
  bestPeerValue: { nb: "Beste i gruppen", en: "Best in the group" },
  measureYear: { nb: "År", en: "Year" },
  measureEffect: { nb: "Virkning", en: "Effect" },
  measureDescription: { nb: "Beskrivelse", en: "Description" },
  measureOwner: { nb: "Ansvarlig", en: "Owner" },
} satisfies Record<string, Bilingual>;

/** A number rounded for reading: a decimal comma in bokmål, a sign when asked. */
export function readableNumber(
  value: number,
  decimals: number,
  language: Language,
  signed = false
): string {
  const text = value.toFixed(decimals);
  const shown = signed && value > 0 ? `+${text}` : text;
  return language === "nb" ? decimalIn(shown, language).replace("-", "−") : shown;
}

/** "3 av 6" / "3 of 6". */
export function rankOf(rank: number, among: number, language: Language): string {
  return language === "nb" ? `${rank} av ${among}` : `${rank} of ${among}`;
}

/** The sheet's title line: "Enhetsprofil: Stjørdal (5035), 2023". */
export function profileHeading(
  unitName: string,
  unitCode: string,
  year: number,
  language: Language
): string {
  return `${profileTitles.sheet[language]}: ${unitName} (${unitCode}), ${year}`;
}

/** The index change since the base year with the places gained, "+3,2 poeng (+1 plass)". */
export function changeText(change: number, places: number | null, language: Language): string {
  const points = `${readableNumber(change, 1, language, true)} ${language === "nb" ? "poeng" : "points"}`;
  if (places === null) return points;
  const word =
    language === "nb"
      ? Math.abs(places) === 1
        ? "plass"
        : "plasser"
      : Math.abs(places) === 1
        ? "place"
        : "places";
  return `${points} (${readableNumber(places, 0, language, true)} ${word})`;
}

/** Why the contributions table is empty, or the split it uses, in the line under it. */
export const contributionNotes = {
  arithmetic: {
    nb: "Poeng = effektiv vekt × skår, vektene skalert over indikatorene enheten har verdi for; dimensjonenes poeng summerer til indeksen.",
    en: "Points = effective weight × score, the weights rescaled over the indicators the unit has values for; the dimensions' points sum to the index.",
  },
  shares: {
    nb: "Poengene er andeler av middelet (geometrisk: av logaritmen); de summerer til indeksen.",
    en: "The points are shares of the mean (geometric: of its logarithm); they sum to the index.",
  },
  gaps: {
    nb: "Den minste endringen i én indikator, alt annet likt, som løfter enheten forbi enheten rett over; sortert etter endring i prosent.",
    en: "The smallest change in one indicator, all else unchanged, that lifts the unit past the unit just above it; ordered by the change in per cent.",
  },
} satisfies Record<string, Bilingual>;

/** A measure's effect in words: "= 90", "+8", "+5 %". */
export function effectText(measure: Measure, language: Language): string {
  const { effect } = measure;
  if (effect.kind === "new-value") return `= ${readableNumber(effect.value, 1, language)}`;
  if (effect.kind === "absolute-change") return readableNumber(effect.change, 1, language, true);
  return `${readableNumber(effect.percent, 1, language, true)} %`;
}

/** The line under the measures: the index and rank without and with them. */
export function measuresEffectText(standing: ScenarioUnit, language: Language): string {
  const index = (value: number | null) =>
    value === null ? "–" : readableNumber(value, 1, language);
  const rank = (value: number | null) => (value === null ? "–" : String(value));
  return language === "nb"
    ? `Med tiltakene: indeks ${index(standing.without.index)} → ${index(standing.with.index)}, plass ${rank(standing.without.rank)} → ${rank(standing.with.rank)}.`
    : `With the measures: index ${index(standing.without.index)} → ${index(standing.with.index)}, rank ${rank(standing.without.rank)} → ${rank(standing.with.rank)}.`;
}
