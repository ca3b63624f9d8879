import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { analyseWorkbook, analysisSheetPlan } from "../../core/analysis";
import { wideIntervalsSentence, type BenchmarkRobustness } from "../../core/benchmark";
import type { Language } from "../../core/language";
import { profileSession } from "../../core/profile";
import { exampleMeasuresUnit, exampleYears, pilotUnits } from "../../core/template";
import { benchmarkSession } from "../../core/session";
import { writeFileAtomically } from "../atomic-file";
import { cutTextWarnings, scoredOrRefuse, writeSessionSheets } from "../benchmark-output";
import type { Command, CommandIo } from "../command";
import { parseArguments } from "../command-arguments";
import { progressOn } from "../progress";
import { benchmarkHeadline, rankingText, severityCounts } from "../ranking-report";
import { templatePackage } from "../template-workbook";
import { readCellGrids } from "../xlsx/read-cell-grids";
import { workbookSheetsOf } from "../xlsx/workbook-sheets";
import { writeSheetPlans } from "../xlsx/write-sheet-plans";

export const demoOutput = "demo/veikart-demo.xlsx";

/** The unit whose Profil sheet the demo writes: Stjørdal, the unit of the template's example measures. */
export const demoProfileUnit = exampleMeasuresUnit;

const help = [
  "Usage: veikart demo [-o out.xlsx] [--lang nb|en]",
  "",
  "The main job in one command: builds the pilot workbook (the template sheets, the six pilot units and",
  `the illustrative example data ${exampleYears[0]}-${exampleYears[exampleYears.length - 1]}), validates it, benchmarks the latest year and writes`,
  `${demoOutput} with a Tiltak sheet of two illustrative measures for Stjørdal, the generated Benchmark`,
  "(with and without the measures), Validering and Analyse sheets and the Profil sheet of Stjørdal",
  "(replacing the previous demo file).",
  "Prints the issues by severity, the ranking and the output path.",
  "",
  `  -o, --out FILE   write the demo workbook there instead of ${demoOutput}`,
  "  --lang nb|en     messages and sheet headings in bokmål or English",
].join("\n");

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArguments(args, {
    command: "demo",
    valued: ["--out"],
    aliases: { "-o": "--out" },
  });
  const output = parsed.values.get("--out") ?? parsed.positional[0] ?? demoOutput;
  const nb = io.language === "nb";
  const progress = progressOn(io, 3);
  try {
    progress.step(nb ? "bygger pilotarbeidsboken" : "building the pilot workbook");
    const xlsx = templatePackage(true);
    progress.step(nb ? "validerer og beregner" : "validating and scoring");
    const grids = readCellGrids(xlsx);
    const request = { language: io.language, ranAt: new Date().toISOString() };
    const session = benchmarkSession(grids, request);
    const benchmark = scoredOrRefuse(session, io.language);
    const { validation, record } = benchmark;
    progress.step(nb ? `skriver ${output}` : `writing ${output}`);
    const analysis = analyseWorkbook(validation.content);
    const analysisPlan = analysisSheetPlan(analysis, validation.content.framework, {
      language: io.language,
      ranAt: new Date().toISOString(),
    });
    io.stderr(cutTextWarnings(writeSessionSheets(xlsx, benchmark, [analysisPlan]), io.language));
    const profile = profileSession(grids, { ...request, unitCode: demoProfileUnit });
    if (profile.kind === "profiled") writeSheetPlans(xlsx, [profile.plan]);
    await mkdir(dirname(output), { recursive: true });
    await writeFileAtomically(output, { overwrite: true }, () => xlsx.toBuffer());
    const sheetNames = workbookSheetsOf(xlsx)
      .map((sheet) => sheet.name)
      .join(", ");
    progress.done();
    const counts = validation.summary.byCode;
    const codes = Object.entries(counts).map(([code, count]) => `${code} ${count}`);
    io.stdout(
      [
        nb
          ? `Veikart demo: pilotarbeidsboken (${pilotUnits.length} enheter, ${validation.content.framework.indicators.length} indikatorer, ${validation.content.observations.length} observasjoner, illustrative eksempeldata)`
          : `Veikart demo: the pilot workbook (${pilotUnits.length} units, ${validation.content.framework.indicators.length} indicators, ${validation.content.observations.length} observations, illustrative example data)`,
        `${nb ? "Validering" : "Validation"}: ${severityCounts(validation.summary, io.language)}${codes.length > 0 ? ` (${codes.join(", ")})` : ""}`,
        `${nb ? "Merknader fra beregningen" : "Notes from the run"}: ${benchmark.run.engineIssues.length}`,
        benchmarkHeadline(record, io.language),
        rankingText(record, io.language),
        ...robustnessLines(benchmark.robustness, io.language),
        nb
          ? `Analyse: frikobling for ${analysis.decoupling.length} enheter og par, ${analysis.audit?.flags.length ?? 0} flagg fra revisjonen av indikatorsettet`
          : `Analysis: decoupling for ${analysis.decoupling.length} units and pairs, ${analysis.audit?.flags.length ?? 0} flags from the audit of the indicator set`,
        nb ? `Skrev ${output} (arkene ${sheetNames})` : `Wrote ${output} (sheets ${sheetNames})`,
        "",
      ].join("\n")
    );
    return 0;
  } finally {
    progress.done();
  }
}

/** The robustness analysis in one line: its runs and how many units' rank intervals are wide. */
function robustnessLines(
  robustness: BenchmarkRobustness | undefined,
  language: Language
): string[] {
  if (robustness === undefined) return [];
  const { runs } = robustness.result;
  const wide = wideIntervalsSentence(robustness.result, language);
  return [
    language === "nb"
      ? `Robusthet: ${runs} kjøringer; ${wide}`
      : `Robustness: ${runs} runs; ${wide}`,
  ];
}

export const demoCommand: Command = {
  help,
  run,
};
