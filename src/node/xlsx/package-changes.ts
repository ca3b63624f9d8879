// Changes to an .xlsx package gathered first and applied in one step, so that an error while working
// them out leaves the package as it was; and the relationship bookkeeping they need.
import { contentTypes, namespaces, xmlDeclaration } from "./ooxml-vocabulary";
import { relationshipsPathOf, type XlsxPackage } from "./xlsx-package";
import { attributesOf, escapeXml, tagsNamed } from "./xml-text";

const contentTypesPath = "[Content_Types].xml";

/** A target as written in `fromPart`'s relationships: relative to the folder `fromPart` sits in. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** A relationship id not used in these relationships: rId1, rId2, ... */
export function freeRelationshipId(relationshipsXml: string): string {
  const used = new Set(
    tagsNamed(relationshipsXml, "Relationship").map((tag) => attributesOf(tag).get("Id"))
  );
  for (let number = 1; ; number++) if (!used.has(`rId${number}`)) return `rId${number}`;
}

/** The relationships part text with one relationship added (or the part created). */
export function withRelationship(
  relationshipsXml: string | undefined,
  id: string,
  type: string,
  target: string
): string {
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (relationshipsXml === undefined || !relationshipsXml.includes("</Relationships>"))
    return `${xmlDeclaration}<Relationships xmlns="${namespaces.packageRelationships}">${relationship}</Relationships>`;
  return relationshipsXml.replace("</Relationships>", `${relationship}</Relationships>`);
}

/** The relationships part text without the relationship of that id. */
export function withoutRelationship(relationshipsXml: string, id: string): string {
  return relationshipsXml.replace(/<Relationship\s[^>]*\/>/g, (tag) =>
    attributesOf(tag).get("Id") === id ? "" : tag
  );
}

/** Every internal part that some relationships part of the package points to, by the parts pointing. */
function referencesByPart(xlsx: XlsxPackage): Map<string, Set<string>> {
  const references = new Map<string, Set<string>>();
  for (const path of xlsx.partPaths()) {
    if (!path.endsWith(".rels")) continue;
    const source = path.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const relationship of xlsx.relationshipsOf(source)) {
      if (relationship.external) continue;
      let sources = references.get(relationship.target);
      if (sources === undefined) references.set(relationship.target, (sources = new Set()));
      sources.add(source);
    }
  }
  return references;
}

/**
 * The part and every part that only it (directly or through such parts) refers to: a sheet's tables,
 * drawings and charts come with it; a part a kept part also refers to does not.
 */
export function partTreeOf(xlsx: XlsxPackage, partPath: string): string[] {
  const references = referencesByPart(xlsx);
  const tree = new Set<string>();
  const pending = [partPath];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (tree.has(path)) continue;
    tree.add(path);
    for (const relationship of xlsx.relationshipsOf(path)) {
      if (relationship.external) continue;
      const sources = references.get(relationship.target) ?? new Set();
      if ([...sources].every((source) => tree.has(source))) pending.push(relationship.target);
    }
  }
  return [...tree];
}

/** "rels" for "xl/_rels/workbook.xml.rels": the extension a content type Default names, in lower case. */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Parts to remove and texts to write, applied together by `apply`. */
export class PackageChanges {
  private readonly removals = new Set<string>();
  private readonly texts = new Map<string, string>();
  private readonly overrides = new Map<string, string>();

  constructor(private readonly xlsx: XlsxPackage) {}

  /** Removes these parts and their relationships. */
  remove(paths: Iterable<string>): void {
    for (const path of paths) this.removals.add(path);
  }

  /** A part's text as it will be: the pending change, else the package's own. */
  text(path: string): string | undefined {
    return this.texts.get(path) ?? (this.removals.has(path) ? undefined : this.xlsx.text(path));
  }

  write(path: string, text: string, contentType?: string): void {
    this.texts.set(path, text);
    if (contentType !== undefined) this.overrides.set(path, contentType);
  }

  /** Writes a part at the first "<prefix><n>.xml" that is free once the changes apply; returns it. */
  add(prefix: string, text: string, contentType: string): string {
    let path = `${prefix}1.xml`;
    for (let number = 2; this.isTaken(path); number++) path = `${prefix}${number}.xml`;
    this.write(path, text, contentType);
    return path;
  }

  /** Applies every change; nothing is read from the package after the first change. */
  apply(): void {
    const contentTypesXml = this.contentTypesXml();
    for (const path of this.removals) {
      this.xlsx.remove(relationshipsPathOf(path));
      this.xlsx.remove(path);
    }
    for (const [path, text] of this.texts) this.xlsx.setText(path, text);
    this.xlsx.setText(contentTypesPath, contentTypesXml);
  }

  private isTaken(path: string): boolean {
    return this.texts.has(path) || (this.xlsx.has(path) && !this.removals.has(path));
  }

  /**
   * The content types with the overrides of removed parts dropped and those of written parts set.
   * Every written part gets a type, whatever the input declares: a relationships part in a package
   * without a "rels" default (LibreOffice writes such packages) gets that default added.
   */
  private contentTypesXml(): string {
    const xml = this.xlsx.text(contentTypesPath) ?? "";
    const dropped = new Set([...this.removals, ...this.overrides.keys()].map((path) => `/${path}`));
    const kept = xml.replace(/<Override\s[^>]*\/>/g, (tag) =>
      dropped.has(attributesOf(tag).get("PartName") ?? "") ? "" : tag
    );
    const typed = new Set(
      tagsNamed(kept, "Override").map((tag) => attributesOf(tag).get("PartName") ?? "")
    );
    const defaults = new Set(
      tagsNamed(kept, "Default").map((tag) =>
        (attributesOf(tag).get("Extension") ?? "").toLowerCase()
      )
    );
    const added = [...this.overrides]
      .map(
        ([path, type]) =>
          `<Override PartName="/${escapeXml(path)}" ContentType="${escapeXml(type)}"/>`
      )
      .join("");
    const untyped = [...this.texts.keys()].filter(
      (path) =>
        !this.overrides.has(path) && !typed.has(`/${path}`) && !defaults.has(extensionOf(path))
    );
    const addedDefaults = [...new Set(untyped.map(extensionOf))]
      .map(
        (extension) =>
          `<Default Extension="${escapeXml(extension)}" ContentType="${extension === "rels" ? contentTypes.relationships : contentTypes.xml}"/>`
      )
      .join("");
    // Any order is valid; Excel writes the defaults first.
    return kept
      .replace(/(<Types\b[^>]*>)/, `$1${addedDefaults}`)
      .replace("</Types>", `${added}</Types>`);
  }
}
