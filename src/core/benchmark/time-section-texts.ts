// The words of the Benchmark sheet's time section, in bokmål and English: headers, titles and definitions.
import type { Bilingual, Language } from "../language";
import type { OnTrackSettings } from "../time";
import { percentText } from "./benchmark-texts";

export const timeHeaders = {
  indicator: { nb: "Indikator", en: "Indicator" },
  latestAnnualChange: { nb: "Årlig endring, siste", en: "Annual change, latest" },
  growthRate: { nb: "Årlig vekstrate (CAGR)", en: "Annual growth rate (CAGR)" },
  trendPerYear: { nb: "Lineær trend per år", en: "Linear trend per year" },
  target: { nb: "Mål", en: "Target" },
  targetYear: { nb: "Målår", en: "Target year" },
  latestValue: { nb: "Siste verdi", en: "Latest value" },
  latestYear: { nb: "Siste år", en: "Latest year" },
  progress: { nb: "Fremgang mot målet", en: "Progress towards the target" },
  paceRatio: { nb: "Tempo mot nødvendig", en: "Pace against needed" },
  rating: { nb: "Vurdering", en: "Rating" },
  projectedInTargetYear: { nb: "Framskrevet i målåret", en: "Projected in the target year" },
  reachYear: { nb: "Nås år", en: "Reached in" },
  change: { nb: "Endring", en: "Change" },
  ownChange: { nb: "Egen endring", en: "Own change" },
  boundsMoved: { nb: "Flyttede grenser", en: "Bounds moved" },
  rankChange: { nb: "Plasser", en: "Places" },
  note: { nb: "Merknad", en: "Note" },
} satisfies Record<string, Bilingual>;

/** Headers that carry a year: "Endring siden 2019", "Indeks 2022", "Framskrevet 2030". */
export const yearHeaders = {
  changeSince: (year: number, language: Language) =>
    language === "nb" ? `Endring siden ${year}` : `Change since ${year}`,
  /** A dimension's change since the base year, named so each dimension's column header is unique. */
  dimensionChangeSince: (dimension: string, year: number, language: Language) =>
    language === "nb"
      ? `${dimension}, endring siden ${year}`
      : `${dimension}, change since ${year}`,
  valueIn: (year: number, language: Language) =>
    language === "nb" ? `Verdi ${year}` : `Value ${year}`,
  indexIn: (year: number, language: Language) =>
    language === "nb" ? `Indeks ${year}` : `Index ${year}`,
  rankIn: (year: number, language: Language) =>
    language === "nb" ? `Plass ${year}` : `Rank ${year}`,
  projectedIn: (year: number, language: Language) =>
    language === "nb" ? `Framskrevet ${year}` : `Projected ${year}`,
};

export const timeTitles = {
  section: { nb: "Utvikling over tid", en: "Change over time" },
  indexChange: { nb: "Indeksens utvikling", en: "How the index has moved" },
  targets: { nb: "Mot målene", en: "Towards the targets" },
  scoreChange: (fromYear: number | null, toYear: number | null, language: Language) => {
    const years = fromYear === null || toYear === null ? "" : ` ${fromYear}–${toYear}`;
    return language === "nb"
      ? `Hvorfor indeksen endret seg${years}`
      : `Why the index changed${years}`;
  },
};

/** What the target columns show instead of a year. */
export const reachTexts = {
  reached: { nb: "nådd", en: "reached" },
  notOnTrend: { nb: "ikke med dagens trend", en: "not on the current trend" },
  noTargetYear: {
    nb: "Indikatoren har mål, men ikke målår: vurderingen og framskrivingen trenger et målår.",
    en: "The indicator has a target but no target year: the rating and the projection need one.",
  },
} satisfies Record<string, Bilingual>;

export interface TimeSectionFacts {
  /** The base year the time section uses: the Metode base year when it has data, else the first year. */
  readonly baseYear: number | null;
  readonly methodBaseYear: number;
  readonly projectionYear: number;
  readonly onTrack: OnTrackSettings;
  readonly hasTargets: boolean;
  readonly hasTwoYears: boolean;
}

/**
 * The definitions block above the time tables: one row per measure, its name and its definition, with the
 * base year, projection year and the on-track thresholds in use.
 */
