// Zip archives as .xlsx files use them, with Node's own zlib: entries are read from the central
// directory (zip64 too), and an entry nobody changed is written back with its compressed bytes as they
// were. An entry never inflates to more than the size its directory record declares, so whoever
// checks the declared sizes before inflating bounds the memory a hostile archive can take.
import { constants as zlibConstants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** One file of an archive, still compressed. */
export interface ZipEntry {
  readonly name: string;
  /** The name as stored, written back unchanged with its encoding flag when the entry is copied. */
  readonly storedName: Buffer;
  readonly utf8Name: boolean;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly compressed: Buffer;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const utf8NameFlag = 0x0800;
const deflated = 8;
const stored = 0;
/** 1 January 1980, the earliest date a zip entry can carry: the same bytes for the same content. */
const fixedDosDate = 0x0021;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset--)
    if (bytes.readUInt32LE(offset) === endOfCentralDirectory) return offset;
  throw new ZipFormatError("no zip directory at the end of the file (truncated or not a zip file)");
}

const zip64Marker = 0xffffffff;
const zip64EndLocator = 0x07064b50;
const zip64End = 0x06064b50;
const zip64ExtraField = 0x0001;

/** A 64-bit size or offset as a number; beyond 2^53 it cannot be a real file's. */
function readUInt64(bytes: Buffer, offset: number): number {
  const value = bytes.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipFormatError(`the zip directory is damaged at byte ${offset}`);
  return Number(value);
}

/** Where the directory starts and how many records it has, from the zip64 record when there is one. */
function directoryOf(bytes: Buffer, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === zip64EndLocator) {
    const record = readUInt64(bytes, locator + 8);
    if (record + 56 > locator || bytes.readUInt32LE(record) !== zip64End)
      throw new ZipFormatError(`the zip64 directory is damaged at byte ${record}`);
    return { count: readUInt64(bytes, record + 32), offset: readUInt64(bytes, record + 48) };
  }
  return { count: bytes.readUInt16LE(end + 10), offset: bytes.readUInt32LE(end + 16) };
}

/** The entries of an archive in directory order; folders are left out. */
export function readZipEntries(bytes: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  const directory = directoryOf(bytes, end);
  let offset = directory.offset;
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  for (let index = 0; index < directory.count; index++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== centralDirectoryHeader)
      throw new ZipFormatError(`the zip directory is damaged at byte ${offset}`);
    // The name, extra field and comment must lie inside the directory, or reading them runs off it.
    const recordEnd =
      offset +
      46 +
      bytes.readUInt16LE(offset + 28) +
      bytes.readUInt16LE(offset + 30) +
      bytes.readUInt16LE(offset + 32);
    if (recordEnd > end) throw new ZipFormatError(`the zip directory is damaged at byte ${offset}`);
    const entry = entryAt(bytes, offset);
    if (names.has(entry.name)) throw new ZipFormatError(`the zip holds ${entry.name} twice`);
    names.add(entry.name);
    if (!entry.name.endsWith("/")) entries.push(entry);
    offset = recordEnd;
  }
  return entries;
}

/**
 * The sizes and local header offset of a directory record: a field set to 0xffffffff is in the
 * record's zip64 extra field, which holds only those, in this order.
 */
function sizesOf(
  bytes: Buffer,
  offset: number,
  name: string
): { compressedSize: number; uncompressedSize: number; localOffset: number } {
  const fields = [
    bytes.readUInt32LE(offset + 24),
    bytes.readUInt32LE(offset + 20),
    bytes.readUInt32LE(offset + 42),
  ];
  if (fields.includes(zip64Marker)) {
    const extraStart = offset + 46 + bytes.readUInt16LE(offset + 28);
    const extraEnd = extraStart + bytes.readUInt16LE(offset + 30);
    let field = extraStart;
    while (field + 4 <= extraEnd && bytes.readUInt16LE(field) !== zip64ExtraField)
      field += 4 + bytes.readUInt16LE(field + 2);
    if (field + 4 > extraEnd) throw new ZipFormatError(`the zip64 sizes of ${name} are missing`);
    const fieldEnd = Math.min(extraEnd, field + 4 + bytes.readUInt16LE(field + 2));
    let value = field + 4;
    fields.forEach((size, index) => {
      if (size !== zip64Marker) return;
      if (value + 8 > fieldEnd)
        throw new ZipFormatError(`the zip64 sizes of ${name} are cut short`);
      fields[index] = readUInt64(bytes, value);
      value += 8;
    });
  }
  const [uncompressedSize = 0, compressedSize = 0, localOffset = 0] = fields;
  return { compressedSize, uncompressedSize, localOffset };
}

