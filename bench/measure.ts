import { performance } from "node:perf_hooks";

export interface Measurement {
  /** Median wall time of the repetitions, in milliseconds. */
  readonly milliseconds: number;
  /** Growth of the heap during one run (after a forced collection beforehand), in megabytes. */
  readonly heapMegabytes: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Runs `work` a few times after a warm-up and reports the median time and the heap it grew by. */
export function measure(work: () => unknown, repetitions = 5): Measurement {
  work();
  const times: number[] = [];
  let heapMegabytes = 0;
  for (let repetition = 0; repetition < repetitions; repetition++) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    work();
    times.push(performance.now() - start);
    heapMegabytes = Math.max(
      heapMegabytes,
      (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
    );
  }
  times.sort((a, b) => a - b);
  return { milliseconds: times[Math.floor(times.length / 2)] ?? Number.NaN, heapMegabytes };
}

/** Prints a table with aligned columns. */
export function printTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[]
): void {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length))
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
