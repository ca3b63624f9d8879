// Reading the template sheets of the open workbook into the grids the core validator reads. The
// syncs do not grow with the rows: one for the sheet names, one for every sheet's used range (and the
// first cell of the sheets a run may replace), then one per budget-sized chunk of cells.
import { headerKey, namesOf, templateSheets } from "../core/template";
import type { SheetGrid, WorkbookGrids } from "../core/validate";
import type { ExcelHost } from "./excel-host";
import { defaultBudgetBytes, isPayloadLimitError } from "./request-budget";
import {
  loadFirstCells,
  loadTableNames,
  outputSheetCandidates,
  surveyFrom,
  type SheetSurvey,
} from "./sheet-survey";

/** A cell's value and its number format as JSON in a response, before the real sizes are known. */
const estimatedCellBytes = 32;

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

function templateSheetNames(names: readonly string[]): string[] {
  return templateSheets.flatMap((definition) => {
    const wanted = new Set(namesOf(definition).map(headerKey));
    const found = names.find((name) => wanted.has(headerKey(name)));
    return found === undefined ? [] : [found];
  });
}

/** Splits every sheet's rows into pieces, then packs the pieces into batches under the budget. */
function planBatches(
  dimensions: readonly { rowCount: number; columnCount: number }[],
  budgetBytes: number
): Piece[][] {
  const pieces: Piece[] = [];
  dimensions.forEach(({ rowCount, columnCount }, area) => {
    const rowsPerPiece = Math.max(1, Math.floor(budgetBytes / (columnCount * estimatedCellBytes)));
    for (let firstRow = 0; firstRow < rowCount; firstRow += rowsPerPiece)
      pieces.push({
        area,
        firstRow,
        rowCount: Math.min(rowsPerPiece, rowCount - firstRow),
        columnCount,
      });
  });
  const batches: Piece[][] = [];
  let batch: Piece[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    const size = piece.rowCount * piece.columnCount * estimatedCellBytes;
    if (batch.length > 0 && bytes + size > budgetBytes) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(piece);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function halves(batch: readonly Piece[]): Piece[][] {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const [piece] = batch;
  if (piece === undefined || piece.rowCount < 2) return [];
  const upper = Math.ceil(piece.rowCount / 2);
  return [
    [{ ...piece, rowCount: upper }],
    [{ ...piece, firstRow: piece.firstRow + upper, rowCount: piece.rowCount - upper }],
  ];
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
    const tables = loadTableNames(context);
    await context.sync();
    checkCancelled(options.signal);
    const survey = surveyFrom(names, firstCells, tables);
    const present = areas.filter((area) => !area.used.isNullObject);
    const values: unknown[][][] = present.map(() => []);
    const formats: unknown[][][] = present.map(() => []);
    const pending = planBatches(
      present.map(({ used }) => ({ rowCount: used.rowCount, columnCount: used.columnCount })),
      budgetBytes
    );
    const total = pending.length;
    let chunksRead = 0;
    options.onProgress?.({ chunksRead, chunks: total });
    while (pending.length > 0) {
      const batch = pending.shift() ?? [];
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
        const smaller = halves(batch);
        if (!isPayloadLimitError(error) || smaller.length === 0) throw error;
        pending.unshift(...smaller);
        continue;
      }
      for (const { piece, range } of ranges) {
        range.values.forEach((row, index) => {
          (values[piece.area] as unknown[][])[piece.firstRow + index] = row;
          (formats[piece.area] as unknown[][])[piece.firstRow + index] = range.numberFormat[
            index
          ] as unknown[];
        });
      }
      chunksRead++;
      options.onProgress?.({ chunksRead, chunks: Math.max(total, chunksRead) });
      checkCancelled(options.signal);
    }
    const grids: SheetGrid[] = present.map((area, index) => ({
      name: area.name,
      values: values[index] as unknown[][],
      numberFormats: formats[index] as string[][],
      origin: { row: area.used.rowIndex, column: area.used.columnIndex },
    }));
    const empty: SheetGrid[] = areas
      .filter((area) => area.used.isNullObject)
      .map((area) => ({ name: area.name, values: [] }));
    return { grids: [...grids, ...empty], survey };
  });
}
