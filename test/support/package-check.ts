// What Excel checks of a package before it opens it without repair, read with independent readers
// (jszip and @xmldom/xmldom, not the command line's own): every part has a content type, every
// relationship points at a part that exists, every table's column names equal its header cells.
import { DOMParser, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

function elements(xml: string, localName: string): Element[] {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(document.getElementsByTagNameNS("*", localName));
}

/** "xl/tables/table1.xml" from "../tables/table1.xml" in "xl/worksheets/_rels/sheet1.xml.rels". */
function resolveTarget(relationshipsPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const source = relationshipsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
  const segments = source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function columnNumber(letters: string): number {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

/** The text of a cell as a reader shows it: inline, shared or formula string, or its number. */
function cellText(cell: Element, sharedStrings: readonly string[]): string {
  const type = cell.getAttribute("t");
  if (type === "inlineStr")
    return elements(cell.toString(), "t")
      .map((text) => text.textContent ?? "")
      .join("");
  const value = elements(cell.toString(), "v")[0]?.textContent ?? "";
  return type === "s" ? (sharedStrings[Number(value)] ?? "") : value;
}

/**
 * The row element of that number, with the namespaces of its sheet: only the header row is parsed,
 * since a DOM of a national Data sheet would take minutes.
 */
function headerRowXml(sheetXml: string, row: string): string {
  const start = new RegExp(`<(\\w+:)?row\\b[^>]*\\sr="${row}"`).exec(sheetXml);
  if (start === null) return "<row/>";
  const end = sheetXml.indexOf(`</${start[1] ?? ""}row>`, start.index);
  const root = /<(\w+:)?worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "<worksheet>";
  const rootName = /^<([\w:]+)/.exec(root)?.[1] ?? "worksheet";
  return `${root}${sheetXml.slice(start.index, end < 0 ? undefined : end + `</${start[1] ?? ""}row>`.length)}</${rootName}>`;
}

/** Every problem Excel would find in the package, as readable lines; [] for a sound package. */
export async function packageProblems(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir);
  const read = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const problems: string[] = [];

  const contentTypes = await read("[Content_Types].xml");
  const defaults = new Set(
    elements(contentTypes, "Default").map((tag) => tag.getAttribute("Extension")?.toLowerCase())
  );
  const overrides = new Set(
    elements(contentTypes, "Override").map((tag) => tag.getAttribute("PartName")?.toLowerCase())
  );
  for (const path of paths) {
    if (path === "[Content_Types].xml") continue;
    const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(`/${path}`.toLowerCase()) && !defaults.has(extension))
      problems.push(`${path} has no content type`);
  }

  const tableSheets = new Map<string, string>();
  for (const path of paths.filter((candidate) => candidate.endsWith(".rels")))
    for (const relationship of elements(await read(path), "Relationship")) {
      if (relationship.getAttribute("TargetMode") === "External") continue;
      const target = resolveTarget(path, relationship.getAttribute("Target") ?? "");
      if (!paths.includes(target)) problems.push(`${path} points at ${target}, which is missing`);
      else if (relationship.getAttribute("Type")?.endsWith("/table") === true)
        tableSheets.set(target, path.replace(/_rels\/([^/]*)\.rels$/, "$1"));
    }

  const sharedStrings = paths.includes("xl/sharedStrings.xml")
    ? elements(await read("xl/sharedStrings.xml"), "si").map((item) =>
        elements(item.toString(), "t")
          .map((text) => text.textContent ?? "")
          .join("")
      )
    : [];
  for (const [tablePath, sheetPath] of tableSheets) {
    const [table] = elements(await read(tablePath), "table");
    const reference = /^([A-Z]+)(\d+):([A-Z]+)\d+$/.exec(table?.getAttribute("ref") ?? "");
    if (table === undefined || reference === null) {
      problems.push(`${tablePath} has no table range`);
      continue;
    }
    const [, firstColumn = "", headerRow = "", lastColumn = ""] = reference;
    const names = elements(table.toString(), "tableColumn").map(
      (column) => column.getAttribute("name") ?? ""
    );
    const cells = new Map(
      elements(headerRowXml(await read(sheetPath), headerRow), "c").map((cell) => [
        cell.getAttribute("r") ?? "",
        cell,
      ])
    );
    const headers: string[] = [];
    for (let column = columnNumber(firstColumn); column <= columnNumber(lastColumn); column++) {
      let letters = "";
      for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
        letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
      const cell = cells.get(`${letters}${headerRow}`);
      headers.push(cell === undefined ? "" : cellText(cell, sharedStrings));
    }
    if (JSON.stringify(names) !== JSON.stringify(headers))
      problems.push(
        `${tablePath}: the column names ${JSON.stringify(names)} differ from the header cells ${JSON.stringify(headers)}`
      );
  }
  return problems;
}

/** Fails, listing the problems, when the package has any that Excel would repair. */
export async function expectSoundPackage(bytes: Buffer, name: string): Promise<void> {
  const problems = await packageProblems(bytes);
  if (problems.length > 0)
    throw new Error(`${name} is not a sound package:\n${problems.join("\n")}`);
}
