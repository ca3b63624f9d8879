// The words of the Benchmark sheet's charts, in bokmål and English: titles, what a chart leaves out,
// why a unit is shown, and the names of the lines.
import type { Bilingual, Language } from "../language";
import { benchmarkTitles } from "./benchmark-texts";
import { chartLimits, type ChartSelection, type ShownBecause } from "./chart-selection";

const count = (number: number, one: string, many: string) =>
  `${number} ${number === 1 ? one : many}`;

/** A list read aloud: "a", "a og b", "a, b og c". */
function spokenList(items: readonly string[], language: Language): string {
  const and = language === "nb" ? " og " : " and ";
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

export const chartTitles = {
  barChart: { nb: "Indeks per enhet", en: "Index by unit" },
  lineChart: { nb: "Indeks over tid", en: "Index over the years" },
  barChartTable: { nb: "Tallene i stolpediagrammet", en: "The bar chart's numbers" },
  lineChartTable: { nb: "Tallene i linjediagrammet", en: "The line chart's numbers" },
} satisfies Record<string, Bilingual>;

export const chartHeaders = {
  shownBecause: { nb: "Vist fordi", en: "Shown because" },
} satisfies Record<string, Bilingual>;

/** A chart's title; when it leaves units out, how many of them it shows: "Indeks per enhet 2024 (21 av 372)". */
export function chartTitle(title: string, selection: ChartSelection, language: Language): string {
  if (selection.complete) return title;
  const of = language === "nb" ? "av" : "of";
  return `${title} (${selection.units.length} ${of} ${selection.unitCount})`;
}

/** Why a unit is a bar of the bar chart, as its table says: "blant de 10 beste, fremhevet". */
export function barReasonText(because: readonly ShownBecause[], language: Language): string {
  const ends = chartLimits.barsAtEachEnd;
  const words: Readonly<Record<ShownBecause, string>> =
    language === "nb"
      ? {
          all: "alle enhetene får plass",
          best: `blant de ${ends} beste`,
          weakest: `blant de ${ends} svakeste`,
          highlighted: "fremhevet",
        }
      : {
          all: "every unit fits",
          best: `among the ${ends} best`,
          weakest: `among the ${ends} weakest`,
          highlighted: "highlighted",
        };
  return because.map((reason) => words[reason]).join(", ");
}

/** A unit's line in the line chart: its name, with "(beste 2024)" or "(svakeste 2024)" at an end. */
export function lineName(
  unitName: string,
  because: readonly ShownBecause[],
  year: number | null,
  language: Language
): string {
  const end = because.includes("best")
    ? { nb: "beste", en: "best" }
    : because.includes("weakest")
      ? { nb: "svakeste", en: "weakest" }
      : undefined;
  return end === undefined ? unitName : `${unitName} (${end[language]} ${year ?? ""})`.trim();
}

/** The line of the median of every unit of the peer set, year by year. */
export function medianLineName(unitCount: number, language: Language): string {
  return language === "nb"
    ? `Median av alle ${unitCount} enheter`
    : `Median of all ${unitCount} units`;
}

function leftOutSentence(selection: ChartSelection, language: Language): string[] {
  const leftOut = selection.highlightedLeftOut;
  if (leftOut.length === 0) return [];
  return [
    language === "nb"
      ? `Fremhevet, men uten plass: ${leftOut.join(", ")}.`
      : `Highlighted but without room: ${leftOut.join(", ")}.`,
  ];
}

const highlightedCount = (selection: ChartSelection) =>
  selection.units.filter((unit) => unit.because.includes("highlighted")).length;

/** What the bar chart shows and leaves out, one sentence a row, to stand under the chart. */
export function barChartNote(selection: ChartSelection, language: Language): string[] {
  const total = selection.unitCount;
  if (selection.complete)
    return [language === "nb" ? `Viser alle ${total} enhetene.` : `Shows all ${total} units.`];
  const ends = chartLimits.barsAtEachEnd;
  const highlighted = highlightedCount(selection);
  const parts =
    language === "nb"
      ? [`de ${ends} beste`, `de ${ends} svakeste`, count(highlighted, "fremhevet", "fremhevede")]
      : [`the ${ends} best`, `the ${ends} weakest`, `${highlighted} highlighted`];
  const shown = spokenList(highlighted === 0 ? parts.slice(0, 2) : parts, language);
  return [
    language === "nb"
      ? `Viser ${selection.units.length} av ${total} enheter: ${shown}. Hele rangeringen står i tabellen ${benchmarkTitles.ranking.nb}.`
      : `Shows ${selection.units.length} of ${total} units: ${shown}. The whole ranking is in the ${benchmarkTitles.ranking.en} table.`,
    ...leftOutSentence(selection, language),
  ];
}

/** What the line chart shows and leaves out, one sentence a row, to stand under the chart. */
export function lineChartNote(
  selection: ChartSelection,
  year: number | null,
  language: Language
): string[] {
  const total = selection.unitCount;
  if (selection.complete)
    return [language === "nb" ? `Én linje per enhet (${total}).` : `One line per unit (${total}).`];
  const highlighted = highlightedCount(selection);
  const hasEnds = selection.units.some((unit) => unit.because.includes("best"));
  const parts =
    language === "nb"
      ? [
          ...(highlighted === 0 ? [] : [count(highlighted, "fremhevet", "fremhevede")]),
          ...(hasEnds ? [`den beste og den svakeste i ${year ?? ""}`.trim()] : []),
          `medianen av alle ${total}`,
        ]
      : [
          ...(highlighted === 0 ? [] : [`${highlighted} highlighted`]),
          ...(hasEnds ? [`the best and the weakest in ${year ?? ""}`.trim()] : []),
          `the median of all ${total}`,
        ];
  return [
    language === "nb"
      ? `Viser ${selection.units.length + 1} linjer for ${total} enheter: ${spokenList(parts, language)}. Alle enhetene står i tabellen ${benchmarkTitles.indexByYear.nb}.`
      : `Shows ${selection.units.length + 1} lines for ${total} units: ${spokenList(parts, language)}. Every unit is in the ${benchmarkTitles.indexByYear.en} table.`,
    ...leftOutSentence(selection, language),
  ];
}
