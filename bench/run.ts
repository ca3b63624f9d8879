// `npm run bench`: every benchmark of the project, one after the other, in one process.
const benchmarks: readonly { readonly name: string; readonly run: () => Promise<void> | void }[] =
  [];

async function runAll(): Promise<void> {
  console.log(`Veikart benchmarks, Node ${process.version}, ${new Date().toISOString()}`);
  for (const benchmark of benchmarks) {
    console.log(`\n== ${benchmark.name}`);
    await benchmark.run();
  }
}

void runAll();
