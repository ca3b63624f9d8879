// `npm run bench`: every benchmark of the project, one after the other, in one process.
// `npm run bench -- validate` (or engine, benchmark, functions, excel, analysis) runs only the sections whose
// name starts with that word.
import { validateBenchmark } from "./validate.bench";
import { engineBenchmark } from "./engine.bench";
import { benchmarkBenchmark } from "./benchmark.bench";
import { functionsBenchmark } from "./functions.bench";
import { excelSyncBenchmark } from "./excel-sync.bench";
import { analysisBenchmark } from "./analysis.bench";

const benchmarks: readonly { readonly name: string; readonly run: () => Promise<void> | void }[] = [
  { name: "validate: national data set", run: validateBenchmark },
  { name: "engine: S1 on ASEM replicated, national synthetic set", run: engineBenchmark },
  { name: "benchmark: national workbook, core and file end to end", run: benchmarkBenchmark },
  { name: "functions: =VEIKART.SCORE and RANK filled down and spilled", run: functionsBenchmark },
  { name: "excel: syncs and request sizes of the Office.js adapter", run: excelSyncBenchmark },
  {
    name: "analysis: contributions, strengths and weaknesses, gaps for a unit of the national set",
    run: analysisBenchmark,
  },
];

async function runAll(only: string | undefined): Promise<void> {
  console.log(`Veikart benchmarks, Node ${process.version}, ${new Date().toISOString()}`);
  for (const benchmark of benchmarks) {
    if (only !== undefined && !benchmark.name.startsWith(only)) continue;
    console.log(`\n== ${benchmark.name}`);
    await benchmark.run();
  }
}

void runAll(process.argv[2]);
