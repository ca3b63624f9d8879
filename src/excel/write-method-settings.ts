// Writing the method back to the Metode sheet: the cells core's benchmark session planned, each
// written where it stands on the sheet.
import type { MethodWriteBack } from "../core/session";
import { BatchWriter } from "./batch-writer";
import type { ExcelHost } from "./excel-host";
import { writeCells } from "./render-sheet-plan";

export class MethodSheetMissingError extends Error {
  constructor() {
    super("The workbook has no Metode sheet with the columns Innstilling and Verdi.");
    this.name = "MethodSheetMissingError";
  }
}

/** Writes the planned Metode cells, in one batch. */
export async function writeMethodSettings(
  host: ExcelHost,
  writeBack: MethodWriteBack
): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(writeBack.sheetName);
    const writer = new BatchWriter(context, host);
    for (const { position, value } of writeBack.cells)
      await writeCells(writer, sheet, position, [[value]]);
    await writer.flush();
  });
}
