// Reading the template sheets of the open workbook into the grids the core validator reads. The
// syncs do not grow with the rows: one for the sheet names, one for every sheet's used range (and the
// first cell of the sheets a run may replace), then one per budget-sized chunk of cells, sized by the
// bytes per cell the chunks so far have shown.
import { measuresSheet, templateSheets } from "../core/template";
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/validate";
import type { ExcelHost } from "./excel-host";
import { defaultBudgetBytes, isPayloadLimitError, payloadBytes } from "./request-budget";
import {
  loadFirstCells,
  loadTableAndDefinedNames,
  outputSheetCandidates,
  surveyFrom,
  templateSheetName,
  type SheetSurvey,
} from "./sheet-survey";

/**
 * A cell's value and number format in a response, until the first chunk shows the real size: about
 * 32 characters of JSON, two bytes each as payloadBytes counts them.
 */
const initialCellBytes = 64;
/** The least a cell can cost: an empty value and a short format, two bytes a character. */
const smallestCellBytes = 8;
/** Room kept above the sizes seen so far, for chunks whose cells are longer. */
const sizeMargin = 1.15;

export interface ReadProgress {
  readonly chunksRead: number;
  readonly chunks: number;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Generated sheets the caller may write next (e.g. "Benchmark"): their first cells are surveyed. */
  readonly outputSheets?: readonly string[];
  readonly budgetBytes?: number;
}

export interface WorkbookReading {
  readonly grids: WorkbookGrids;
  /** Names and first cells of the workbook's sheets, for writing generated sheets without asking again. */
  readonly survey: SheetSurvey;
}

export class ReadCancelledError extends Error {
  constructor() {
    super("The read was cancelled.");
    this.name = "ReadCancelledError";
  }
}

interface UsedArea {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly used: Excel.Range;
}

interface Piece {
  readonly area: number;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface Dimensions {
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The sheets core reads: the template's five and, when the workbook has one, Tiltak. */
function templateSheetNames(names: readonly string[]): string[] {
  return [...templateSheets, measuresSheet].flatMap(
    (definition) => templateSheetName(names, definition) ?? []
  );
}

/**
 * The next batch: rows of the areas in order from where the last batch ended, as many as the budget
 * holds at the current estimate of bytes per cell (at least one row, so a batch always moves on).
 */
function nextBatch(
  dimensions: readonly Dimensions[],
  nextRows: number[],
  budgetBytes: number,
  cellBytes: number
): Piece[] {
  const batch: Piece[] = [];
  let bytes = 0;
  for (let area = 0; area < dimensions.length; area++) {
    const { rowCount, columnCount } = dimensions[area] as Dimensions;
    const firstRow = nextRows[area] ?? 0;
    const remaining = rowCount - firstRow;
    if (remaining <= 0) continue;
    const fitting = Math.floor((budgetBytes - bytes) / (columnCount * cellBytes));
    const rows = Math.min(remaining, batch.length === 0 ? Math.max(1, fitting) : fitting);
    if (rows < 1) break;
    batch.push({ area, firstRow, rowCount: rows, columnCount });
    nextRows[area] = firstRow + rows;
    bytes += rows * columnCount * cellBytes;
    if (rows < remaining) break;
  }
  return batch;
}

function remainingCells(dimensions: readonly Dimensions[], nextRows: readonly number[]): number {
  return dimensions.reduce(
    (sum, { rowCount, columnCount }, area) =>
      sum + Math.max(0, rowCount - (nextRows[area] ?? 0)) * columnCount,
    0
  );
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new ReadCancelledError();
}

/** Reads the template sheets (matched by name or alias) as grids anchored where their used range starts. */
export async function readWorkbook(
  host: ExcelHost,
  options: ReadOptions = {}
): Promise<WorkbookReading> {
  const budgetBytes = options.budgetBytes ?? defaultBudgetBytes;
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    checkCancelled(options.signal);
    const names = worksheets.items.map((sheet) => sheet.name);
    const areas: UsedArea[] = templateSheetNames(names).map((name) => {
      const sheet = worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, name, used };
    });
    const firstCells = loadFirstCells(
      context,
      outputSheetCandidates(names, options.outputSheets ?? [])
    );
    const nameLoads = loadTableAndDefinedNames(context);
    await context.sync();
    checkCancelled(options.signal);
    const survey = surveyFrom(names, firstCells, nameLoads);
    const present = areas.filter((area) => !area.used.isNullObject);
    // Office.js's values are core's CellValue dialect (core/validate/grid.ts).
    const values: CellValue[][][] = present.map(() => []);
    const formats: unknown[][][] = present.map(() => []);
    const dimensions = present.map(({ used }) => ({
      rowCount: used.rowCount,
      columnCount: used.columnCount,
    }));
    const nextRows = present.map(() => 0);
    let cellBytes = initialCellBytes;
    let chunksRead = 0;
    const chunksLeft = () =>
      Math.ceil((remainingCells(dimensions, nextRows) * cellBytes) / budgetBytes);
    options.onProgress?.({ chunksRead, chunks: chunksLeft() });
    for (;;) {
      const batch = nextBatch(dimensions, nextRows, budgetBytes, cellBytes);
      if (batch.length === 0) break;
      const ranges = batch.map((piece) => {
        const { sheet, used } = present[piece.area] as UsedArea;
        const range = sheet.getRangeByIndexes(
          used.rowIndex + piece.firstRow,
          used.columnIndex,
          piece.rowCount,
          piece.columnCount
        );
        range.load("values,numberFormat");
        return { piece, range };
      });
      try {
        await context.sync();
      } catch (error) {
        const single = batch.length === 1 && batch[0]?.rowCount === 1;
        if (!isPayloadLimitError(error) || single) throw error;
        for (const { area, firstRow } of batch) nextRows[area] = firstRow;
        cellBytes *= 2;
        continue;
      }
      let bytes = 0;
      let cells = 0;
      for (const { piece, range } of ranges) {
        range.values.forEach((row, index) => {
          (values[piece.area] as CellValue[][])[piece.firstRow + index] = row as CellValue[];
          (formats[piece.area] as unknown[][])[piece.firstRow + index] = range.numberFormat[
            index
          ] as unknown[];
        });
        bytes += payloadBytes(range.values) + payloadBytes(range.numberFormat);
        cells += piece.rowCount * piece.columnCount;
      }
      cellBytes = Math.max(smallestCellBytes, (bytes / cells) * sizeMargin);
      chunksRead++;
      options.onProgress?.({ chunksRead, chunks: chunksRead + chunksLeft() });
      checkCancelled(options.signal);
    }
    const grids: SheetGrid[] = present.map((area, index) => ({
      name: area.name,
      values: values[index] as CellValue[][],
      numberFormats: formats[index] as string[][],
      origin: { row: area.used.rowIndex, column: area.used.columnIndex },
    }));
    const empty: SheetGrid[] = areas
      .filter((area) => area.used.isNullObject)
      .map((area) => ({ name: area.name, values: [] }));
    return { grids: [...grids, ...empty], survey };
  });
}
