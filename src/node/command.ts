import type { Language } from "../core/issues";

/** What a command may touch besides files: its output streams and the user's language. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly language: Language;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
}

/** A command's behaviour; its name and summary are listed in commands/index.ts. */
export interface Command {
  /** The full --help text. */
  readonly help: string;
  /** Returns the exit code: 0 done, 1 validation errors, 2 unusable input or arguments. */
  readonly run: (args: readonly string[], io: CommandIo) => Promise<number>;
}

/** A problem with the command line or an input file: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
