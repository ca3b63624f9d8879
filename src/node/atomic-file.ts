// Writing an output file so that no file is harmed: the new content goes to a temporary file created
// exclusively (never through a link someone planted) with a random name and mode 0600 beside the real
// target, and is renamed over it only when complete. The temporary file is made when the command
// starts, so an output folder that cannot be written stops the run before any reading or scoring.
import { randomBytes } from "node:crypto";
import { constants, unlinkSync, type Stats } from "node:fs";
import { lstat, open, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./command";

/** Temporary files not yet renamed into place, removed if the process is interrupted. */
const pendingFiles = new Set<string>();
const interruptions = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removePendingAndStop(signal: NodeJS.Signals): void {
  for (const path of pendingFiles) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing left to clean.
    }
  }
  pendingFiles.clear();
  for (const name of interruptions) process.removeListener(name, removePendingAndStop);
  // Dying of the same signal tells the shell how the run ended (exit status 128 + signal).
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (pendingFiles.size === 0)
    for (const name of interruptions) process.on(name, removePendingAndStop);
  pendingFiles.add(path);
}

function untrack(path: string): void {
  pendingFiles.delete(path);
  if (pendingFiles.size === 0)
    for (const name of interruptions) process.removeListener(name, removePendingAndStop);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

async function statOrUndefined(path: string, follow: boolean): Promise<Stats | undefined> {
  try {
    return await (follow ? stat(path) : lstat(path));
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return undefined;
    throw error;
  }
}

/** The file a write to `path` must replace: a link's final target, else the path in its real folder. */
async function realTargetOf(path: string): Promise<string> {
  const link = await statOrUndefined(path, false);
  if (link?.isSymbolicLink() === true) {
    try {
      return await realpath(path);
    } catch {
      throw new UsageError(`${path} is a link to a file that does not exist`);
    }
  }
  try {
    return join(await realpath(dirname(path)), basename(path));
  } catch {
    throw new UsageError(`the folder ${dirname(path)} does not exist`);
  }
}

export interface OutputOptions {
  /** Whether an existing file may be replaced (--force, --in-place). */
  readonly overwrite: boolean;
  /** The command's input files: none of them may be the output, unless `inPlace`. */
  readonly inputs?: readonly string[];
  /** The output is meant to be the input itself (--in-place). */
  readonly inPlace?: boolean;
}

/** Whether two existing files are one file (the same inode), by whatever paths they are named. */
function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Refuses an output that is one of the command's own inputs. */
async function refuseOwnInput(path: string, existing: Stats, inputs: readonly string[]) {
  for (const input of inputs) {
    const inputStats = await statOrUndefined(input, true);
    if (inputStats !== undefined && sameFile(inputStats, existing))
      throw new UsageError(
        `${path} is the input ${input}: Veikart never writes over a file it reads; choose another output file`
      );
  }
}

/**
 * Refuses a target that cannot be replaced safely: a folder or device, or a file with other hard
 * links. A rename would split the links (the other names keep the old content) and writing over the
 * file in place would leave it half-written if the run were stopped; neither is acceptable.
 */
function refuseUnsafeTarget(path: string, existing: Stats): void {
  if (!existing.isFile())
    throw new UsageError(`${path} exists and is not a file; choose another output file`);
  if (existing.nlink > 1)
    throw new UsageError(
      `${path} has ${existing.nlink} hard links: replacing it would split them, and writing over it in place could leave it half-written; write to another file with -o`
    );
}

/** The mode a new file gets: 0666 less the user's umask, as for any file a program creates. */
function newFileMode(): number {
  const umask = process.umask();
  return 0o666 & ~umask;
}

/** An output file being made: `commit` puts the content in place, `discard` leaves no trace. */
export class OutputFile {
  private constructor(
    /** The path as the user gave it, for messages. */
    readonly path: string,
    private readonly target: string,
    private readonly existing: Stats | undefined,
    private readonly temporaryPath: string,
    private handle: FileHandle | undefined
  ) {}

  /**
   * Checks that `path` may be written and creates its temporary file now, before any work: an existing
   * file without `overwrite`, an input, a missing or read-only folder or an unsafe target is a
   * UsageError.
   */
  static async create(path: string, options: OutputOptions): Promise<OutputFile> {
    const target = await realTargetOf(path);
    const existing = await statOrUndefined(target, false);
    if (existing !== undefined) {
      if (!options.overwrite)
        throw new UsageError(`${path} already exists; add --force to replace it`);
      if (options.inPlace !== true) await refuseOwnInput(path, existing, options.inputs ?? []);
      refuseUnsafeTarget(path, existing);
    }
    const temporaryPath = join(
      dirname(target),
      `.${basename(target)}.${randomBytes(8).toString("hex")}.tmp`
    );
    let handle: FileHandle;
    try {
      handle = await open(
        temporaryPath,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o600
      );
    } catch (error) {
      const code = errorCode(error);
      if (code === "EACCES" || code === "EPERM" || code === "EROFS")
        throw new UsageError(
          `the folder ${dirname(path)} cannot be written (${code}): nothing was read or written`
        );
      throw new UsageError(`${path} cannot be written (${code ?? "unknown reason"})`);
    }
    track(temporaryPath);
    return new OutputFile(path, target, existing, temporaryPath, handle);
  }

  /**
   * Writes the content to the temporary file, gives it the replaced file's mode and owner (owner
   * where the user may) or a new file's mode, and renames it over the target.
   */
  async commit(content: Buffer): Promise<void> {
    const handle = this.handle;
    if (handle === undefined) throw new Error(`${this.path} was already written or discarded`);
    try {
      await handle.writeFile(content);
      await handle.chmod(this.existing === undefined ? newFileMode() : this.existing.mode & 0o777);
      if (this.existing !== undefined)
        await handle.chown(this.existing.uid, this.existing.gid).catch((error: unknown) => {
          if (errorCode(error) !== "EPERM") throw error;
        });
      await handle.sync();
      await handle.close();
      this.handle = undefined;
      await rename(this.temporaryPath, this.target);
      untrack(this.temporaryPath);
    } catch (error) {
      await this.discard();
      throw error;
    }
  }

  /** Removes the temporary file unless it was committed; safe to call more than once. */
  async discard(): Promise<void> {
    if (!pendingFiles.has(this.temporaryPath)) return;
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    await rm(this.temporaryPath, { force: true });
    untrack(this.temporaryPath);
  }
}

/** Writes `content` to `path` as OutputFile does, in one step. */
export async function writeFileAtomically(
  path: string,
  options: OutputOptions,
  content: () => Buffer
): Promise<void> {
  const output = await OutputFile.create(path, options);
  try {
    await output.commit(content());
  } finally {
    await output.discard();
  }
}
