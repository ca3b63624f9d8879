import { splitReference } from "./addresses";
import type { ExcelHost } from "./excel-host";

/** Shows a cell such as "Data!D17" (or a row, "Data!17:17"): activates its sheet and selects it. */
export async function selectCell(host: ExcelHost, reference: string): Promise<void> {
  const place = splitReference(reference);
  if (place === undefined) return;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(place.sheet);
    sheet.activate();
    sheet.getRange(place.address).select();
    await context.sync();
  });
}
