// Reading an input file whole: refused without blocking when it is no regular file (a FIFO opened
// for reading waits for a writer) or "-" for standard input, and refused unread when it is larger
// than --max-size allows.
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { UsageError } from "./command";
import { howToRaise, largestReadableFile, sizeText, type ReadLimits } from "./read-limits";

/** What an input is, for its refusals: "a workbook", "a CSV file". */
export interface InputKind {
  readonly name: string;
  /** Why a pipe will not do, after "is a pipe or a device, not a file: ". */
  readonly whyAFile: string;
  /** How a file over the limit is too large, after "<path> is 300 MB, ". */
  readonly overLimit: string;
}

/** Opens a file to read; what it is, is asked of the open file, so it cannot be swapped in between. */
async function openRegularFile(path: string, kind: InputKind): Promise<FileHandle> {
  if (path === "-")
    throw new UsageError(
      `-: reading ${kind.name} from standard input is not supported: ${kind.whyAFile}`
    );
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`${path}: no such file`);
    if (code === "EISDIR") throw new UsageError(`${path} is a folder, not ${kind.name}`);
    if (code === "EACCES" || code === "EPERM")
      throw new UsageError(`${path} cannot be read (permission denied)`);
    throw new UsageError(`${path} cannot be opened (${code ?? "unknown reason"})`);
  }
  const stats = await handle.stat();
  if (stats.isFile()) return handle;
  await handle.close();
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder, not ${kind.name}`);
  throw new UsageError(`${path} is a pipe or a device, not a file: ${kind.whyAFile}`);
}

/** The whole file, refused unread when it is larger than the limits allow. */
export async function readInputFile(
  path: string,
  limits: ReadLimits,
  kind: InputKind
): Promise<Buffer> {
  const handle = await openRegularFile(path, kind);
  try {
    const { size } = await handle.stat();
    if (size > largestReadableFile)
      throw new UsageError(`${path} is ${sizeText(size)}: Veikart reads no file over 2 GiB`);
    if (size > limits.packageBytes)
      throw new UsageError(
        `${path} is ${sizeText(size)}, ${kind.overLimit}: ${howToRaise(limits)}`
      );
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
