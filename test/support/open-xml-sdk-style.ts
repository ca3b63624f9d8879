// A package rewritten as the Open XML SDK and ClosedXML write one: every SpreadsheetML element with
// the prefix x (`<x:sheet>`), the main namespace bound to it, and the relationships prefix declared
// on each `<x:sheet>` that uses it instead of on the root.
import JSZip from "jszip";
import { XmlReader } from "../../src/node/xlsx/xml-reader";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The part's XML with SpreadsheetML's elements prefixed; other parts as they are. */
function prefixed(xml: string): string {
  const reader = new XmlReader(xml);
  let out = "";
  let from = 0;
  while (reader.next() !== "end") {
    if (reader.token === "text" || reader.namespace !== main) continue;
    if (reader.token === "close" && reader.isEmptyElement) continue;
    const tag = xml.slice(reader.start, reader.end);
    let rewritten =
      reader.token === "open"
        ? tag.replace(/^<([A-Za-z]+)/, "<x:$1")
        : tag.replace(/^<\/([A-Za-z]+)/, "</x:$1");
    if (reader.token === "open" && reader.depth === 1)
      rewritten = rewritten
        .replace(` xmlns="${main}"`, ` xmlns:x="${main}"`)
        .replace(` xmlns:r="${officeRelationships}"`, "");
    if (reader.token === "open" && reader.localName === "sheet")
      rewritten = rewritten.replace(" r:id=", ` xmlns:r="${officeRelationships}" r:id=`);
    else if (reader.token === "open" && / r:id=/.test(rewritten))
      rewritten = rewritten.replace(
        /^<x:[A-Za-z]+/,
        (name) => `${name} xmlns:r="${officeRelationships}"`
      );
    out += xml.slice(from, reader.start) + rewritten;
    from = reader.end;
  }
  return out + xml.slice(from);
}

/** The .xlsx bytes with every SpreadsheetML part in the Open XML SDK's prefixed style. */
export async function inOpenXmlSdkStyle(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files)) {
    if (!path.startsWith("xl/") || !path.endsWith(".xml")) continue;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    if (xml.includes(main)) zip.file(path, prefixed(xml));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
