// An .xlsx file as its zip parts. Parts nobody changes are written back as they were read, compressed
// bytes and all, so copying a large workbook costs little and keeps what Veikart does not understand.
import { isAscii } from "node:buffer";
import { writeFile } from "node:fs/promises";
import { UsageError } from "../command";
import { readInputFile, type InputKind } from "../input-file";
import {
  defaultReadLimits,
  howToRaise,
  partLimitOf,
  sizeText,
  type ReadLimits,
} from "../read-limits";
import { isRelationshipOf, namespaces, type RelationshipKind } from "./ooxml-vocabulary";
import { XmlFormatError, XmlReader } from "./xml-reader";
import {
  deflateEntry,
  inflateEntry,
  readZipEntries,
  zipArchive,
  ZipFormatError,
  type ZipEntry,
} from "./zip-archive";

const zipSignature = "504b";
const compoundFileSignature = "d0cf11e0";

const workbookInput: InputKind = {
  name: "a workbook",
  whyAFile: "an .xlsx workbook is read from its end, so save it to a file first",
  overLimit: "more than it may unpack to",
};

function signatureOf(bytes: Buffer): string {
  return bytes.subarray(0, 4).toString("hex");
}

/** How much of a part `utf8Text` checks for ASCII at once. */
const asciiBlockBytes = 1 << 16;

/**
 * UTF-8 bytes as text, as `bytes.toString("utf8")` gives it. V8 copies ASCII text but decodes
 * everything after the first other byte one character at a time: the template's national Data
 * sheet, ASCII but for "År" in its header, took 60 ms instead of 17. Text whose every character is
 * Latin-1 (Norwegian letters are) is made Latin-1 first, its ASCII blocks copied whole, and copied
 * into a string; text with any other character, or bytes that are not UTF-8, is decoded as it stands.
 */
export function utf8Text(bytes: Buffer): string {
  let latin1: Buffer | undefined;
  let length = 0;
  let position = 0;
  while (position < bytes.length) {
    const end = Math.min(position + asciiBlockBytes, bytes.length);
    if (isAscii(bytes.subarray(position, end))) {
      if (latin1 !== undefined) length += bytes.copy(latin1, length, position, end);
      position = end;
      continue;
    }
    if (latin1 === undefined) {
      latin1 = Buffer.allocUnsafe(bytes.length);
      length = bytes.copy(latin1, 0, 0, position);
    }
    // A character of two bytes may end past the block: the next block starts after it.
    for (; position < end; position++) {
      const byte = bytes[position] as number;
      if (byte < 0x80) {
        latin1[length++] = byte;
        continue;
      }
      const next = bytes[position + 1] ?? 0;
      if ((byte !== 0xc2 && byte !== 0xc3) || (next & 0xc0) !== 0x80) return bytes.toString("utf8");
      latin1[length++] = ((byte & 0x1f) << 6) | (next & 0x3f);
      position++;
    }
  }
  return latin1 === undefined ? bytes.toString("latin1") : latin1.toString("latin1", 0, length);
}

/** One relationship of a part: `target` resolved to a package path unless it is external. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml". */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target ("../tables/table1.xml", "/xl/styles.xml") as a path from the package root. */
function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

export class XlsxPackage {
  /** The texts of the parts inflated so far: each part is inflated once, however often it is read. */
  private readonly inflated = new Map<string, string>();
  /** The bytes inflated so far, against the package's limit. */
  private inflatedBytes = 0;

  /** Each part as read (still compressed) or as changed (its new text), in the archive's order. */
  private constructor(
    private readonly name: string,
    private readonly parts: Map<string, ZipEntry | string>,
    private readonly limits: ReadLimits
  ) {}

  /**
   * Opens an .xlsx file; a missing, encrypted, non-workbook or too large file, a folder or a pipe is
   * a UsageError naming it.
   */
  static async open(path: string, limits: ReadLimits = defaultReadLimits): Promise<XlsxPackage> {
    const bytes = await readInputFile(path, limits, workbookInput);
    const signature = signatureOf(bytes);
    if (signature.startsWith(compoundFileSignature))
      throw new UsageError(
        `${path} is encrypted or an old .xls file: save it as an .xlsx workbook without a password`
      );
    if (!signature.startsWith(zipSignature))
      throw new UsageError(`${path} is not an .xlsx workbook`);
    return XlsxPackage.fromBuffer(bytes, path, limits);
  }

