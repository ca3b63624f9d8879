// A child process for the interruption test: creates the output file's temporary file, says where
// the output goes, and waits to be stopped by a signal.
import { OutputFile } from "../../src/node/atomic-file";

async function hold(path: string): Promise<void> {
  await OutputFile.create(path, { overwrite: true });
  process.stdout.write("ready\n");
  setInterval(() => undefined, 60_000);
}

void hold(process.argv[2] ?? "");
