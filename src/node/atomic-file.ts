import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./command";

/** Stops before any work when `path` cannot be written: it exists (and may not be replaced) or its folder does not. */
export function assertCanWrite(path: string, overwrite: boolean): void {
  if (!overwrite && existsSync(path))
    throw new UsageError(`${path} already exists; add --force to replace it`);
  if (!existsSync(dirname(path)))
    throw new UsageError(`the folder ${dirname(path)} does not exist`);
}

/**
 * Writes `path` through a temporary file in the same folder, renamed into place when complete, so a
 * failed write never leaves half a file. Refuses to replace an existing file unless `overwrite`.
 */
export async function writeFileAtomically(
  path: string,
  overwrite: boolean,
  write: (temporaryPath: string) => Promise<void>
): Promise<void> {
  assertCanWrite(path, overwrite);
  const temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temporaryPath);
    await rename(temporaryPath, path);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}