/** The entry whose central directory record starts at `offset`. */
function entryAt(bytes: Buffer, offset: number): ZipEntry {
  const flags = bytes.readUInt16LE(offset + 8);
  const method = bytes.readUInt16LE(offset + 10);
  const nameLength = bytes.readUInt16LE(offset + 28);
  const storedName = bytes.subarray(offset + 46, offset + 46 + nameLength);
  const utf8Name = (flags & utf8NameFlag) !== 0;
  const name = storedName.toString(utf8Name ? "utf8" : "latin1");
  const { compressedSize, uncompressedSize, localOffset } = sizesOf(bytes, offset, name);
  if (flags & 1) throw new ZipFormatError(`${name} is encrypted`);
  if (method !== stored && method !== deflated)
    throw new ZipFormatError(`${name} uses zip compression method ${method}`);
  if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== localFileHeader)
    throw new ZipFormatError(`the zip entry ${name} is damaged`);
  const dataStart =
    localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
  if (dataStart + compressedSize > bytes.length)
    throw new ZipFormatError(`the zip entry ${name} is cut short`);
  return {
    name,
    storedName,
    utf8Name,
    method,
    crc32: bytes.readUInt32LE(offset + 16),
    uncompressedSize,
    compressed: bytes.subarray(dataStart, dataStart + compressedSize),
  };
}

/** An entry's content, never inflated past the size its directory record declares. */
export function inflateEntry(entry: ZipEntry): Buffer {
  let content: Buffer;
  try {
    content =
      entry.method === stored
        ? entry.compressed
        : inflateRawSync(entry.compressed, {
            maxOutputLength: Math.max(1, entry.uncompressedSize),
            // One output buffer one byte larger than the declared size: inflated into zlib's default
            // 16 KB chunks, the national Data sheet's 30 MB were 1,800 calls and a copy into one buffer.
            chunkSize: Math.max(zlibConstants.Z_MIN_CHUNK, entry.uncompressedSize + 1),
          });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new ZipFormatError(
        `the zip entry ${entry.name} is damaged (it holds more than the ${entry.uncompressedSize.toLocaleString("en")} bytes it declares)`
      );
    throw new ZipFormatError(`the zip entry ${entry.name} is damaged (it cannot be decompressed)`);
  }
  if (content.length !== entry.uncompressedSize || crc32(content) !== entry.crc32)
    throw new ZipFormatError(
      `the zip entry ${entry.name} is damaged (its checksum does not match)`
    );
  return content;
}

/** A new deflated entry. */
export function deflateEntry(name: string, content: Buffer): ZipEntry {
  return {
    name,
    storedName: Buffer.from(name, "utf8"),
    utf8Name: true,
    method: deflated,
    crc32: crc32(content),
    uncompressedSize: content.length,
    compressed: deflateRawSync(content, { level: 6 }),
  };
}

const zip64Needed =
  "the workbook would need zip64 (over 4 GB or 65,535 parts), which Veikart does not write";

/** An archive of these entries, in this order. */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  if (entries.length > 0xffff) throw new ZipFormatError(zip64Needed);
  for (const entry of entries) {
    if (offset + entry.compressed.length > zip64Marker || entry.uncompressedSize > zip64Marker)
      throw new ZipFormatError(zip64Needed);
    const name = entry.storedName;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(localFileHeader, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(entry.utf8Name ? utf8NameFlag : 0, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(fixedDosDate, 12);
    header.writeUInt32LE(entry.crc32 >>> 0, 14);
    header.writeUInt32LE(entry.compressed.length, 18);
    header.writeUInt32LE(entry.uncompressedSize, 22);
    header.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(centralDirectoryHeader, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    header.copy(record, 8, 6, 28);
    record.writeUInt32LE(offset, 42);
    chunks.push(header, name, entry.compressed);
    directory.push(record, name);
    offset += header.length + name.length + entry.compressed.length;
  }
  const directorySize = directory.reduce((size, chunk) => size + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(endOfCentralDirectory, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
