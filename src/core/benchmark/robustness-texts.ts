// The words of the Benchmark sheet's robustness section, in bokmål and English: the rank interval, one
// sentence per unit on how sure its rank is, and the names of what was varied.
import { decimalIn, type Bilingual, type Language } from "../language";
import type { SensitivityResult, UnitUncertainty, VariedInput } from "../sensitivity";
import { alternativeLabel, variedInputLabel } from "../validate/read-varied-inputs";

/** A rank interval is "wide" when it spans more places than this (the pane's result note counts them). */
const wideIntervalPlaces = 3;

export const robustnessTitles = {
  section: { nb: "Robusthet", en: "Robustness" },
  units: { nb: "Hvor sikker er rangeringen", en: "How sure is each rank" },
  sensitivity: {
    nb: "Hva rangeringen er følsom for (Sobol-indekser)",
    en: "What the ranking is sensitive to (Sobol indices)",
  },
  chart: { nb: "Rangintervall (5-95 %)", en: "Rank interval (5-95 %)" },
  chartTable: { nb: "Tallene i intervalldiagrammet", en: "The interval chart's numbers" },
  rankAxis: { nb: "Rangering", en: "Rank" },
} satisfies Record<string, Bilingual>;

export const robustnessHeaders = {
  rankInterval: { nb: "Rangintervall (5-95 %)", en: "Rank interval (5-95 %)" },
  medianRank: { nb: "Medianrangering", en: "Median rank" },
  p5: { nb: "5 %-rangering", en: "5 % rank" },
  p95: { nb: "95 %-rangering", en: "95 % rank" },
  minRank: { nb: "Beste rangering", en: "Best rank" },
  maxRank: { nb: "Svakeste rangering", en: "Weakest rank" },
  shareAtOrAboveNominal: {
    nb: "Andel på egen plass eller bedre",
    en: "Share at own rank or better",
  },
  indexP5: { nb: "Indeks 5 %", en: "Index 5 %" },
  indexMedian: { nb: "Indeks median", en: "Index median" },
  indexP95: { nb: "Indeks 95 %", en: "Index 95 %" },
  sentence: { nb: "I ord", en: "In words" },
  input: { nb: "Variert valg", en: "Varied input" },
  first: { nb: "Førsteordens indeks", en: "First-order index" },
  firstLow: { nb: "Første, nedre grense", en: "First, lower bound" },
  firstHigh: { nb: "Første, øvre grense", en: "First, upper bound" },
  total: { nb: "Total indeks", en: "Total index" },
  totalLow: { nb: "Total, nedre grense", en: "Total, lower bound" },
  totalHigh: { nb: "Total, øvre grense", en: "Total, upper bound" },
  chartUnit: { nb: "Enhet (rangering)", en: "Unit (rank)" },
  barStart: { nb: "Stolpen starter", en: "Bar starts" },
  barLength: { nb: "Stolpens lengde", en: "Bar length" },
} satisfies Record<string, Bilingual>;

const robustnessLabels = {
  runs: { nb: "Kjøringer", en: "Runs" },
  mode: { nb: "Utvalg", en: "Design" },
  seed: { nb: "Frø", en: "Seed" },
  varied: { nb: "Varierte valg", en: "Varied inputs" },
  interval: { nb: "Rangintervall", en: "Rank interval" },
  indexScale: { nb: "Indeksverdier", en: "Index values" },
  wide: {
    nb: `Intervall bredere enn ${wideIntervalPlaces} plasser`,
    en: `Intervals wider than ${wideIntervalPlaces} places`,
  },
} satisfies Record<string, Bilingual>;

/** A share as a whole percent that never rounds a "not all" up to 100 % or a "some" down to 0 %. */
function wholePercent(share: number): string {
  const rounded = Math.round(share * 100);
  return `${share < 1 && share > 0 ? Math.min(99, Math.max(1, rounded)) : rounded} %`;
}

/** A rank as written: whole, or with one decimal where a percentile falls between two ranks ("2,4"). */
function rankText(rank: number, language: Language): string {
  return decimalIn(String(Math.round(rank * 10) / 10), language);
}

/** A rank interval as a reader writes it: "2–5", or "3" when both ends are the same; "" without one. */
export function rankIntervalText(unit: UnitUncertainty, language: Language): string {
  if (unit.p5 === null || unit.p95 === null) return "";
  const low = rankText(unit.p5, language);
  const high = rankText(unit.p95, language);
  return low === high ? low : `${low}–${high}`;
}

/** How many places a unit's 5-95 % rank interval spans (0 when it always holds one rank), or null without ranks. */
function intervalPlaces(unit: UnitUncertainty): number | null {
  return unit.p5 === null || unit.p95 === null ? null : unit.p95 - unit.p5;
}

/** How many units have a rank interval wider than `wideIntervalPlaces`. */
function wideIntervalCount(result: SensitivityResult): number {
  return result.units.filter((unit) => (intervalPlaces(unit) ?? 0) > wideIntervalPlaces).length;
}

