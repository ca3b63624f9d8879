// An .xlsx file as its zip parts. Parts nobody changes are written back as they were read, compressed
// bytes and all, so copying a large workbook costs little and keeps what Veikart does not understand.
import { open, readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { UsageError } from "../command";
import { attributesOf, tagsNamed } from "./xml-text";

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
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

export class XlsxPackage {
  private constructor(private readonly zip: JSZip) {}

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
  static async fromBuffer(bytes: Buffer | Uint8Array, name: string): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`${name} cannot be read as an .xlsx workbook (${reason})`);
    }
    if (zip.file("xl/workbook.xml") === null && zip.file("[Content_Types].xml") === null)
      throw new UsageError(`${name} is a zip file but not an .xlsx workbook`);
    return new XlsxPackage(zip);
  }

  has(partPath: string): boolean {
    return this.zip.file(partPath) !== null;
  }

  /** Every part's path, folders left out. */
  partPaths(): string[] {
    return Object.values(this.zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name);
  }

  /** A part's text; undefined when the package has no such part. */
  async text(partPath: string): Promise<string | undefined> {
    return this.zip.file(partPath)?.async("string");
  }

  setText(partPath: string, text: string): void {
    this.zip.file(partPath, text);
  }

  remove(partPath: string): void {
    this.zip.remove(partPath);
  }

  /** The relationships of a part (empty when it has none). */
  async relationshipsOf(partPath: string): Promise<Relationship[]> {
    const xml = await this.text(relationshipsPathOf(partPath));
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

  /** The whole package as .xlsx bytes. */
  async toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }

  async writeFile(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }
}
