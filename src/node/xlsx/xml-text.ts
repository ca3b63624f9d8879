// The little XML the .xlsx parts need: escaping text, reading attributes and entities.

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Text safe inside an element or a double-quoted attribute; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these characters at all
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[&<>"]/g, (character) => escapes[character] ?? character)
  );
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Text with its XML entities and character references replaced by the characters they stand for. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

/** The attributes of one start tag (`<sheet name="Data" r:id="rId4"/>`), unescaped, by qualified name. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attributes.set(match[1] ?? "", unescapeXml(match[2] ?? match[3] ?? ""));
  return attributes;
}

/** Every start or empty tag of that element name in the text (`<sheet .../>`), whole. */
export function tagsNamed(xml: string, element: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}(?=[\\s/>])[^>]*>`, "g"))].map(
    (match) => match[0]
  );
}

/** What lies between the start and end tag of the first such element ("" when absent or empty). */
export function elementContent(xml: string, element: string): string {
  const start = new RegExp(`<${element}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (start === null || start[1] === "/") return "";
  const from = start.index + start[0].length;
  const end = xml.indexOf(`</${element}>`, from);
  return end < 0 ? "" : xml.slice(from, end);
}
