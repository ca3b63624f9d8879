// Running a TypeScript script of the tests in a child process: for what only a process can show, a
// signal's effect or another user's permissions.
import { spawn, type SpawnOptions } from "node:child_process";
import { join } from "node:path";

const registerTypeScript = join(__dirname, "register-typescript.js");

export interface ChildRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Starts `node script args` with TypeScript loading; `onOutput` sees stdout as it arrives (to signal the
 * child when it is ready). Resolves when the child ends.
 */
export function runTypeScriptChild(
  script: string,
  args: readonly string[],
  options: SpawnOptions & {
    readonly onOutput?: (stdout: string, child: { kill(signal: NodeJS.Signals): void }) => void;
  } = {}
): Promise<ChildRun> {
  const { onOutput, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", registerTypeScript, script, ...args], {
      ...spawnOptions,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      onOutput?.(stdout, child);
    });
    child.stderr?.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode, signal) => resolve({ exitCode, signal, stdout, stderr }));
  });
}
