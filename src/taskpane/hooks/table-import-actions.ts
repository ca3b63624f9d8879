// Importing a table the user has selected in any open sheet: the selected range is read as a
// downloaded table for one indicator, exactly as `veikart import table` reads a file, then planned
// into Data like the SSB import, so conflicts are kept or replaced the same way.
import { downloadedTableNotes, readTableForIndicator } from "../../core/import";
import type { Language } from "../../core/language";
import { readSelectedRange, validateOpenWorkbook, type ExcelHost } from "../../excel";
import { planImportInto, type PreparedImport } from "./ssb-import-actions";
import type { TaskControl } from "./workbook-actions";

export { maxSelectedCells, SelectionTooLargeError } from "../../excel";

export interface TableImportChoices {
  /** The id of an indicator of Indikatorer. */
  readonly indicator: string;
  /** The language of the notes on cells and names not read. */
  readonly language: Language;
}

/** The indicator asked for is not in Indikatorer. */
export class UnknownIndicatorError extends Error {
  static readonly code = "UnknownIndicator";
  readonly code = UnknownIndicatorError.code;
  constructor(readonly indicator: string) {
    super(`${indicator} is not an indicator of Indikatorer.`);
    this.name = "UnknownIndicatorError";
  }
}

/** Reads the selection and the workbook, and plans the import; writes nothing. */
export async function prepareTableImport(
  host: ExcelHost,
  choices: TableImportChoices,
  control: TaskControl
): Promise<PreparedImport> {
  const { address, grid } = await readSelectedRange(host);
  const { validation, reading } = await validateOpenWorkbook(host, control);
  const content = validation.content;
  const indicator = content.framework.indicators.find(
    (candidate) => candidate.id === choices.indicator.trim()
  );
  if (indicator === undefined) throw new UnknownIndicatorError(choices.indicator.trim());
  const tableReading = readTableForIndicator(grid, indicator, { source: address });
  const units = [...new Set(tableReading.observations.map((observation) => observation.unit))];
  return planImportInto(
    reading.grids,
    content.units,
    tableReading.observations,
    units,
    downloadedTableNotes(tableReading.report, choices.language)
  );
}
