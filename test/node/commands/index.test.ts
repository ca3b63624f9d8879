// Lazy command loading: `veikart --help` loads the command list, not the commands, so it starts fast;
// a command's module is loaded when it is asked for.
import { execFile } from "node:child_process";
import { join, relative } from "node:path";
import { promisify } from "node:util";

const root = join(__dirname, "..", "..", "..");
const sources = join(root, "src");

/** The modules under src/ that running `veikart args` in a fresh process loaded, relative to src/. */
async function sourcesLoadedBy(args: readonly string[]): Promise<string[]> {
  const script = `
    const { main } = require(${JSON.stringify(join(sources, "node", "cli.ts"))});
    main(${JSON.stringify(args)}, { stdout: () => {}, stderr: () => {}, language: "en" }).then(() => {
      process.stdout.write(JSON.stringify(Object.keys(require.cache)));
    });`;
  const { stdout } = await promisify(execFile)(process.execPath, [
    "-r",
    join(root, "test", "support", "register-typescript.js"),
    "-e",
    script,
  ]);
  return (JSON.parse(stdout) as string[])
    .filter((path) => path.startsWith(sources))
    .map((path) => relative(sources, path))
    .sort();
}

describe("veikart's command list", () => {
  it("loads no command's module for veikart --help, only the list", async () => {
    const loaded = await sourcesLoadedBy(["--help"]);
    expect(loaded).toContain(join("node", "commands", "index.ts"));
    expect(loaded.filter((path) => path.startsWith(join("node", "commands")))).toEqual([
      join("node", "commands", "index.ts"),
    ]);
    expect(loaded.filter((path) => path.startsWith(join("node", "xlsx")))).toEqual([]);
    expect(loaded.filter((path) => path.startsWith("core"))).toEqual([join("core", "language.ts")]);
  });

  it("loads a command's module when its help is asked for, and no other command's", async () => {
    const loaded = await sourcesLoadedBy(["validate", "--help"]);
    expect(loaded).toContain(join("node", "commands", "validate.ts"));
    expect(loaded).not.toContain(join("node", "commands", "sensitivity.ts"));
  });
});
