import { UsageError } from "../../../src/node/command";
import {
  freeRelationshipId,
  PackageChanges,
  withoutRelationship,
  withRelationship,
} from "../../../src/node/xlsx/package-changes";
import { namespaces } from "../../../src/node/xlsx/ooxml-vocabulary";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { XmlFormatError } from "../../../src/node/xlsx/xml-reader";
import { costRatioOf10kTo100k } from "../../support/time-cost";

const contentTypesStart = `<?xml version="1.0"?><Types xmlns="${namespaces.contentTypes}">`;
const relationshipsStart = `<?xml version="1.0"?><Relationships xmlns="${namespaces.packageRelationships}">`;
const worksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Writes one new part through PackageChanges into a package with this content types part. */
function applyOneChange(contentTypesXml: string): XlsxPackage {
  const xlsx = XlsxPackage.ofTexts("book.xlsx", { "[Content_Types].xml": contentTypesXml });
  const changes = new PackageChanges(xlsx);
  changes.write("xl/worksheets/sheet2.xml", "<worksheet/>", worksheetType);
  changes.write("xl/worksheets/_rels/sheet2.xml.rels", relationshipsStart + "</Relationships>");
  changes.apply();
  return xlsx;
}

describe("content types", () => {
  it("reads overrides and defaults as XML: one in a comment is no override, a prefixed root keeps its prefix", () => {
    const xlsx = applyOneChange(
      `<?xml version="1.0"?><ct:Types xmlns:ct="${namespaces.contentTypes}">` +
        '<!-- <Default Extension="rels" ContentType="x"/> -->' +
        '<ct:Override PartName="/xl/worksheets/sheet2.xml" ContentType="old"></ct:Override>' +
        "</ct:Types>"
    );
    expect(xlsx.text("[Content_Types].xml")).toBe(
      `<?xml version="1.0"?><ct:Types xmlns:ct="${namespaces.contentTypes}">` +
        '<ct:Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<!-- <Default Extension="rels" ContentType="x"/> -->' +
        `<ct:Override PartName="/xl/worksheets/sheet2.xml" ContentType="${worksheetType}"/>` +
        "</ct:Types>"
    );
  });

  it("adds to a root written as an empty element", () => {
    const xlsx = applyOneChange(`<Types xmlns="${namespaces.contentTypes}"/>`);
    expect(xlsx.text("[Content_Types].xml")).toMatch(
      /^<Types xmlns="[^"]+"><Default Extension="rels" [^>]+\/><Override PartName="\/xl\/worksheets\/sheet2.xml" [^>]+\/><\/Types>$/
    );
  });

  const hostileContentTypes: Record<string, (size: number) => string> = {
    "unclosed <Override tags": (size) => contentTypesStart + "<Override ".repeat(size / 10),
    "a long attribute name": (size) =>
      `${contentTypesStart}<Override ${"n".repeat(size)}="1"/></Types>`,
  };

  it("refuses unclosed <Override tags in [Content_Types].xml with a usage error naming the part", () => {
    const hostile = (hostileContentTypes["unclosed <Override tags"] as (size: number) => string)(
      500_000
    );
    expect(() => applyOneChange(hostile)).toThrow(
      new UsageError(
        "book.xlsx: the part [Content_Types].xml is not well-formed XML: an attribute of <Override> has no value (line 1, column 118)"
      )
    );
  });

  it("reads a 500k-character attribute name in [Content_Types].xml as the XML it is", () => {
    const xml = (hostileContentTypes["a long attribute name"] as (size: number) => string)(500_000);
    expect(applyOneChange(xml).text("[Content_Types].xml")).toContain(
      '<Override PartName="/xl/worksheets/sheet2.xml"'
    );
  });

  it.each(Object.entries(hostileContentTypes))(
    "takes time linear in the size of %s: 100k characters cost about ten times 10k",
    (name, make) => {
      const refuse = (hostile: string) => {
        try {
          applyOneChange(hostile);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
        }
      };
      const ratio = costRatioOf10kTo100k(refuse, make);
      // Quadratic work would cost about 100 times; the bound leaves room for a loaded machine.
      expect({ name, ratio, linear: ratio < 40 }).toEqual({ name, ratio, linear: true });
    }
  );
});

describe("relationships", () => {
  const relationships =
    `<?xml version="1.0"?><pr:Relationships xmlns:pr="${namespaces.packageRelationships}">` +
    '<pr:Relationship Id="rId1" Type="t" Target="a.xml"></pr:Relationship>' +
    '<!-- <Relationship Id="rId2" Type="t" Target="b.xml"/> -->' +
    "</pr:Relationships>";

  it("finds the ids in use as XML (prefixed, not in comments) and adds a relationship in the root's prefix", () => {
    expect(freeRelationshipId(relationships)).toBe("rId2");
    expect(withRelationship(relationships, "rId2", "t", "b.xml")).toBe(
      relationships.replace(
        "</pr:Relationships>",
        '<pr:Relationship Id="rId2" Type="t" Target="b.xml"/></pr:Relationships>'
      )
    );
  });

  it("removes a relationship written with an end tag, leaving the rest as written", () => {
    expect(withoutRelationship(relationships, "rId1")).toBe(
      relationships.replace(
        '<pr:Relationship Id="rId1" Type="t" Target="a.xml"></pr:Relationship>',
        ""
      )
    );
  });

  const hostileRelationships: [string, (size: number) => string, string][] = [
    [
      "unclosed <Relationship tags",
      (size) => relationshipsStart + "<Relationship ".repeat(size / 14),
      "refused",
    ],
    [
      "a long attribute name",
      (size) => `${relationshipsStart}<Relationship ${"n".repeat(size)}="1"/></Relationships>`,
      "read",
    ],
  ];

  it.each(hostileRelationships)(
    "takes %s (700k characters) to its end, the XML reader's usage error or a reading, in time linear in the size",
    (name, make, outcome) => {
      const outcomes = [freeRelationshipId, (xml: string) => withoutRelationship(xml, "rId1")].map(
        (read) => {
          try {
            read(make(700_000));
            return "read";
          } catch (error) {
            return error instanceof XmlFormatError && error instanceof UsageError
              ? "refused"
              : String(error);
          }
        }
      );
      expect(outcomes).toEqual([outcome, outcome]);
      const ratio = costRatioOf10kTo100k((hostile) => {
        try {
          freeRelationshipId(hostile);
        } catch (error) {
          if (!(error instanceof XmlFormatError)) throw error;
        }
      }, make);
      expect({ name, ratio, linear: ratio < 40 }).toEqual({ name, ratio, linear: true });
    }
  );
});
