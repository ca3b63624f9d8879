import { UsageError, type CommandIo } from "./command";
import { commands } from "./commands";
import { languageOf, type Language } from "../core/language";

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length), 8);
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    "veikart: validate and benchmark green-competitiveness indicator workbooks",
    "",
    "Usage: veikart <command> [options]   (veikart <command> --help for its options)",
    "",
    "Commands:",
    ...lines,
    "",
    "Common options: --lang nb|en (messages in bokmål or English; default from LANG)",
    "",
  ].join("\n");
}

function languageFrom(args: readonly string[], environmentLanguage: string | undefined): Language {
  const index = args.indexOf("--lang");
  const chosen = index >= 0 ? args[index + 1] : undefined;
  if (chosen !== undefined) {
    if (chosen !== "nb" && chosen !== "en")
      throw new UsageError(`--lang takes nb or en, not "${chosen}"`);
    return chosen;
  }
  return languageOf(environmentLanguage);
}

function withoutLanguage(args: readonly string[]): string[] {
  const index = args.indexOf("--lang");
  return index < 0 ? [...args] : [...args.slice(0, index), ...args.slice(index + 2)];
}

/** Runs one `veikart` command line and returns its exit code; never throws. */
export async function main(argv: readonly string[], io: Partial<CommandIo> = {}): Promise<number> {
  const stdout = io.stdout ?? ((text: string) => void process.stdout.write(text));
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text));
  try {
    const language = io.language ?? languageFrom(argv, process.env.LANG);
    const [name, ...rest] = withoutLanguage(argv);
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      stdout(overview());
      return name === undefined ? 2 : 0;
    }
    const entry = commands.find((candidate) => candidate.name === name);
    if (entry === undefined) throw new UsageError(`unknown command "${name}" (see veikart --help)`);
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      stdout(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
      return 0;
    }
    const interactive = io.interactive ?? Boolean(process.stderr.isTTY);
    return await command.run(rest, { stdout, stderr, language, interactive });
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`veikart: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr(`veikart: unexpected failure: ${message}\n`);
    return 2;
  }
}
