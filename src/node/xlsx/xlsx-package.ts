// An .xlsx file as its zip parts. Parts nobody changes are written back as they were read, compressed
// bytes and all, so copying a large workbook costs little and keeps what Veikart does not understand.
import { open, readFile, writeFile } from "node:fs/promises";
import { UsageError } from "../command";
import { isRelationshipOf, type RelationshipKind } from "./ooxml-vocabulary";
import { attributesOf, tagsNamed } from "./xml-text";
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

async function signatureOf(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`${path}: no such file`);
    if (code === "EISDIR") throw new UsageError(`${path} is a folder, not a workbook`);
    throw new UsageError(`${path} cannot be opened (${code ?? "unknown reason"})`);
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return buffer.subarray(0, bytesRead).toString("hex");
  } finally {
    await handle.close();
  }
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
  /** Each part as read (still compressed) or as changed (its new text), in the archive's order. */
  private constructor(
    private readonly name: string,
    private readonly parts: Map<string, ZipEntry | string>
  ) {}

  /** Opens an .xlsx file; a missing, encrypted or non-workbook file is a UsageError naming it. */
  static async open(path: string): Promise<XlsxPackage> {
    const signature = await signatureOf(path);
    if (signature.startsWith(compoundFileSignature))
      throw new UsageError(
        `${path} is encrypted or an old .xls file: save it as an .xlsx workbook without a password`
      );
    if (!signature.startsWith(zipSignature))
      throw new UsageError(`${path} is not an .xlsx workbook`);
    return XlsxPackage.fromBuffer(await readFile(path), path);
  }

  /** The package in these bytes; `name` is how errors refer to it. */
  static fromBuffer(bytes: Buffer, name: string): XlsxPackage {
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
    return new XlsxPackage(name, parts);
  }

  /** A package of these parts' texts, by path, such as a new workbook's. */
  static ofTexts(name: string, texts: Readonly<Record<string, string>>): XlsxPackage {
    return new XlsxPackage(name, new Map(Object.entries(texts)));
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
    try {
      return inflateEntry(part).toString("utf8");
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      throw new UsageError(`${this.name} cannot be read as an .xlsx workbook (${error.message})`);
    }
  }

  setText(partPath: string, text: string): void {
    this.parts.set(partPath, text);
  }

  remove(partPath: string): void {
    this.parts.delete(partPath);
  }

  /** The relationships of a part (empty when it has none); "" for the package's own. */
  relationshipsOf(partPath: string): Relationship[] {
    const xml = this.text(relationshipsPathOf(partPath));
    if (xml === undefined) return [];
    return tagsNamed(xml, "Relationship").map((tag) => {
      const attributes = attributesOf(tag);
      const external = attributes.get("TargetMode") === "External";
      const target = attributes.get("Target") ?? "";
      return {
        id: attributes.get("Id") ?? "",
        type: attributes.get("Type") ?? "",
        target: external ? target : resolvePartPath(partPath, target),
        external,
      };
    });
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
