// Writing a generated sheet without ever leaving a half-written one: the plan is built on a new
// sheet under a temporary name, and only when all of it is written does the old generated sheet go
// and the new one take its name, in the same batch. A failure removes the new sheet again.
import { assertPlanStartsWithMarker, type SheetPlan } from "../core/sheet-plan";
import { BatchWriter } from "./batch-writer";
import type { ExcelHost } from "./excel-host";
import { renderSheetPlan } from "./render-sheet-plan";
import { requestBytes } from "./request-budget";
import {
  chooseOutputSheet,
  claimFreeName,
  loadFirstCells,
  loadTableAndDefinedNames,
  namesTakenBy,
  outputSheetCandidates,
  surveyFrom,
  temporarySheetName,
  type SheetSurvey,
} from "./sheet-survey";

export interface GeneratedSheetWrite {
  readonly sheetName: string;
  /** True when an earlier generated sheet of that name was replaced. */
  readonly replaced: boolean;
  /** Sheets of the user's under the plan's name (and its numbered variants) that were left alone. */
  readonly userSheetsKept: readonly string[];
}

export interface WriteOptions {
  /** The names and first cells read just before, to save the syncs of asking again. */
  readonly survey?: SheetSurvey;
  /** Show the sheet when it is written. */
  readonly activate?: boolean;
  readonly budgetBytes?: number;
}

async function surveyOf(
  context: Excel.RequestContext,
  bases: readonly string[]
): Promise<SheetSurvey> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const nameLoads = loadTableAndDefinedNames(context);
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const firstCells = loadFirstCells(context, outputSheetCandidates(names, bases));
  if (firstCells.length > 0) await context.sync();
  return surveyFrom(names, firstCells, nameLoads);
}

/** Table names of the other sheets and defined names, which the new sheet's tables must not take. */
function namesTakenElsewhere(survey: SheetSurvey, replaced: string | undefined): Set<string> {
  return namesTakenBy(
    survey.tables.filter((table) => table.sheet !== replaced),
    survey.definedNames
  );
}

/** After a failed write: the old sheet stays and the new one goes, or, if the old one is gone, the new one takes its name. */
async function recover(
  context: Excel.RequestContext,
  temporary: string,
  target: string
): Promise<void> {
  const built = context.workbook.worksheets.getItemOrNullObject(temporary);
  const old = context.workbook.worksheets.getItemOrNullObject(target);
  await context.sync();
  if (built.isNullObject) return;
  if (old.isNullObject) built.name = target;
  else built.delete();
  await context.sync();
}

/** A plan to write, and whether to show its sheet when written. */
export interface GeneratedSheetPlan {
  readonly plan: SheetPlan;
  readonly activate?: boolean;
}

/** One sheet's writes queued on `writer`: built under `temporary`, then given its chosen name. */
async function queueGeneratedSheet(
  writer: BatchWriter,
  context: Excel.RequestContext,
  survey: SheetSurvey,
  { plan, activate }: GeneratedSheetPlan,
  temporary: string,
  choice: ReturnType<typeof chooseOutputSheet>
): Promise<void> {
  const taken = namesTakenElsewhere(survey, choice.replaces);
  let sheet: Excel.Worksheet | undefined;
  await writer.add(requestBytes(1, temporary), () => {
    sheet = context.workbook.worksheets.add(temporary);
  });
  if (sheet === undefined) throw new Error("the sheet was not queued");
  const builtSheet = sheet;
  const temporaryNames = new Set(taken);
  const tables = await renderSheetPlan(writer, builtSheet, plan, (name) =>
    claimFreeName(`${name}_bygges`, temporaryNames)
  );
  // The old sheet's delete, the new one's name and activation, and each table's final name.
  await writer.add(requestBytes(3 + tables.length, choice.name, plan.name), () => {
    if (choice.replaces !== undefined)
      context.workbook.worksheets.getItem(choice.replaces).delete();
    builtSheet.name = choice.name;
    const finalNames = new Set(taken);
    for (const { planName, table } of tables) table.name = claimFreeName(planName, finalNames);
    if (activate === true) builtSheet.activate();
  });
}

/**
 * Writes each plan to its sheet: creates it, or replaces it when Veikart generated it, or writes
 * "Name (2)" when the sheet of that name is the user's. The plans share one batch writer, so a small
 * plan rides in the last chunk of the one before. Syncs: the survey (two, or none when given), then
 * one per budget-sized chunk of all the plans together. One survey serves every plan: their sheet and
 * table names are their own, so writing one leaves what the survey says about the others' names true.
 */
export async function writeGeneratedSheets(
  host: ExcelHost,
  plans: readonly GeneratedSheetPlan[],
  options: Omit<WriteOptions, "activate"> = {}
): Promise<GeneratedSheetWrite[]> {
  for (const { plan } of plans) assertPlanStartsWithMarker(plan);
  return host.run(async (context) => {
    const survey =
      options.survey ??
      (await surveyOf(
        context,
        plans.map(({ plan }) => plan.name)
      ));
    const writer = new BatchWriter(context, host, options.budgetBytes);
    const writes: GeneratedSheetWrite[] = [];
    // Sheets whose writes are queued: each keeps its own temporary name, so a failure can tell them apart.
    const started: { temporary: string; target: string }[] = [];
    try {
      for (const generated of plans) {
        const choice = chooseOutputSheet(survey, generated.plan.name);
        const temporary = temporarySheetName([
          ...survey.names,
          ...started.map((sheet) => sheet.temporary),
        ]);
        started.push({ temporary, target: choice.name });
        await queueGeneratedSheet(writer, context, survey, generated, temporary, choice);
        writes.push({
          sheetName: choice.name,
          replaced: choice.replaces !== undefined,
          userSheetsKept: choice.userSheetsKept,
        });
      }
      await writer.flush();
    } catch (error) {
      // The write's own error is what the user needs to see; a failed clean-up must not hide it.
      for (const { temporary, target } of started)
        await recover(context, temporary, target).catch(() => undefined);
      throw error;
    }
    return writes;
  });
}

/** Writes one plan to its sheet, as writeGeneratedSheets does. */
export async function writeGeneratedSheet(
  host: ExcelHost,
  plan: SheetPlan,
  options: WriteOptions = {}
): Promise<GeneratedSheetWrite> {
  const writes = await writeGeneratedSheets(host, [{ plan, activate: options.activate }], options);
  return writes[0] as GeneratedSheetWrite;
}
