// The Benchmark sheet's section on measures (tiltak): each unit's index and rank without and with the
// workbook's measures, and the measure that moved it most (the scenario is core's runScenario).
import type { Scenario } from "../analysis";
import type { Bilingual, Language } from "../language";
import type { PlanCell, SheetPlan } from "../sheet-plan";
import { withSectionPointer } from "./benchmark-sheet-plan";
import { benchmarkTitles } from "./benchmark-texts";
import type { BenchmarkRun } from "./benchmark-workbook";
import { rowAfter, stackTables } from "./plan-layout";
import { numberFormats } from "./table-records";

export const measuresTableName = "VeikartTiltak";

const texts = {
  unitCode: { nb: "Kode", en: "Code" },
  unitName: { nb: "Enhet", en: "Unit" },
  indexWithout: { nb: "Indeks uten tiltak", en: "Index without measures" },
  indexWith: { nb: "Indeks med tiltak", en: "Index with measures" },
  change: { nb: "Endring", en: "Change" },
  rankWithout: { nb: "Plass uten", en: "Rank without" },
  rankWith: { nb: "Plass med", en: "Rank with" },
  placesGained: { nb: "Plasser", en: "Places" },
  strongest: { nb: "Tiltaket som flyttet mest", en: "The measure that moved it most" },
} satisfies Record<string, Bilingual>;

/** "GHG_PER_CAPITA 2023: Solceller på skoler" — the indicator, year and description of a measure. */
function measureText(measure: Scenario["applied"][number]): string {
  const what = `${measure.indicatorId} ${measure.year}`;
  return measure.description === undefined || measure.description === ""
    ? what
    : `${what}: ${measure.description}`;
}

/**
 * The Benchmark sheet with the measures section below everything else: one row per unit of the run, in
 * the order of the ranking without measures; the header block names the row of its title.
 */
export function withMeasuresSection(
  plan: SheetPlan,
  run: BenchmarkRun,
  scenario: Scenario,
  language: Language
): SheetPlan {
  const names = new Map(run.units.map((unit) => [unit.code, unit.name]));
  const units = [...scenario.units].sort(
    (a, b) => (a.without.rank ?? Infinity) - (b.without.rank ?? Infinity)
  );
  const rows = units.map((unit): PlanCell[] => [
    unit.unitCode,
    names.get(unit.unitCode) ?? unit.unitCode,
    unit.without.index,
    unit.with.index,
    unit.indexChange,
    unit.without.rank,
    unit.with.rank,
    unit.placesGained,
    unit.strongestMeasure === null ? null : measureText(unit.strongestMeasure.measure),
  ]);
  const [table] = stackTables(
    [
      {
        kind: "table",
        name: measuresTableName,
        title: `${benchmarkTitles.measures[language]} ${scenario.year}`,
        titleFontSize: 12,
        style: "TableStyleLight9",
        columns: [
          { header: texts.unitCode[language], numberFormat: numberFormats.text, width: 8 },
          { header: texts.unitName[language], width: 20 },
          { header: texts.indexWithout[language], numberFormat: numberFormats.score, width: 13 },
          { header: texts.indexWith[language], numberFormat: numberFormats.score, width: 13 },
          { header: texts.change[language], numberFormat: numberFormats.scoreChange, width: 11 },
          { header: texts.rankWithout[language], numberFormat: numberFormats.whole, width: 11 },
          { header: texts.rankWith[language], numberFormat: numberFormats.whole, width: 11 },
          {
            header: texts.placesGained[language],
            numberFormat: numberFormats.rankChange,
            width: 9,
          },
          { header: texts.strongest[language], width: 40 },
        ],
        rows,
      },
    ],
    rowAfter(plan.blocks) + 1
  );
  if (table === undefined) return plan;
  const withTable = { ...plan, blocks: [...plan.blocks, table] };
  return withSectionPointer(withTable, "measures", table.anchor.row - 1, language);
}
