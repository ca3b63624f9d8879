// The CSV reader on COINr's ASEM iData replicated to 8,160 units (6.8 MB): the own parser (reading every
// cell, as coin does) against csv-parse, the well-kept parser the issue named, on the same text.
import { parse } from "csv-parse/sync";
import { parseCsv } from "../src/node/csv";
import { measure, printTable } from "./measure";
import { replicatedAsemCsv } from "./process.bench";

/** Every cell of the table read once, as `coin` reads them; the count of cells. */
function readEveryCell(text: string): number {
  const table = parseCsv(text);
  let cells = 0;
  for (let row = 0; row < table.rowCount; row++)
    for (let column = 0; column < table.header.length; column++)
      if (table.cell(row, column) !== undefined) cells++;
  return cells;
}

export function csvBenchmark(): void {
  const text = replicatedAsemCsv(160);
  const semicolons = replicatedAsemCsv(160, ";");
  const megabytes = (Buffer.byteLength(text) / 2 ** 20).toFixed(1);
  const own = measure(() => readEveryCell(text), 3);
  const ownNorwegian = measure(() => readEveryCell(semicolons), 3);
  const reference = measure(() => parse(text, { bom: true }), 3);
  printTable(
    `ASEM iData at 8,160 units (${megabytes} MB), parse and read every cell`,
    ["parser", "ms", "heap MB"],
    [
      ["own, commas", own.milliseconds.toFixed(0), own.heapMegabytes.toFixed(0)],
      [
        "own, semicolons and decimal commas",
        ownNorwegian.milliseconds.toFixed(0),
        ownNorwegian.heapMegabytes.toFixed(0),
      ],
      [
        "csv-parse 7.0.3, commas",
        reference.milliseconds.toFixed(0),
        reference.heapMegabytes.toFixed(0),
      ],
    ]
  );
}
