// Changes to an .xlsx package gathered first and applied in one step, so that an error while working
// them out leaves the package as it was; and the relationship bookkeeping they need.
import { contentTypes, namespaces, xmlDeclaration } from "./ooxml-vocabulary";
import { relationshipsPathOf, type XlsxPackage } from "./xlsx-package";
import { XmlReader } from "./xml-reader";
import { escapeXml } from "./xml-text";

const contentTypesPath = "[Content_Types].xml";
const emptyContentTypesXml = `${xmlDeclaration}<Types xmlns="${namespaces.contentTypes}"></Types>`;

/** A target as written in `fromPart`'s relationships: relative to the folder `fromPart` sits in. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** A list part's root element and where its content lies in the text. */
interface ListPart {
  /** The root's name as written, "Relationships" or "pr:Relationships". */
  readonly rootName: string;
  /** Where the root's content starts (after its start tag) and ends (at its end tag). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The root is written as an empty element (`<Types/>`): its content cannot be added to in place. */
  readonly rootIsEmpty: boolean;
  /** The prefix to write new children with ("" for the default namespace). */
  readonly prefix: string;
}

/** One child of a list part's root (a Relationship, a Default or an Override), where it is written. */
interface ListEntry {
  readonly localName: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The children of a list part's root in `namespace` with their attributes of `names`, each with the
 * text range it is written in (its end tag included).
 */
function listEntriesOf<Name extends string>(
  reader: XmlReader,
  namespace: string,
  names: readonly Name[]
): {
  readonly part: ListPart;
  readonly entries: (ListEntry & { readonly attributes: Record<Name, string> })[];
} {
  const entries: (ListEntry & { readonly attributes: Record<Name, string> })[] = [];
  let rootName = "";
  let prefix = "";
  let contentStart = 0;
  let contentEnd = 0;
  let rootIsEmpty = false;
  while (reader.next() !== "end") {
    if (reader.depth === 1 && reader.token === "open") {
      rootName = reader.qualifiedName;
      prefix = reader.prefixOf(namespace) ?? "";
      contentStart = contentEnd = reader.end;
      rootIsEmpty = reader.isEmptyElement;
    } else if (reader.depth === 0 && reader.token === "close") {
      if (!rootIsEmpty) contentEnd = reader.start;
    } else if (reader.depth === 2 && reader.token === "open") {
      const { localName, start } = reader;
      const isEntry = reader.namespace === namespace;
      const attributes = {} as Record<Name, string>;
      if (isEntry) for (const name of names) attributes[name] = reader.attribute(name) ?? "";
      reader.skipElement();
      if (isEntry) entries.push({ localName, start, end: reader.end, attributes });
    }
  }
  return { part: { rootName, contentStart, contentEnd, rootIsEmpty, prefix }, entries };
}

/** The relationships of a relationships part's text, each with the text range it is written in. */
function relationshipEntriesOf(relationshipsXml: string) {
  return listEntriesOf(new XmlReader(relationshipsXml), namespaces.packageRelationships, ["Id"]);
}

/** A relationship id not used in these relationships: rId1, rId2, ... */
export function freeRelationshipId(relationshipsXml: string): string {
  const used = new Set(
    relationshipEntriesOf(relationshipsXml).entries.map((entry) => entry.attributes.Id)
  );
  for (let number = 1; ; number++) if (!used.has(`rId${number}`)) return `rId${number}`;
}

/**
 * The list part's text with `removed` entries cut out and `added` (children written without a prefix)
 * put at the start or end of the root's content, each in the root's prefix for its namespace.
 */
function withListChanges(
  xml: string,
  part: ListPart,
  removed: readonly ListEntry[],
  atStart: string,
  atEnd: string
): string {
  const prefixed = (children: string) =>
    part.prefix === "" ? children : children.replace(/<(?=[A-Z])/g, `<${part.prefix}:`);
  let kept = "";
  let from = part.contentStart;
  for (const entry of removed) {
    kept += xml.slice(from, entry.start);
    from = entry.end;
  }
  kept += xml.slice(from, part.contentEnd);
  const content = prefixed(atStart) + kept + prefixed(atEnd);
  if (!part.rootIsEmpty)
    return xml.slice(0, part.contentStart) + content + xml.slice(part.contentEnd);
  return `${xml.slice(0, part.contentStart - 2)}>${content}</${part.rootName}>${xml.slice(part.contentStart)}`;
}

/** The relationships part text with one relationship added (or the part created). */
export function withRelationship(
  relationshipsXml: string | undefined,
  id: string,
  type: string,
  target: string
): string {
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (relationshipsXml === undefined || relationshipsXml.trim() === "")
    return `${xmlDeclaration}<Relationships xmlns="${namespaces.packageRelationships}">${relationship}</Relationships>`;
  const { part } = relationshipEntriesOf(relationshipsXml);
  return withListChanges(relationshipsXml, part, [], "", relationship);
}

/** The relationships part text without the relationship of that id. */
export function withoutRelationship(relationshipsXml: string, id: string): string {
  const { part, entries } = relationshipEntriesOf(relationshipsXml);
  const removed = entries.filter(
    (entry) => entry.localName === "Relationship" && entry.attributes.Id === id
  );
  return withListChanges(relationshipsXml, part, removed, "", "");
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
    const xml = this.xlsx.text(contentTypesPath) ?? emptyContentTypesXml;
    const read = (reader: XmlReader) =>
      listEntriesOf(reader, namespaces.contentTypes, ["PartName", "Extension"]);
    const { part, entries } = this.xlsx.readXml(contentTypesPath, read) ?? read(new XmlReader(xml));
    const dropped = new Set([...this.removals, ...this.overrides.keys()].map((path) => `/${path}`));
    const overrides = entries.filter((entry) => entry.localName === "Override");
    const removed = overrides.filter((entry) => dropped.has(entry.attributes.PartName));
    const typed = new Set(
      overrides
        .map((entry) => entry.attributes.PartName)
        .filter((partName) => !dropped.has(partName))
    );
    const defaults = new Set(
      entries
        .filter((entry) => entry.localName === "Default")
        .map((entry) => entry.attributes.Extension.toLowerCase())
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
    return withListChanges(xml, part, removed, addedDefaults, added);
  }
}