export function timeDefinitions(facts: TimeSectionFacts, language: Language): string[][] {
  const nb = language === "nb";
  const base = facts.baseYear === null ? (nb ? "første år" : "first year") : String(facts.baseYear);
  const replaced =
    facts.baseYear !== null && facts.baseYear !== facts.methodBaseYear
      ? nb
        ? ` (Metode: ${facts.methodBaseYear}, uten data)`
        : ` (Metode: ${facts.methodBaseYear}, without data)`
      : "";
  const onTrack = percentText(facts.onTrack.onTrackShare, language);
  const moderate = percentText(facts.onTrack.moderateShare, language);
  const compound = facts.onTrack.pace === "compound";
  const rows: string[][] = nb
    ? [
        ["Basisår", `${base}${replaced}; framskrivinger til ${facts.projectionYear}`],
        ["Årlig endring, siste", "endringen fra forrige år med verdi til siste, per år"],
        [`Endring siden ${base}`, `x_siste − x_${base}`],
        ["Årlig vekstrate (CAGR)", "(x_siste / x_første)^(1 / (t_siste − t_første)) − 1"],
        [
          "Lineær trend per år",
          "stigningstallet til minste kvadraters linje gjennom årene med verdi",
        ],
        [`Framskrevet ${facts.projectionYear}`, `trendlinjens verdi i ${facts.projectionYear}`],
        [
          "Fremgang mot målet",
          `(x_siste − x_${base}) / (mål − x_${base}): 100 % er nådd, under 0 er feil vei`,
        ],
        [
          "Tempo mot nødvendig",
          compound
            ? `årlig vekstrate siden ${base} delt på vekstraten som trengs for å nå målet i målåret`
            : `endring per år siden ${base} delt på endringen per år som trengs for å nå målet i målåret`,
        ],
        [
          "Vurdering",
          `på sporet (målet nådd, eller tempo minst ${onTrack}), moderat fremgang (minst ${moderate}), stagnerer (0 til ${moderate}), går feil vei (under 0); målåret passert uten å nå målet gir høyst moderat fremgang`,
        ],
        [
          "Framskrevet i målåret, nås år",
          `på ${compound ? "den årlige vekstraten" : "den lineære trenden"}; «${reachTexts.notOnTrend.nb}» når trenden er flat eller går bort fra målet`,
        ],
        [
          "Egen endring",
          "endringen i skår med fjorårets grenser (min og maks blant enhetene) holdt fast",
        ],
        ["Flyttede grenser", "resten av endringen: de andre enhetene flyttet min og maks"],
      ]
    : [
        ["Base year", `${base}${replaced}; projections to ${facts.projectionYear}`],
        [
          "Annual change, latest",
          "the change from the previous year with a value to the latest, per year",
        ],
        [`Change since ${base}`, `x_latest − x_${base}`],
        ["Annual growth rate (CAGR)", "(x_latest / x_first)^(1 / (t_latest − t_first)) − 1"],
        [
          "Linear trend per year",
          "the slope of the least-squares line through the years with a value",
        ],
        [`Projected ${facts.projectionYear}`, `the trend line's value in ${facts.projectionYear}`],
        [
          "Progress towards the target",
          `(x_latest − x_${base}) / (target − x_${base}): 100 % is reached, below 0 is the wrong way`,
        ],
        [
          "Pace against needed",
          compound
            ? `the annual growth rate since ${base} divided by the rate needed to reach the target in the target year`
            : `the change per year since ${base} divided by the change per year needed to reach the target in the target year`,
        ],
        [
          "Rating",
          `on track (target reached, or a pace of at least ${onTrack}), moderate progress (at least ${moderate}), stagnating (0 to ${moderate}), moving away (below 0); a target year passed without reaching the target gives moderate progress at best`,
        ],
        [
          "Projected in the target year, reached in",
          `on ${compound ? "the annual growth rate" : "the linear trend"}; "${reachTexts.notOnTrend.en}" when the trend is flat or moves away from the target`,
        ],
        [
          "Own change",
          "the change in score with last year's bounds (the units' minimum and maximum) held",
        ],
        ["Bounds moved", "the rest of the change: the other units moved the minimum and maximum"],
      ];
  if (!facts.hasTargets)
    rows.push(
      nb
        ? ["Mål", "ingen indikator har mål; fyll inn Mål og Målår i Indikatorer-arket"]
        : ["Targets", "no indicator has a target; fill in Mål and Målår in the Indikatorer sheet"]
    );
  if (!facts.hasTwoYears)
    rows.push(
      nb
        ? ["Endring forklart", "trenger et år med data før det valgte året"]
        : ["Change explained", "needs a year with data before the chosen one"]
    );
  return rows;
}