/** How many units' rank intervals are wide, as a sentence without its full stop (pane, demo). */
export function wideIntervalsSentence(result: SensitivityResult, language: Language): string {
  const wide = wideIntervalCount(result);
  const units = result.units.length;
  return language === "nb"
    ? `${wide} av ${units} enheter har et rangintervall (5-95 %) bredere enn ${wideIntervalPlaces} plasser`
    : `${wide} of ${units} units have a rank interval (5-95 %) wider than ${wideIntervalPlaces} places`;
}

/**
 * One plain sentence on how sure a unit's rank is. The top unit: how often it stays first and how low
 * it ever falls; any other ranked unit: how often it holds its rank or better, and its best and weakest
 * rank, or only its best when it never falls below its rank (as the last unit cannot); a unit that
 * holds one rank throughout says so; a unit without a rank says why.
 */
export function robustnessSentence(unit: UnitUncertainty, language: Language): string {
  const nb = language === "nb";
  const { nominalRank: rank, minRank: best, maxRank: weakest } = unit;
  if (rank === null) {
    const noRank = nb
      ? "Ingen rangering med metoden i Metode-arket (ingen indeksverdi)"
      : "No rank under the Metode sheet's method (no index score)";
    if (best === null || weakest === null) return `${noRank}.`;
    return nb
      ? `${noRank}; rangert mellom nr. ${best} og nr. ${weakest} i noen av alternativene.`
      : `${noRank}; ranked between no. ${best} and no. ${weakest} in some of the alternatives.`;
  }
  const share = wholePercent(unit.shareAtOrAboveNominal ?? 0);
  if (best === rank && weakest === rank)
    return nb
      ? `Rangert som nr. ${rank} i alle alternativene.`
      : `Ranked no. ${rank} in every alternative.`;
  if (rank !== 1 && unit.shareAtOrAboveNominal === 1)
    return nb
      ? `Rangert som nr. ${rank} eller bedre i alle alternativene; som best nr. ${best ?? rank}.`
      : `Ranked no. ${rank} or better in every alternative; at best no. ${best ?? rank}.`;
  if (rank === 1)
    return nb
      ? `Rangert som nr. 1 i ${share} av alternativene; aldri lavere enn nr. ${weakest ?? rank}.`
      : `Ranked no. 1 in ${share} of the alternatives; never lower than no. ${weakest ?? rank}.`;
  return nb
    ? `Rangert som nr. ${rank} eller bedre i ${share} av alternativene; mellom nr. ${best ?? rank} og nr. ${weakest ?? rank}.`
    : `Ranked no. ${rank} or better in ${share} of the alternatives; between no. ${best ?? rank} and no. ${weakest ?? rank}.`;
}

/** A noise such as 0.25 as "±25 %". */
const noiseText = (noise: number, language: Language) =>
  `±${String(Math.round(noise * 1000) / 10).replace(".", language === "nb" ? "," : ".")} %`;

/** A varied input by name in the sheet's language: "Normalisering", "Vekter (±25 %)". */
export function variedInputName(input: VariedInput, language: Language): string {
  const label = variedInputLabel(input.name, language);
  const name = label.charAt(0).toUpperCase() + label.slice(1);
  return input.kind === "weights" ? `${name} (${noiseText(input.noise, language)})` : name;
}

/** What varies, in one line: "normalisering: min-maks, z-skår, rangering; vekter: ±25 %". */
export function variedInputsDescription(
  inputs: readonly VariedInput[],
  language: Language
): string {
  return inputs
    .map((input) =>
      input.kind === "weights"
        ? `${variedInputLabel(input.name, language)}: ${noiseText(input.noise, language)}`
        : `${variedInputLabel(input.name, language)}: ${input.alternatives
            .map((alternative) => alternativeLabel(input.name, alternative.label, language))
            .join(", ")}`
    )
    .join("; ");
}

/** The rows of the definitions block above the robustness tables. */
export function robustnessDefinitions(
  result: SensitivityResult,
  seed: number,
  language: Language
): [string, string | number][] {
  const nb = language === "nb";
  const mode =
    result.mode === "exhaustive"
      ? nb
        ? `alle ${result.runs} kombinasjonene av alternativene, én gang hver`
        : `all ${result.runs} combinations of the alternatives, once each`
      : nb
        ? "tilfeldig utvalg (Saltelli-design)"
        : "random sample (Saltelli design)";
  return [
    [robustnessLabels.runs[language], result.runs],
    [robustnessLabels.mode[language], mode],
    [robustnessLabels.seed[language], seed],
    [robustnessLabels.varied[language], variedInputsDescription(result.inputs, language)],
    [
      robustnessLabels.interval[language],
      nb
        ? "fra 5. til 95. persentil av enhetens rangeringer over alle kjøringene"
        : "from the 5th to the 95th percentile of the unit's ranks over all runs",
    ],
    [robustnessLabels.wide[language], wideIntervalCount(result)],
    // Min-max scores run 0-100, z-scores around 0, ranks 1 to n: the index's spread mixes the scales.
    ...(result.inputs.some((input) => input.name === "normalise")
      ? [
          [
            robustnessLabels.indexScale[language],
            nb
              ? "hver kjøring på sin normaliserings skala; sammenlign rangeringene, ikke indeksverdiene"
              : "each run on its normalisation's scale; compare the ranks, not the index values",
          ] as [string, string],
        ]
      : []),
  ];
}
