// Inserting the template sheets into the open workbook: core's plans of the sheets it lacks, rendered
// like the generated sheets. A sheet that already exists (under its name or its English alias) is left
// alone and reported as skipped; the drop-downs of Data and Tiltak then leave out the lists of sheets
// not created.
import { templateSheetPlans, templateWorkbook, type TemplateSheet } from "../core/template";
import type { SheetPlan } from "../core/sheet-plan";
import { BatchWriter } from "./batch-writer";
import type { ExcelHost } from "./excel-host";
import { renderSheetPlan } from "./render-sheet-plan";
import { requestBytes } from "./request-budget";
import {
  claimFreeName,
  loadTableAndDefinedNames,
  namesTakenBy,
  templateSheetName,
} from "./sheet-survey";

export interface TemplateCreation {
  /** Sheet names inserted, in template order. */
  readonly created: readonly string[];
  /** Template sheets that were already there (by the name the workbook gives them). */
  readonly skipped: readonly string[];
  /**
   * False when Data or Tiltak was created but a sheet their drop-downs read from was not (it existed
   * already).
   */
  readonly dropDownsAdded: boolean;
}

/** Adds the plan's sheet and renders it; its table takes its name unless a table or name has it. */
async function addTemplateSheet(
  context: Excel.RequestContext,
  writer: BatchWriter,
  plan: SheetPlan,
  tableNames: Set<string>
): Promise<void> {
  let sheet: Excel.Worksheet | undefined;
  await writer.add(requestBytes(1, plan.name), () => {
    sheet = context.workbook.worksheets.add(plan.name);
  });
  if (sheet === undefined) throw new Error("the sheet was not queued");
  await renderSheetPlan(writer, sheet, plan, (name) => claimFreeName(name, tableNames));
}

/** Deletes the sheets this run added, after a failure. */
async function removeAdded(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}

/** Inserts the template sheets the workbook lacks. Syncs: one survey, then one per budget-sized chunk. */
export async function createTemplate(
  host: ExcelHost,
  withExampleData: boolean
): Promise<TemplateCreation> {
  const templates = templateWorkbook(withExampleData);
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const { tables, definedNames } = loadTableAndDefinedNames(context);
    await context.sync();
    const names = worksheets.items.map((sheet) => sheet.name);
    const tableNames = namesTakenBy(
      tables.items,
      definedNames.items.map((item) => item.name)
    );
    const skipped: string[] = [];
    const toCreate: TemplateSheet[] = [];
    for (const template of templates) {
      const existing = templateSheetName(names, template.definition);
      if (existing === undefined) toCreate.push(template);
      else skipped.push(existing);
    }
    const created = new Set(toCreate.map((template) => template.definition.key));
    const writer = new BatchWriter(context, host);
    try {
      for (const plan of templateSheetPlans(toCreate))
        await addTemplateSheet(context, writer, plan, tableNames);
      const [first] = toCreate;
      if (first !== undefined)
        await writer.add(requestBytes(1), () => worksheets.getItem(first.name).activate());
      await writer.flush();
    } catch (error) {
      // The write's own error is what the user needs to see; a failed clean-up must not hide it.
      await removeAdded(
        context,
        toCreate.map((template) => template.name)
      ).catch(() => undefined);
      throw error;
    }
    return {
      created: toCreate.map((template) => template.name),
      skipped,
      dropDownsAdded:
        !(created.has("data") || created.has("measures")) ||
        (created.has("units") && created.has("indicators")),
    };
  });
}
