// `npm run bench`: every benchmark of the project, one after the other, in one process.
// `npm run bench -- validate` (or engine, benchmark, functions, excel, csv, process, xml, import, analysis, audit, sensitivity) runs only the sections whose
// name starts with that word.
import { validateBenchmark } from "./validate.bench";
import { engineBenchmark } from "./engine.bench";
import { benchmarkBenchmark } from "./benchmark.bench";
import { functionsBenchmark } from "./functions.bench";
import { excelSyncBenchmark } from "./excel-sync.bench";
import { auditBenchmark } from "./audit.bench";
import { processBenchmark } from "./process.bench";
import { csvBenchmark } from "./csv.bench";
import { xmlReaderBenchmark } from "./xml-reader.bench";
import { importCoreBenchmark } from "./import-core.bench";
import { importBenchmark } from "./import.bench";
import { analysisBenchmark } from "./analysis.bench";
import { sensitivityBenchmark } from "./sensitivity.bench";

const benchmarks: readonly { readonly name: string; readonly run: () => Promise<void> | void }[] = [
  { name: "validate: national data set", run: validateBenchmark },
  { name: "engine: S1 on ASEM replicated, national synthetic set", run: engineBenchmark },
  { name: "benchmark: national workbook, core and file end to end", run: benchmarkBenchmark },
  { name: "functions: =VEIKART.SCORE and RANK filled down and spilled", run: functionsBenchmark },
  { name: "excel: syncs and request sizes of the Office.js adapter", run: excelSyncBenchmark },
  { name: "csv: the own reader and csv-parse on ASEM at 8,160 units", run: csvBenchmark },
  { name: "process: veikart commands as a user runs them", run: processBenchmark },
  { name: "xml: the XML reader and saxes on the national Data sheet", run: xmlReaderBenchmark },
  { name: "import: one indicator in core, 372 units x 16 years", run: importCoreBenchmark },
  {
    name: "import: veikart import ssb as a process; 150,000 rows through the adapter",
    run: importBenchmark,
  },
  {
    name: "analysis: contributions, strengths and weaknesses, gaps for a unit of the national set",
    run: analysisBenchmark,
  },
  { name: "audit: the indicator set of the national data set", run: auditBenchmark },
  {
    name: "sensitivity: rank intervals and Sobol indices on ASEM and the national set, core and process",
    run: sensitivityBenchmark,
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
