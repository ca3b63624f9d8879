// How much of a workbook Veikart unpacks: one limit on the whole package, given with --max-size on the
// commands that read workbooks. The national workbook (372 units, 30 indicators, 16 years) unpacks to
// about 39 MB with its Benchmark sheet, so the default leaves five times that room.
import { constants } from "node:buffer";
import { UsageError } from "./command";

export interface ReadLimits {
  /** The most bytes a workbook's parts may unpack to, all together. */
  readonly packageBytes: number;
}

export const defaultReadLimits: ReadLimits = { packageBytes: 200_000_000 };

/** Node reads no file over 2 GiB into memory in one go (fs.readFile's limit). */
export const largestReadableFile = 2 ** 31 - 1;

/** The most bytes one part may unpack to: the package's limit, and no more than one string holds. */
export function partLimitOf(limits: ReadLimits): number {
  return Math.min(limits.packageBytes, constants.MAX_STRING_LENGTH);
}

const units: Readonly<Record<string, number>> = {
  "": 1,
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KIB: 2 ** 10,
  MIB: 2 ** 20,
  GIB: 2 ** 30,
};

/** A size as --max-size shows it: "200 MB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1e9 && bytes % 1e7 === 0) return `${bytes / 1e9} GB`;
  if (bytes >= 1e6 && bytes % 1e4 === 0) return `${bytes / 1e6} MB`;
  return `${bytes.toLocaleString("en")} bytes`;
}

/** The limits of `--max-size 500MB` (B, KB, MB, GB, KiB, MiB, GiB; decimal point allowed). */
export function maxSizeOption(text: string | undefined): ReadLimits {
  if (text === undefined) return defaultReadLimits;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = units[(match?.[2] ?? "").toUpperCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Number(match[1]) * unit;
  if (!Number.isFinite(bytes) || bytes < 1e6)
    throw new UsageError(
      `--max-size takes a size of at least 1MB, such as 500MB or 2GB, not "${text}"`
    );
  return { packageBytes: Math.floor(bytes) };
}

/** The end of a refusal: how to let Veikart read more. */
export function howToRaise(limits: ReadLimits): string {
  return `the limit is ${sizeText(limits.packageBytes)} (--max-size); if the workbook is genuine, run again with a larger one, such as --max-size ${sizeText(limits.packageBytes * 4).replace(" ", "")}`;
}
