// A pull reader of XML text with namespaces, for the parts of an .xlsx package. Every character is
// looked at a bounded number of times, so the time is linear in the text's length whatever the
// text holds; saxes, the well-kept streaming parser, took longer to tokenize the national Data sheet
// (about 2 s for 30 MB) than this reader takes to read all of it into cells (see `npm run bench -- xml`).
// Comments and processing instructions are skipped, CDATA and character references decoded, and
// entities never expanded: a document type declaration is refused.
import { UsageError } from "../command";

/** The text is not well-formed XML (a usage error: the file is at fault); `offset` is where the reader found out. */
export class XmlFormatError extends UsageError {
  constructor(
    readonly reason: string,
    readonly offset: number,
    text: string
  ) {
    super(`${reason} (${placeOf(text, offset)})`);
  }
}

/** "line 3, column 14" for an offset; counted only when an error is reported. */
function placeOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf("\n");
    index >= 0 && index < offset;
    index = text.indexOf("\n", index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

const xmlNamespace = "http://www.w3.org/XML/1998/namespace";

interface NamespaceScope {
  readonly defaultNamespace: string;
  readonly prefixes: ReadonlyMap<string, string>;
}

const rootScope: NamespaceScope = {
  defaultNamespace: "",
  prefixes: new Map([["xml", xmlNamespace]]),
};

const predefinedEntities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Whether XML 1.0 allows this character in a document at all (the Char production). */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Ends a name: white space, "/", ">", "=". */
function endsName(code: number): boolean {
  return code <= 32 || code === 47 || code === 62 || code === 61;
}

export type XmlToken = "open" | "close" | "text" | "end";

/** Reads markup of one fixed form at a position of the XML text (see `XmlReader.scanAt`). */
export interface XmlScanner {
  scan(xml: string, position: number): number;
}

export class XmlReader {
  /** What the reader stands on after `next()`. */
  token: XmlToken = "end";
  /** The element's name as written ("x:sheet"), for open and close. */
  qualifiedName = "";
  /** The element's name without its prefix ("sheet"), for open and close. */
  localName = "";
  /** The element's namespace ("" for none), for open and close. */
  namespace = "";
  /** An open written as an empty element (`<v/>`), and the close that follows it at once. */
  isEmptyElement = false;
  /** The character data of a text token: CDATA included, references decoded, comments left out. */
  text = "";
  /** Where the current tag (or text) starts and ends in the XML text. */
  start = 0;
  end = 0;

  private position = 0;
  /** The qualified names, local names and namespaces of the open elements, outermost first. */
  private readonly openNames: string[] = [];
  private readonly openLocalNames: string[] = [];
  private readonly openNamespaces: string[] = [];
  private readonly scopes: NamespaceScope[] = [rootScope];
  private closeIsPending = false;
  /**
   * The first "<" at or after the last attribute value looked at (2^32 - 1 for none), kept so that
   * checking values for "<" looks at each character once.
   */
  private nextAngle = -1;
  private rootIsClosed = false;
  /** The current open tag's attributes: name start, name end, value start, value end, and so on. */
  private readonly attributeOffsets: number[] = [];
  private attributeCount = 0;

  constructor(private readonly xml: string) {}

  /** How many elements are open around the current token (1 inside the root's content). */
  get depth(): number {
    return this.openNames.length;
  }

  /** Moves to the next start tag, end tag or text; "end" at the end of the document. */
  next(): XmlToken {
    if (this.closeIsPending) return this.closePending();
    const xml = this.xml;
    const position = this.position;
    if (position >= xml.length) return this.finish();
    if (xml.charCodeAt(position) === 60) {
      const following = xml.charCodeAt(position + 1);
      if (following === 47) return this.readEndTag();
      if (following !== 33 && following !== 63) return this.readStartTag();
    }
    return this.readCharacterData();
  }

  /** The value of an attribute of the current start tag, decoded; `namespace` for a prefixed one. */
  attribute(localName: string, namespace = ""): string | undefined {
    const index = this.attributeIndex(localName, namespace);
    if (index < 0) return undefined;
    const offsets = this.attributeOffsets;
    return this.attributeValue(offsets[index + 2] as number, offsets[index + 3] as number);
  }

  /**
   * Where an attribute's value, as written between its quotes, starts and ends in the XML text, and
   * where its name starts.
   */
  attributeRange(
    localName: string,
    namespace = ""
  ): { readonly nameStart: number; readonly start: number; readonly end: number } | undefined {
    const index = this.attributeIndex(localName, namespace);
    if (index < 0) return undefined;
    const offsets = this.attributeOffsets;
    return {
      nameStart: offsets[index] as number,
      start: offsets[index + 2] as number,
      end: offsets[index + 3] as number,
    };
  }

  /** The prefix bound to a namespace where the reader stands ("" when it is the default one). */
  prefixOf(namespace: string): string | undefined {
    const scope = this.scope;
    if (scope.defaultNamespace === namespace) return "";
    for (const [prefix, bound] of scope.prefixes) if (bound === namespace) return prefix;
    return undefined;
  }

  /**
   * A caller's own scanner of one fixed form, run where the reader stands (after a tag, in an
   * element's content): `scanner.scan(xml, position)` reads what stands at `position` and returns where
   * it ends, or -1 when the text there is not in its form; the reader moves past what it read. The
   * scanner must take only whole, well-formed elements without namespace declarations, prefixes,
   * references or CDATA: a fast way through content written in one fixed form, read as XML all the same.
   */
  scanAt(scanner: XmlScanner): boolean {
    if (this.closeIsPending || this.depth === 0) return false;
    const end = scanner.scan(this.xml, this.position);
    if (end < 0) return false;
    this.position = end;
    return true;
  }

  /**
   * Moves past `text` where the reader stands in an element's content, if it is there. For markup a
   * caller has matched whole, such as the end tag of an element it matched the start of with
   * `scanAt` and never entered.
   */
  skip(text: string): boolean {
    if (this.closeIsPending || this.depth === 0 || !this.xml.startsWith(text, this.position))
      return false;
    this.position += text.length;
    return true;
  }

  /**
   * Reads as opened the element of that name in the current default namespace whose start tag (at
   * `start`) a caller matched with `scanAt`, with whole children after it maybe taken too: the
   * reader goes on in its content from where it stands. The start tag must hold no namespace
   * declarations; its attributes are the caller's to take from the match.
   */
  enter(localName: string, start: number): void {
    this.openNames.push(localName);
    this.openLocalNames.push(localName);
    this.scopes.push(this.scope);
    this.namespace = this.scope.defaultNamespace;
    this.openNamespaces.push(this.namespace);
    this.qualifiedName = this.localName = localName;
    this.attributeCount = 0;
    this.start = start;
    this.end = this.position;
    this.isEmptyElement = false;
    this.token = "open";
  }

  /** Moves past the content of the element just opened, onto its close. */
  skipElement(): void {
    const depth = this.depth;
    while (this.token !== "close" || this.depth >= depth) this.next();
  }

  /** The text content of the element just opened (its texts, those of its children included). */
  elementText(): string {
    const depth = this.depth;
    let text = "";
    for (this.next(); this.token !== "close" || this.depth >= depth; this.next())
      if (this.token === "text") text += this.text;
    return text;
  }

  private get scope(): NamespaceScope {
    return this.scopes[this.scopes.length - 1] as NamespaceScope;
  }

  private fail(reason: string, offset: number): never {
    throw new XmlFormatError(reason, offset, this.xml);
  }

  private finish(): XmlToken {
    const open = this.openNames[this.openNames.length - 1];
    if (open !== undefined) this.fail(`the text ends inside the element <${open}>`, this.position);
    if (!this.rootIsClosed) this.fail("the text holds no element", this.position);
    this.token = "end";
    return "end";
  }

  private closePending(): XmlToken {
    this.closeIsPending = false;
    this.attributeCount = 0;
    this.openNames.pop();
    this.openLocalNames.pop();
    this.openNamespaces.pop();
    this.scopes.pop();
    this.rootIsClosed = this.openNames.length === 0;
    this.token = "close";
    return "close";
  }

  private readEndTag(): XmlToken {
    const xml = this.xml;
    const start = this.position;
    const top = this.openNames.length - 1;
    const open = this.openNames[top];
    let index = start + 2;
    if (open !== undefined && xml.startsWith(open, index)) index += open.length;
    else {
      while (index < xml.length && !endsName(xml.charCodeAt(index))) index++;
      const name = xml.slice(start + 2, index);
      this.fail(
        open === undefined
          ? `the end tag </${name}> closes no element`
          : `the end tag </${name}> does not match <${open}>`,
        start
      );
    }
    while (isSpace(xml.charCodeAt(index))) index++;
    if (xml.charCodeAt(index) !== 62)
      this.fail(`the end tag </${open}> is not closed by ">"`, index);
    this.qualifiedName = open;
    this.localName = this.openLocalNames[top] as string;
    this.namespace = this.openNamespaces[top] as string;
    this.start = start;
    this.end = this.position = index + 1;
    this.isEmptyElement = false;
    return this.closePending();
  }

  private readStartTag(): XmlToken {
    const xml = this.xml;
    const start = this.position;
    if (this.rootIsClosed) this.fail("a second root element", start);
    let index = start + 1;
    while (index < xml.length && !endsName(xml.charCodeAt(index))) index++;
    if (index === start + 1) this.fail('"<" starts no element name', start);
    const name = xml.slice(start + 1, index);
    const offsets = this.attributeOffsets;
    let count = 0;
    let declaresNamespaces = false;
    for (;;) {
      const afterValue = index;
      while (isSpace(xml.charCodeAt(index))) index++;
      const code = xml.charCodeAt(index);
      if (code === 62 || code === 47) break;
      if (index >= xml.length) this.fail(`the start tag <${name}> is not closed`, start);
      if (index === afterValue) this.fail(`no space before an attribute of <${name}>`, index);
      const nameStart = index;
      while (index < xml.length && !endsName(xml.charCodeAt(index))) index++;
      const nameEnd = index;
      if (nameEnd === nameStart) this.fail(`an attribute of <${name}> has no name`, index);
      while (isSpace(xml.charCodeAt(index))) index++;
      if (xml.charCodeAt(index) !== 61) this.fail(`an attribute of <${name}> has no value`, index);
      index++;
      while (isSpace(xml.charCodeAt(index))) index++;
      const quote = xml.charCodeAt(index);
      if (quote !== 34 && quote !== 39)
        this.fail(`an attribute value of <${name}> is not in quotes`, index);
      const valueStart = ++index;
      index = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (index < 0) this.fail(`an attribute value of <${name}> is not closed`, valueStart);
      if (this.nextAngle < valueStart) this.nextAngle = xml.indexOf("<", valueStart) >>> 0;
      if (this.nextAngle < index)
        this.fail(`"<" inside an attribute value of <${name}>`, this.nextAngle);
      offsets[count * 4] = nameStart;
      offsets[count * 4 + 1] = nameEnd;
      offsets[count * 4 + 2] = valueStart;
      offsets[count * 4 + 3] = index;
      count++;
      index++;
      declaresNamespaces ||= xml.startsWith("xmlns", nameStart);
    }
    const isEmpty = xml.charCodeAt(index) === 47;
    if (isEmpty && xml.charCodeAt(index + 1) !== 62)
      this.fail(`the start tag <${name}> has "/" without ">"`, index);
    this.attributeCount = count;
    this.openNames.push(name);
    this.scopes.push(declaresNamespaces ? this.declaredScope() : this.scope);
    this.resolveElementName(name, start);
    this.openLocalNames.push(this.localName);
    this.openNamespaces.push(this.namespace);
    this.start = start;
    this.end = this.position = index + (isEmpty ? 2 : 1);
    this.isEmptyElement = this.closeIsPending = isEmpty;
    this.token = "open";
    return "open";
  }

  /** The scope of the tag just read, with its xmlns attributes. */
  private declaredScope(): NamespaceScope {
    const parent = this.scope;
    let defaultNamespace = parent.defaultNamespace;
    const prefixes = new Map(parent.prefixes);
    const offsets = this.attributeOffsets;
    for (let index = 0; index < this.attributeCount * 4; index += 4) {
      const nameStart = offsets[index] as number;
      const nameEnd = offsets[index + 1] as number;
      if (!this.xml.startsWith("xmlns", nameStart)) continue;
      const value = this.attributeValue(offsets[index + 2] as number, offsets[index + 3] as number);
      if (nameEnd === nameStart + 5) defaultNamespace = value;
      else if (this.xml.charCodeAt(nameStart + 5) === 58)
        prefixes.set(this.xml.slice(nameStart + 6, nameEnd), value);
    }
    return { defaultNamespace, prefixes };
  }

  private resolveElementName(name: string, offset: number): void {
    const colon = name.indexOf(":");
    this.qualifiedName = name;
    if (colon < 0) {
      this.localName = name;
      this.namespace = this.scope.defaultNamespace;
      return;
    }
    this.localName = name.slice(colon + 1);
    this.namespace = this.namespaceOfPrefix(name.slice(0, colon), offset);
  }

  private namespaceOfPrefix(prefix: string, offset: number): string {
    const namespace = this.scope.prefixes.get(prefix);
    if (namespace === undefined) this.fail(`the prefix "${prefix}" is not declared`, offset);
    return namespace;
  }

  /** The attribute's place in attributeOffsets; -1 when the tag has no such attribute. */
  private attributeIndex(localName: string, namespace: string): number {
    const offsets = this.attributeOffsets;
    for (let index = 0; index < this.attributeCount * 4; index += 4)
      if (
        this.isAttributeNamed(
          offsets[index] as number,
          offsets[index + 1] as number,
          localName,
          namespace
        )
      )
        return index;
    return -1;
  }

  private isAttributeNamed(
    nameStart: number,
    nameEnd: number,
    localName: string,
    namespace: string
  ): boolean {
    const xml = this.xml;
    if (namespace === "")
      return nameEnd - nameStart === localName.length && xml.startsWith(localName, nameStart);
    const colon = nameEnd - localName.length - 1;
    if (colon <= nameStart || xml.charCodeAt(colon) !== 58 || !xml.startsWith(localName, colon + 1))
      return false;
    const prefix = xml.slice(nameStart, colon);
    return prefix !== "xmlns" && this.namespaceOfPrefix(prefix, nameStart) === namespace;
  }

  /** An attribute value with white space normalised as XML says, and references decoded. */
  private attributeValue(valueStart: number, valueEnd: number): string {
    const xml = this.xml;
    const raw = xml.slice(valueStart, valueEnd);
    for (let index = valueStart; index < valueEnd; index++) {
      const code = xml.charCodeAt(index);
      if (code === 38 || code < 32)
        return this.decoded(raw.replace(/\r\n|[\t\n\r]/g, " "), valueStart);
    }
    return raw;
  }

  /** Text, CDATA sections, comments and processing instructions up to the next tag, as one text. */
  private readCharacterData(): XmlToken {
    const xml = this.xml;
    const start = this.position;
    let index = start;
    let text = "";
    while (index < xml.length) {
      if (xml.charCodeAt(index) !== 60) {
        let next = xml.indexOf("<", index);
        if (next < 0) next = xml.length;
        text += this.decoded(withLineFeeds(xml.slice(index, next)), index);
        index = next;
        continue;
      }
      const following = xml.charCodeAt(index + 1);
      if (following === 33) index = this.skipMarkupDeclaration(index, (data) => (text += data));
      else if (following === 63) index = this.after(index, "?>", "a processing instruction");
      else break;
    }
    this.position = index;
    if (this.openNames.length === 0) {
      if (/[^ \t\r\n]/.test(text)) this.fail("text outside the root element", start);
      return this.next();
    }
    if (text === "") return this.next();
    this.start = start;
    this.end = index;
    this.text = text;
    this.attributeCount = 0;
    this.token = "text";
    return "text";
  }

  /** Skips a comment or takes a CDATA section's text; refuses a document type declaration. */
  private skipMarkupDeclaration(index: number, takeData: (data: string) => void): number {
    const xml = this.xml;
    if (xml.startsWith("<!--", index)) return this.after(index, "-->", "a comment");
    if (xml.startsWith("<![CDATA[", index)) {
      if (this.openNames.length === 0) this.fail("a CDATA section outside the root element", index);
      const end = this.after(index, "]]>", "a CDATA section");
      takeData(withLineFeeds(xml.slice(index + 9, end - 3)));
      return end;
    }
    if (xml.startsWith("<!DOCTYPE", index))
      this.fail("a document type declaration, which workbook parts never hold", index);
    this.fail('"<!" starts neither a comment nor a CDATA section', index);
  }

  /** The offset after the `terminator` that closes the construct starting at `index`. */
  private after(index: number, terminator: string, construct: string): number {
    const end = this.xml.indexOf(terminator, index + 2);
    if (end < 0) this.fail(`${construct} is not closed`, index);
    return end + terminator.length;
  }

  /** Text with its entity and character references replaced; `offset` places errors. */
  private decoded(text: string, offset: number): string {
    let ampersand = text.indexOf("&");
    if (ampersand < 0) return text;
    let decoded = "";
    let from = 0;
    while (ampersand >= 0) {
      const semicolon = text.indexOf(";", ampersand);
      const reference = semicolon < 0 ? "" : text.slice(ampersand + 1, semicolon);
      decoded += text.slice(from, ampersand) + this.referenced(reference, offset + ampersand);
      from = semicolon + 1;
      ampersand = text.indexOf("&", from);
    }
    return decoded + text.slice(from);
  }

  private referenced(reference: string, offset: number): string {
    const entity = predefinedEntities[reference];
    if (entity !== undefined) return entity;
    const match = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(reference);
    if (match === null)
      this.fail(
        reference === "" || reference.length > 32 || /[\s&<]/.test(reference)
          ? '"&" starts no reference'
          : `the reference &${reference}; is not a character reference nor one of XML's five entities`,
        offset
      );
    const code = match[1] === undefined ? Number(match[2]) : Number.parseInt(match[1], 16);
    if (!isXmlCharacter(code))
      this.fail(
        `the character reference &${reference}; names a character XML does not allow`,
        offset
      );
    return String.fromCodePoint(code);
  }
}

/** Text with XML's line-end normalisation: CR LF and a lone CR read as LF. */
function withLineFeeds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
