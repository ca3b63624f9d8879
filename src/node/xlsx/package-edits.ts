// Editing a package's bookkeeping parts: content types, relationships, and removing a part with what
// only it refers to.
import { relationshipsPathOf, type XlsxPackage } from "./xlsx-package";
import { attributesOf, escapeXml, tagsNamed } from "./xml-text";

export const contentTypesPath = "[Content_Types].xml";

export const contentTypes = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const relationshipTypes = {
  worksheet: `${relationshipBase}/worksheet`,
  table: `${relationshipBase}/table`,
  styles: `${relationshipBase}/styles`,
  drawing: `${relationshipBase}/drawing`,
  chart: `${relationshipBase}/chart`,
} as const;

const relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A target as written in `fromPart`'s relationships: relative to the folder `fromPart` sits in. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** The first "<prefix><n><suffix>" path, n = 1, 2, ..., that the package does not hold. */
export function freePartPath(xlsx: XlsxPackage, prefix: string, suffix: string): string {
  for (let number = 1; ; number++) {
    const path = `${prefix}${number}${suffix}`;
    if (!xlsx.has(path)) return path;
  }
}

/** Adds or replaces the content-type override of each part, and drops those of removed parts. */
export async function updateContentTypes(
  xlsx: XlsxPackage,
  added: ReadonlyMap<string, string>,
  removed: Iterable<string>
): Promise<void> {
  const xml = (await xlsx.text(contentTypesPath)) ?? "";
  const dropped = new Set([...removed, ...added.keys()].map((path) => `/${path}`));
  const kept = xml.replace(/<Override\s[^>]*\/>/g, (tag) =>
    dropped.has(attributesOf(tag).get("PartName") ?? "") ? "" : tag
  );
  const overrides = [...added]
    .map(
      ([path, type]) =>
        `<Override PartName="/${escapeXml(path)}" ContentType="${escapeXml(type)}"/>`
    )
    .join("");
  xlsx.setText(contentTypesPath, kept.replace("</Types>", `${overrides}</Types>`));
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
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${relationshipsNamespace}">${relationship}</Relationships>`;
  return relationshipsXml.replace("</Relationships>", `${relationship}</Relationships>`);
}

/** Every internal part that some relationships part of the package points to, by the parts pointing. */
async function referencesByPart(xlsx: XlsxPackage): Promise<Map<string, Set<string>>> {
  const references = new Map<string, Set<string>>();
  for (const path of xlsx.partPaths()) {
    if (!path.endsWith(".rels")) continue;
    const source = path.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const relationship of await xlsx.relationshipsOf(source)) {
      if (relationship.external) continue;
      let sources = references.get(relationship.target);
      if (sources === undefined) references.set(relationship.target, (sources = new Set()));
      sources.add(source);
    }
  }
  return references;
}

/**
 * Removes the part, its relationships, and every part that only it (directly or through removed parts)
 * refers to: a sheet's tables, drawings and charts go with it; a part shared with a kept part stays.
 * Returns the removed parts.
 */
export async function removePartTree(xlsx: XlsxPackage, partPath: string): Promise<string[]> {
  const references = await referencesByPart(xlsx);
  const removed = new Set<string>();
  const pending = [partPath];
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (removed.has(path)) continue;
    removed.add(path);
    for (const relationship of await xlsx.relationshipsOf(path)) {
      if (relationship.external) continue;
      const sources = references.get(relationship.target) ?? new Set();
      if ([...sources].every((source) => removed.has(source))) pending.push(relationship.target);
    }
  }
  for (const path of removed) {
    xlsx.remove(relationshipsPathOf(path));
    xlsx.remove(path);
  }
  return [...removed];
}
