import { namespaces, prefixOfName } from "../../../src/node/xlsx/ooxml-vocabulary";
import { XmlReader } from "../../../src/node/xlsx/xml-reader";

/** The names of a part's root element (its first token here), as the XML reader gives them. */
function firstElementName(xml: string): { qualifiedName: string; localName: string } {
  const reader = new XmlReader(xml);
  expect(reader.next()).toBe("open");
  return { qualifiedName: reader.qualifiedName, localName: reader.localName };
}

describe("prefixOfName", () => {
  it("gives an element's prefix with its colon, as the Open XML SDK writes `<x:sheets>`", () => {
    const name = firstElementName(`<x:workbook xmlns:x="${namespaces.spreadsheet}"/>`);
    expect(prefixOfName(name.qualifiedName)).toBe("x:");
  });

  it("gives no prefix for an element in the default namespace", () => {
    const name = firstElementName(`<workbook xmlns="${namespaces.spreadsheet}"/>`);
    expect(prefixOfName(name.qualifiedName)).toBe("");
  });

  it("gives the prefix that, with the local name, spells the qualified name again", () => {
    for (const prefix of ["", "x:", "main:", "s1:"]) {
      const declaration = prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`;
      const name = firstElementName(`<${prefix}fonts ${declaration}="${namespaces.spreadsheet}"/>`);
      expect(prefixOfName(name.qualifiedName) + name.localName).toBe(name.qualifiedName);
    }
  });
});
