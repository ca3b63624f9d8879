import JSZip from "jszip";
import {
  deflateEntry,
  inflateEntry,
  readZipEntries,
  zipArchive,
  ZipFormatError,
} from "../../../src/node/xlsx/zip-archive";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";

const sheetXml = `<sheetData>${"<row><c><v>1</v></c></row>".repeat(2000)}</sheetData>`;

async function jszipArchive(streamFiles: boolean): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  zip.file("xl/Øre og år.xml", "<x>æøå</x>", { compression: "STORE" });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles });
}

/**
 * The archive rewritten as zip64 writes it: each directory record's sizes and offset set to 0xffffffff
 * with the real values in a zip64 extra field, and a zip64 end record and its locator before the end.
 */
function asZip64(bytes: Buffer): Buffer {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  const directoryStart = bytes.readUInt32LE(end + 16);
  const records: Buffer[] = [];
  let offset = directoryStart;
  for (let index = 0; index < count; index++) {
    const nameLength = bytes.readUInt16LE(offset + 28);
    const record = Buffer.from(bytes.subarray(offset, offset + 46 + nameLength));
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(record.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(record.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(record.readUInt32LE(42)), 20);
    for (const field of [20, 24, 42]) record.writeUInt32LE(0xffffffff, field);
    record.writeUInt16LE(extra.length, 30);
    records.push(record, extra);
    offset += 46 + nameLength;
  }
  const directory = Buffer.concat(records);
  const zip64EndOffset = directoryStart + directory.length;
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeBigUInt64LE(BigInt(count), 24);
  zip64End.writeBigUInt64LE(BigInt(count), 32);
  zip64End.writeBigUInt64LE(BigInt(directory.length), 40);
  zip64End.writeBigUInt64LE(BigInt(directoryStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(zip64EndOffset), 8);
  locator.writeUInt32LE(1, 16);
  const endRecord = Buffer.from(bytes.subarray(end, end + 22));
  endRecord.writeUInt16LE(0xffff, 8);
  endRecord.writeUInt16LE(0xffff, 10);
  endRecord.writeUInt32LE(0xffffffff, 12);
  endRecord.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([
    bytes.subarray(0, directoryStart),
    directory,
    zip64End,
    locator,
    endRecord,
  ]);
}

describe("zip archives", () => {
  it("writes archives that another zip reader (jszip) reads back, names and contents alike", async () => {
    const bytes = zipArchive([
      deflateEntry("[Content_Types].xml", Buffer.from("<Types/>")),
      deflateEntry("xl/worksheets/sheet1.xml", Buffer.from(sheetXml)),
      deflateEntry("xl/Øre og år.xml", Buffer.from("<x>æøå</x>")),
    ]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/Øre og år.xml",
    ]);
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(sheetXml);
    expect(await zip.file("xl/Øre og år.xml")?.async("string")).toBe("<x>æøå</x>");
  });

  it.each([false, true])(
    "reads stored and deflated entries of an archive jszip wrote (data descriptors: %s), folders left out",
    async (streamFiles) => {
      const entries = readZipEntries(await jszipArchive(streamFiles));
      expect(entries.map((entry) => entry.name)).toEqual([
        "[Content_Types].xml",
        "xl/worksheets/sheet1.xml",
        "xl/Øre og år.xml",
      ]);
      expect(entries.map((entry) => entry.method)).toEqual([8, 8, 0]);
      expect(entries.map((entry) => inflateEntry(entry).toString("utf8"))).toEqual([
        "<Types/>",
        sheetXml,
        "<x>æøå</x>",
      ]);
    }
  );

  it("copies an entry it did not change with the same compressed bytes", async () => {
    const [first, second] = readZipEntries(await jszipArchive(false));
    if (first === undefined || second === undefined) throw new Error("two entries expected");
    const [copied, added] = readZipEntries(
      zipArchive([second, deflateEntry("new.xml", Buffer.from("<n/>"))])
    );
    if (copied === undefined || added === undefined) throw new Error("two entries expected");
    expect(copied.compressed.equals(second.compressed)).toBe(true);
    expect(copied.crc32).toBe(second.crc32);
    expect(inflateEntry(added).toString()).toBe("<n/>");
  });

  it("says an entry is damaged when its bytes no longer match its checksum", async () => {
    const bytes = await jszipArchive(false);
    const [, sheet] = readZipEntries(bytes);
    if (sheet === undefined) throw new Error("the sheet entry is missing");
    const damaged = Buffer.from(sheet.compressed);
    const middle = damaged.length >> 1;
    damaged.writeUInt8(damaged.readUInt8(middle) ^ 0x55, middle);
    expect(() => inflateEntry({ ...sheet, compressed: damaged })).toThrow(ZipFormatError);
  });

  it("says a truncated file has no zip directory", async () => {
    const bytes = await jszipArchive(false);
    expect(() => readZipEntries(bytes.subarray(0, bytes.length - 30))).toThrow(
      "no zip directory at the end of the file (truncated or not a zip file)"
    );
  });

  it("refuses bytes that are not a workbook with an error naming the file", async () => {
    expect(() => XlsxPackage.fromBuffer(Buffer.from("PK not really"), "rapport.xlsx")).toThrow(
      "rapport.xlsx cannot be read as an .xlsx workbook (no zip directory at the end of the file (truncated or not a zip file))"
    );
    const other = new JSZip();
    other.file("notes.txt", "hei");
    const bytes = await other.generateAsync({ type: "nodebuffer" });
    expect(() => XlsxPackage.fromBuffer(bytes, "notater.zip")).toThrow(
      "notater.zip is a zip file but not an .xlsx workbook"
    );
  });
  it("says a zip entry whose compressed bytes are garbage is damaged, as a ZipFormatError", () => {
    const [entry] = readZipEntries(zipArchive([deflateEntry("a.xml", Buffer.from(sheetXml))]));
    if (entry === undefined) throw new Error("one entry expected");
    const garbage = Buffer.alloc(entry.compressed.length, 0xff);
    expect(() => inflateEntry({ ...entry, compressed: garbage })).toThrow(
      "the zip entry a.xml is damaged (it cannot be decompressed)"
    );
  });

  it("says where the zip directory is damaged when it points outside the file", async () => {
    const bytes = Buffer.from(await jszipArchive(false));
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(bytes.length - 30, end + 16);
    expect(() => readZipEntries(bytes)).toThrow(ZipFormatError);
    expect(() => readZipEntries(bytes)).toThrow(/the zip directory is damaged at byte \d+/);
  });

  it("refuses an archive that holds the same name twice", () => {
    const entry = deflateEntry("xl/workbook.xml", Buffer.from("<workbook/>"));
    expect(() => readZipEntries(zipArchive([entry, entry]))).toThrow(
      "the zip holds xl/workbook.xml twice"
    );
  });

  it("reads an archive written as zip64 (sizes and offsets in the zip64 fields and end record)", () => {
    const bytes = asZip64(
      zipArchive([
        deflateEntry("xl/workbook.xml", Buffer.from("<workbook/>")),
        deflateEntry("xl/worksheets/sheet1.xml", Buffer.from(sheetXml)),
      ])
    );
    const entries = readZipEntries(bytes);
    expect(entries.map((entry) => entry.name)).toEqual([
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(entries.map((entry) => inflateEntry(entry).toString())).toEqual([
      "<workbook/>",
      sheetXml,
    ]);
  });

  it("never inflates an entry past the size it declares: a lying size is damage, found at that size", () => {
    const [entry] = readZipEntries(
      zipArchive([deflateEntry("bomb.xml", Buffer.alloc(10_000_000, 0x20))])
    );
    if (entry === undefined) throw new Error("one entry expected");
    expect(() => inflateEntry({ ...entry, uncompressedSize: 1000 })).toThrow(
      "the zip entry bomb.xml is damaged (it holds more than the 1,000 bytes it declares)"
    );
  });

  it("writes a copied entry's name back in the encoding it was stored in", () => {
    const latin1Name = Buffer.from("xl/m\xe5l.xml", "latin1");
    const stored = {
      ...deflateEntry("unused", Buffer.from("<x/>")),
      name: latin1Name.toString("latin1"),
      storedName: latin1Name,
      utf8Name: false,
    };
    const [copied] = readZipEntries(zipArchive([stored]));
    expect(copied?.storedName.equals(latin1Name)).toBe(true);
    expect(copied?.utf8Name).toBe(false);
    expect(copied?.name).toBe("xl/mål.xml");
  });
});
