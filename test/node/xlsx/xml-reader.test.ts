import fc from "fast-check";
import { XmlFormatError, XmlReader } from "../../../src/node/xlsx/xml-reader";

/** Every token the reader gives, as text: "open ns|name", "close ns|name", "text ...". */
function tokensOf(xml: string): string[] {
  const reader = new XmlReader(xml);
  const tokens: string[] = [];
  while (reader.next() !== "end")
    tokens.push(
      reader.token === "text"
        ? `text ${reader.text}`
        : `${reader.token} ${reader.namespace}|${reader.localName}`
    );
  return tokens;
}

/** All the text of a document, as a reader joins it. */
function textOf(xml: string): string {
  const reader = new XmlReader(xml);
  let text = "";
  while (reader.next() !== "end") if (reader.token === "text") text += reader.text;
  return text;
}

/** The error message a document gives, or "read" when it reads to its end. */
function outcomeOf(xml: string): string {
  try {
    tokensOf(xml);
    return "read";
  } catch (error) {
    if (error instanceof XmlFormatError) return error.reason;
    throw error;
  }
}

describe("XmlReader", () => {
  it("resolves every prefix to its namespace wherever it is declared, and the default namespace", () => {
    const xml =
      '<x:root xmlns:x="urn:main"><x:a/><b xmlns="urn:other"><c/></b><d/>' +
      '<y:e xmlns:y="urn:main"/><x:f xmlns:x="urn:third"/></x:root>';
    expect(tokensOf(xml)).toEqual([
      "open urn:main|root",
      "open urn:main|a",
      "close urn:main|a",
      "open urn:other|b",
      "open urn:other|c",
      "close urn:other|c",
      "close urn:other|b",
      "open |d",
      "close |d",
      "open urn:main|e",
      "close urn:main|e",
      "open urn:third|f",
      "close urn:third|f",
      "close urn:main|root",
    ]);
  });

  it("finds a prefixed attribute by its namespace, whatever the prefix, and an unprefixed one by name", () => {
    const reader = new XmlReader(
      '<root xmlns:a="urn:rel"><s name="One" a:id="rId1" xmlns:b="urn:rel" b:other="2"/></root>'
    );
    reader.next();
    reader.next();
    expect(reader.attribute("name")).toBe("One");
    expect(reader.attribute("id", "urn:rel")).toBe("rId1");
    expect(reader.attribute("other", "urn:rel")).toBe("2");
    expect(reader.attribute("id")).toBeUndefined();
    expect(reader.prefixOf("urn:rel")).toBe("a");
  });

  it("leaves comments and processing instructions out of the text, and joins the text around them", () => {
    expect(textOf("<?xml version='1.0'?><v>39<!-- 999999999 -->2<?pi 7?>000</v>")).toBe("392000");
  });

  it("reads CDATA as text, character references and the five entities as their characters", () => {
    expect(textOf("<t><![CDATA[0301 <Oslo> & more]]></t>")).toBe("0301 <Oslo> & more");
    expect(textOf("<t>&amp;&lt;&gt;&quot;&apos;&#233;&#x263A;&#x1F600;</t>")).toBe("&<>\"'é☺😀");
    const reader = new XmlReader('<a v="x&#10;y&#9;z\r\nw &amp; q"/>');
    reader.next();
    expect(reader.attribute("v")).toBe("x\ny\tz w & q");
  });

  it("reads line ends as XML says: CR LF and a lone CR as LF, a CR given by reference kept", () => {
    expect(textOf("<t>a\r\nb\rc&#13;</t>")).toBe("a\nb\nc\r");
  });

  it("refuses a document type declaration rather than expanding its entities", () => {
    const bomb =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><v>&lol2;</v>';
    expect(outcomeOf(bomb)).toBe("a document type declaration, which workbook parts never hold");
  });

  it("names an invalid character reference, an undefined entity, a bare ampersand", () => {
    expect(outcomeOf("<v>&#0;</v>")).toBe(
      "the character reference &#0; names a character XML does not allow"
    );
    expect(outcomeOf("<v>&#xD800;</v>")).toBe(
      "the character reference &#xD800; names a character XML does not allow"
    );
    expect(outcomeOf("<v>&#x110000;</v>")).toBe(
      "the character reference &#x110000; names a character XML does not allow"
    );
    expect(outcomeOf("<v>&nbsp;</v>")).toBe(
      "the reference &nbsp; is not a character reference nor one of XML's five entities"
    );
    expect(outcomeOf("<v>A & B</v>")).toBe('"&" starts no reference');
  });

  it("says where the text stops being XML: unclosed and mismatched tags, undeclared prefixes, a second root", () => {
    expect(outcomeOf("<a><b></a>")).toBe("the end tag </a> does not match <b>");
    expect(outcomeOf("<a><b>")).toBe("the text ends inside the element <b>");
    expect(outcomeOf('<a b="1>')).toBe("an attribute value of <a> is not closed");
    expect(outcomeOf("<x:a/>")).toBe('the prefix "x" is not declared');
    expect(outcomeOf("<a/><b/>")).toBe("a second root element");
    expect(outcomeOf("<a><!-- open </a>")).toBe("a comment is not closed");
    expect(outcomeOf("")).toBe("the text holds no element");
    const error = (() => {
      try {
        tokensOf("<a>\n  <b>\n</a>");
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toBe("the end tag </a> does not match <b> (line 3, column 1)");
  });

  it("gives a result or an XmlFormatError for any mutation of a sheet, never another exception", () => {
    const sheet =
      '<?xml version="1.0"?><x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>1&amp;2</x:v></x:c></x:row>' +
      "<!-- note --><x:row><x:c><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c></x:row>" +
      '</x:sheetData><x:hyperlinks><x:hyperlink r:id="rId1"/></x:hyperlinks></x:worksheet>';
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("truncate"), at: fc.nat(sheet.length) }),
      fc.record({
        kind: fc.constant("insert"),
        at: fc.nat(sheet.length),
        text: fc.oneof(
          fc.constantFrom(
            "<",
            ">",
            "&",
            '"',
            "'",
            "</x:row>",
            "<!--",
            "]]>",
            "<![CDATA[",
            "&#0;",
            "xmlns:x=''",
            "<?",
            "<!DOCTYPE a>"
          ),
          fc.string({ maxLength: 8 })
        ),
      }),
      fc.record({ kind: fc.constant("delete"), at: fc.nat(sheet.length), length: fc.nat(12) })
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let xml = sheet;
        for (const change of mutations) {
          const at = Math.min(change.at, xml.length);
          if (change.kind === "truncate") xml = xml.slice(0, at);
          else if (change.kind === "insert") xml = xml.slice(0, at) + change.text + xml.slice(at);
          else xml = xml.slice(0, at) + xml.slice(at + change.length);
        }
        const reader = new XmlReader(xml);
        try {
          while (reader.next() !== "end") {
            reader.attribute("r");
            reader.attribute("id", "urn:rel");
          }
        } catch (error) {
          if (!(error instanceof XmlFormatError)) throw error;
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("reads any well-formed document the property builds back into the same elements and texts", () => {
    const name = fc.constantFrom("a", "b", "x:c", "y:d");
    const text = fc.string({ maxLength: 6 });
    const escape = (value: string) =>
      value
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\r/g, "&#13;");
    const { tree } = fc.letrec((tie) => ({
      tree: fc.record({
        name,
        text,
        children: fc.oneof(
          { maxDepth: 4, depthIdentifier: "tree" },
          fc.constant([]),
          fc.array(tie("tree"), { maxLength: 3 })
        ),
      }),
    }));
    type Tree = { name: string; text: string; children: Tree[] };
    const xmlOf = (node: Tree): string =>
      `<${node.name}>${escape(node.text)}${node.children.map(xmlOf).join("")}</${node.name}>`;
    const expected = (node: Tree): string[] => [
      `open ${node.name}`,
      ...(node.text === "" ? [] : [`text ${node.text.replace(/\r\n?/g, "\n")}`]),
      ...node.children.flatMap(expected),
      `close ${node.name}`,
    ];
    fc.assert(
      fc.property(tree, (root) => {
        const xml = `<r xmlns:x="urn:x" xmlns:y="urn:y">${xmlOf(root as Tree)}</r>`;
        const reader = new XmlReader(xml);
        const seen: string[] = [];
        while (reader.next() !== "end")
          if (reader.depth > 0 || reader.localName !== "r")
            seen.push(
              reader.token === "text"
                ? `text ${reader.text}`
                : `${reader.token} ${reader.qualifiedName}`
            );
        expect(seen.slice(1)).toEqual(expected(root as Tree));
      }),
      { numRuns: 300 }
    );
  });

  it("takes time linear in the size of hostile texts: 100k-character inputs cost about ten times 10k ones", () => {
    const hostile: Record<string, (size: number) => string> = {
      "unclosed tags": (size) => "<a>" + "<b ".repeat(size / 3),
      "a long attribute name": (size) => `<a ${"n".repeat(size)}="1"/>`,
      "many attributes without a closing quote": (size) => `<a ${'b="1" '.repeat(size / 6)}c="`,
      "deep nesting": (size) => "<a>".repeat(size / 3) + "</a>".repeat(size / 3),
      "many ampersands": (size) => `<a>${"&".repeat(size)};</a>`,
      "an unclosed comment": (size) => `<a>${"<!--".repeat(size / 4)}</a>`,
    };
    const readOnce = (xml: string): void => {
      try {
        const reader = new XmlReader(xml);
        while (reader.next() !== "end") reader.attribute("c");
      } catch (error) {
        if (!(error instanceof XmlFormatError)) throw error;
      }
    };
    /** Nanoseconds per read: the best of five batches, each at least 20 ms long. */
    const costOf = (xml: string): number => {
      let best = Infinity;
      for (let batch = 0; batch < 5; batch++) {
        const start = process.hrtime.bigint();
        let reads = 0;
        let elapsed = 0;
        while (elapsed < 20e6) {
          readOnce(xml);
          reads++;
          elapsed = Number(process.hrtime.bigint() - start);
        }
        best = Math.min(best, elapsed / reads);
      }
      return best;
    };
    for (const [name, make] of Object.entries(hostile)) {
      costOf(make(10_000));
      const ratio = costOf(make(100_000)) / costOf(make(10_000));
      // Quadratic work would cost about 100 times; the bound leaves room for a loaded machine.
      expect({ name, ratio, linear: ratio < 40 }).toEqual({ name, ratio, linear: true });
    }
  });
});