  /** The package in these bytes; `name` is how errors refer to it. */
  static fromBuffer(
    bytes: Buffer,
    name: string,
    limits: ReadLimits = defaultReadLimits
  ): XlsxPackage {
    let entries: ZipEntry[];
    try {
      entries = readZipEntries(bytes);
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      throw new UsageError(`${name} cannot be read as an .xlsx workbook (${error.message})`);
    }
    const parts = new Map<string, ZipEntry | string>(entries.map((entry) => [entry.name, entry]));
    if (!parts.has("[Content_Types].xml") || !parts.has("_rels/.rels"))
      throw new UsageError(`${name} is a zip file but not an .xlsx workbook`);
    return new XlsxPackage(name, parts, limits);
  }

  /** A package of these parts' texts, by path, such as a new workbook's. */
  static ofTexts(name: string, texts: Readonly<Record<string, string>>): XlsxPackage {
    return new XlsxPackage(name, new Map(Object.entries(texts)), defaultReadLimits);
  }

  has(partPath: string): boolean {
    return this.parts.has(partPath);
  }

  partPaths(): string[] {
    return [...this.parts.keys()];
  }

  /** A part's text; undefined when the package has no such part. */
  text(partPath: string): string | undefined {
    const part = this.parts.get(partPath);
    if (part === undefined || typeof part === "string") return part;
    const known = this.inflated.get(partPath);
    if (known !== undefined) return known;
    this.assertWithinLimits(part);
    let text: string;
    try {
      text = utf8Text(inflateEntry(part));
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      throw new UsageError(`${this.name} cannot be read as an .xlsx workbook (${error.message})`);
    }
    this.inflatedBytes += part.uncompressedSize;
    this.inflated.set(partPath, text);
    return text;
  }

  /** Refuses, before inflating it, a part whose declared size passes the part's or the package's limit. */
  private assertWithinLimits(part: ZipEntry): void {
    const size = part.uncompressedSize;
    const partLimit = partLimitOf(this.limits);
    if (size > partLimit)
      throw new UsageError(
        `${this.name}: the part ${part.name} unpacks to ${sizeText(size)}, more than one part may (${sizeText(partLimit)}); ${howToRaise(this.limits)}`
      );
    if (this.inflatedBytes + size > this.limits.packageBytes)
      throw new UsageError(
        `${this.name}: its parts unpack to more than ${sizeText(this.limits.packageBytes)} (${part.name} and those read before it); ${howToRaise(this.limits)}`
      );
  }

  setText(partPath: string, text: string): void {
    this.parts.set(partPath, text);
    this.inflated.delete(partPath);
  }

  remove(partPath: string): void {
    this.parts.delete(partPath);
    this.inflated.delete(partPath);
  }

  /**
   * What `read` makes of a part's XML; undefined when the package has no such part. XML that is not
   * well-formed is a UsageError naming the file and the part.
   */
  readXml<T>(partPath: string, read: (reader: XmlReader) => T): T | undefined {
    const xml = this.text(partPath);
    if (xml === undefined) return undefined;
    try {
      return read(new XmlReader(xml));
    } catch (error) {
      if (!(error instanceof XmlFormatError)) throw error;
      throw new UsageError(
        `${this.name}: the part ${partPath} is not well-formed XML: ${error.message}`
      );
    }
  }

  /** The relationships of a part (empty when it has none); "" for the package's own. */
  relationshipsOf(partPath: string): Relationship[] {
    const relationships: Relationship[] = [];
    this.readXml(relationshipsPathOf(partPath), (reader) => {
      while (reader.next() !== "end") {
        if (reader.token !== "open" || reader.localName !== "Relationship") continue;
        if (reader.namespace !== namespaces.packageRelationships) continue;
        const external = reader.attribute("TargetMode") === "External";
        const target = reader.attribute("Target") ?? "";
        relationships.push({
          id: reader.attribute("Id") ?? "",
          type: reader.attribute("Type") ?? "",
          target: external ? target : resolvePartPath(partPath, target),
          external,
        });
      }
    });
    return relationships;
  }

  /** The part's first relationship of that kind. */
  relationshipOf(partPath: string, kind: RelationshipKind): Relationship | undefined {
    return this.relationshipsOf(partPath).find((relationship) =>
      isRelationshipOf(relationship.type, kind)
    );
  }

  /** The whole package as .xlsx bytes. */
  toBuffer(): Buffer {
    return zipArchive(
      [...this.parts].map(([path, part]) =>
        typeof part === "string" ? deflateEntry(path, Buffer.from(part, "utf8")) : part
      )
    );
  }

  async writeFile(path: string): Promise<void> {
    await writeFile(path, this.toBuffer());
  }
}
