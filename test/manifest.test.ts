/**
 * Offline checks of manifest.xml. Microsoft's validator (`npm run validate`) needs the network, so
 * these tests hold the rules a broken manifest most often breaks: well-formed XML, every resid
 * defined and used, one shared runtime, the VEIKART namespace, icons that exist, the Requirements
 * the code needs, and (at the end) validity against the manifest XML schemas.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import { ribbonRequests } from "../src/commands/ribbon-requests";

const OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BASIC_TYPES = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const DEV_ORIGIN = "https://localhost:3000/";

const repositoryRoot = join(__dirname, "..");
const manifestText = readFileSync(join(repositoryRoot, "manifest.xml"), "utf8");

interface ParsedManifest {
  document: Document;
  problems: string[];
}

/** Parses without throwing: a fatal error becomes a problem and leaves an empty document. */
function parseManifest(text: string): ParsedManifest {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  });
  try {
    return { document: parser.parseFromString(text, "text/xml"), problems };
  } catch (error: unknown) {
    problems.push(`fatal: ${String(error)}`);
    return { document: new DOMParser().parseFromString("<unparsed/>", "text/xml"), problems };
  }
}

const { document, problems: parseProblems } = parseManifest(manifestText);

function elements(parent: Document | Element, namespace: string, localName: string): Element[] {
  const list = parent.getElementsByTagNameNS(namespace, localName);
  const found: Element[] = [];
  for (let index = 0; index < list.length; index++) {
    const element = list.item(index);
    if (element !== null) found.push(element);
  }
  return found;
}

function only(parent: Document | Element, namespace: string, localName: string): Element {
  const found = elements(parent, namespace, localName);
  if (found.length !== 1) {
    throw new Error(`expected one <${localName}>, found ${found.length}`);
  }
  return found[0] as Element;
}

function childElements(parent: Element): Element[] {
  const children: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) children.push(node as Element);
  }
  return children;
}

function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.tagName}> has no ${name} attribute`);
  return value;
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(XSI, "type");
}

function text(element: Element): string {
  return (element.textContent ?? "").trim();
}

/** Every element anywhere in the manifest that carries a resid attribute. */
function residReferences(): Element[] {
  return elements(document, "*", "*").filter((element) => element.hasAttribute("resid"));
}

const RESOURCE_GROUPS = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
type ResourceGroup = (typeof RESOURCE_GROUPS)[number];

interface Resource {
  id: string;
  group: ResourceGroup;
  element: Element;
}

function resources(): Resource[] {
  const resourcesElement = only(document, OVERRIDES, "Resources");
  return RESOURCE_GROUPS.flatMap((group) =>
    elements(resourcesElement, BASIC_TYPES, group).flatMap((groupElement) =>
      childElements(groupElement).map((element) => ({
        id: attribute(element, "id"),
        group,
        element,
      }))
    )
  );
}

function resource(id: string): Resource {
  const found = resources().find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no resource with id ${id}`);
  return found;
}

function resourceValue(id: string): string {
  return attribute(resource(id).element, "DefaultValue");
}

function extensionPoint(type: string): Element {
  const found = elements(document, OVERRIDES, "ExtensionPoint").filter(
    (element) => xsiType(element) === type
  );
  if (found.length !== 1) throw new Error(`expected one ${type} extension point`);
  return found[0] as Element;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${path} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in this repository that a development URL serves. */
function localFile(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return join(repositoryRoot, url.slice(DEV_ORIGIN.length));
}

function expectIcon(url: string, pixels: number): void {
  const file = localFile(url);
  expect(file).toMatch(/[\\/]assets[\\/]icon-\d+\.png$/);
  expect(existsSync(file)).toBe(true);
  expect(pngSize(file)).toEqual({ width: pixels, height: pixels });
}

function nbOverride(element: Element, namespace: string): string | undefined {
  const override = elements(element, namespace, "Override").find(
    (candidate) => candidate.getAttribute("Locale") === "nb-NO"
  );
  return override?.getAttribute("Value") ?? undefined;
}

/** Every TypeScript source under src/, as one text, for the checks of what the code calls. */
const sourceText = sourceFiles(join(repositoryRoot, "src"))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The API in src/ that sets each requirement's minimum, with the set Microsoft's reference gives it
 * (the [Api set] notes in @types/office-js and @types/custom-functions-runtime, which are generated
 * from it). docs/requirements.md has the full table.
 */
const requirementDefiningApis: readonly (readonly [string, string, string, RegExp])[] = [
  ["ExcelApi", "1.8", "Range.dataValidation", /\.dataValidation\./],
  ["ExcelApi", "1.7", "Worksheet.getRangeByIndexes", /\.getRangeByIndexes\(/],
  ["SharedRuntime", "1.1", "Office.addin.showAsTaskpane", /Office\.addin\.showAsTaskpane\(/],
  ["CustomFunctionsRuntime", "1.3", "CustomFunctions.ErrorCode", /CustomFunctions\.ErrorCode\./],
];

function versionAtLeast(declared: string, needed: string): boolean {
  const [declaredMajor = 0, declaredMinor = 0] = declared.split(".").map(Number);
  const [neededMajor = 0, neededMinor = 0] = needed.split(".").map(Number);
  return (
    declaredMajor > neededMajor || (declaredMajor === neededMajor && declaredMinor >= neededMinor)
  );
}

describe("manifest.xml", () => {
  it("is well-formed XML with a TaskPaneApp OfficeApp root", () => {
    expect(parseProblems).toEqual([]);
    const root = document.documentElement;
    expect(root?.localName).toBe("OfficeApp");
    expect(root?.namespaceURI).toBe(OFFICE_APP);
    expect(root === null ? null : xsiType(root)).toBe("TaskPaneApp");
  });

  it("reports a parse problem for malformed XML (the well-formedness check can fail)", () => {
    const broken = manifestText.replace("</Permissions>", "</Permission>");
    expect(parseManifest(broken).problems.length).toBeGreaterThan(0);
  });

  it("has a GUID Id, provider Veikart and display name Veikart", () => {
    expect(text(only(document, OFFICE_APP, "Id"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(text(only(document, OFFICE_APP, "ProviderName"))).toBe("Veikart");
    expect(attribute(only(document, OFFICE_APP, "DisplayName"), "DefaultValue")).toBe("Veikart");
    expect(text(only(document, OFFICE_APP, "DefaultLocale"))).toBe("en-US");
  });

  it("has a Version of four numeric parts that matches package.json", () => {
    const version = text(only(document, OFFICE_APP, "Version"));
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const packageVersion = (
      JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(version).toBe(`${packageVersion}.0`);
  });

  it("describes the add-in in English with a bokmål override", () => {
    const description = only(document, OFFICE_APP, "Description");
    expect(attribute(description, "DefaultValue")).toMatch(/green competitiveness/);
    expect(nbOverride(description, OFFICE_APP)).toMatch(/grønn konkurransekraft/);
  });

  it("targets only the Workbook host, in the base manifest and in the overrides", () => {
    const baseHosts = elements(only(document, OFFICE_APP, "Hosts"), OFFICE_APP, "Host");
    expect(baseHosts.map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    const overrideHosts = elements(document, OVERRIDES, "Host");
    expect(overrideHosts.map(xsiType)).toEqual(["Workbook"]);
  });

  it("asks for ReadWriteDocument and nothing broader", () => {
    const permissions = elements(document, OFFICE_APP, "Permissions");
    expect(permissions.map(text)).toEqual(["ReadWriteDocument"]);
  });

  it("requires ExcelApi 1.8, SharedRuntime 1.1 and CustomFunctionsRuntime 1.3", () => {
    const sets = elements(only(document, OFFICE_APP, "Requirements"), OFFICE_APP, "Set").map(
      (set) => `${set.getAttribute("Name")} ${set.getAttribute("MinVersion")}`
    );
    expect(sets).toEqual(["ExcelApi 1.8", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.3"]);
  });

  it.each(requirementDefiningApis)(
    "declares %s %s or later, as src/ calls %s",
    (set, version, _api, pattern) => {
      expect(sourceText).toMatch(pattern);
      const declared = elements(only(document, OFFICE_APP, "Requirements"), OFFICE_APP, "Set")
        .filter((element) => element.getAttribute("Name") === set)
        .map((element) => attribute(element, "MinVersion"));
      expect(declared).toHaveLength(1);
      expect(versionAtLeast(declared[0] ?? "0", version)).toBe(true);
    }
  );

  it("uses VersionOverrides 1.0, the only version a TaskPaneApp supports", () => {
    const overrides = elements(document, "*", "VersionOverrides");
    expect(overrides.map((element) => [element.namespaceURI, xsiType(element)])).toEqual([
      [OVERRIDES, "VersionOverridesV1_0"],
    ]);
  });

  it("resolves every resid to a resource defined in Resources", () => {
    const defined = new Set(resources().map(({ id }) => id));
    const undefinedReferences = residReferences()
      .map((element) => attribute(element, "resid"))
      .filter((resid) => !defined.has(resid));
    expect(undefinedReferences).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const referenced = new Set(residReferences().map((element) => attribute(element, "resid")));
    const unused = resources()
      .map(({ id }) => id)
      .filter((id) => !referenced.has(id));
    expect(unused).toEqual([]);
  });

  it("defines each resource id once, within Office's 32-character limit", () => {
    const ids = resources().map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const tooLong = resources()
      .filter(({ group }) => group === "ShortStrings" || group === "LongStrings")
      .flatMap(({ id, group, element }) => {
        const limit = group === "ShortStrings" ? 125 : 250;
        const values = [
          attribute(element, "DefaultValue"),
          ...elements(element, BASIC_TYPES, "Override").map((item) => attribute(item, "Value")),
        ];
        return values.filter((value) => value.length > limit).map((value) => `${id}: ${value}`);
      });
    expect(tooLong).toEqual([]);
  });

  it("serves every URL from https://localhost:3000/, which webpack replaces for production", () => {
    const urls = elements(document, "*", "*")
      .map((element) => element.getAttribute("DefaultValue"))
      .filter((value): value is string => value !== null && /^[a-z]+:\/\//i.test(value));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(DEV_ORIGIN))).toEqual([]);
    expect(attribute(only(document, OFFICE_APP, "SourceLocation"), "DefaultValue")).toBe(
      `${DEV_ORIGIN}taskpane.html`
    );
  });

  it("runs the task pane, custom functions and ribbon commands in one long-lived shared runtime", () => {
    const runtimes = elements(document, OVERRIDES, "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0] as Element;
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const shared = attribute(runtime, "resid");
    const page = only(
      only(extensionPoint("CustomFunctions"), OVERRIDES, "Page"),
      OVERRIDES,
      "SourceLocation"
    );
    expect(attribute(page, "resid")).toBe(shared);
    expect(attribute(only(document, OVERRIDES, "FunctionFile"), "resid")).toBe(shared);
    const showTaskpane = elements(document, OVERRIDES, "Action").filter(
      (action) => xsiType(action) === "ShowTaskpane"
    );
    expect(showTaskpane).toHaveLength(1);
    expect(attribute(only(showTaskpane[0] as Element, OVERRIDES, "SourceLocation"), "resid")).toBe(
      shared
    );
    expect(resourceValue(shared)).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("declares the custom functions in the VEIKART namespace with their script and metadata", () => {
    const customFunctions = extensionPoint("CustomFunctions");
    const namespace = only(customFunctions, OVERRIDES, "Namespace");
    expect(resourceValue(attribute(namespace, "resid"))).toBe("VEIKART");
    const source = (part: string): string =>
      resourceValue(
        attribute(
          only(only(customFunctions, OVERRIDES, part), OVERRIDES, "SourceLocation"),
          "resid"
        )
      );
    expect(source("Script")).toBe(`${DEV_ORIGIN}functions.js`);
    expect(source("Metadata")).toBe(`${DEV_ORIGIN}functions.json`);
  });

  it("gives bokmål users (nb-NO) the functions' metadata in bokmål, functions.nb.json", () => {
    const metadata = attribute(
      only(
        only(extensionPoint("CustomFunctions"), OVERRIDES, "Metadata"),
        OVERRIDES,
        "SourceLocation"
      ),
      "resid"
    );
    expect(resource(metadata).group).toBe("Urls");
    expect(nbOverride(resource(metadata).element, BASIC_TYPES)).toBe(
      `${DEV_ORIGIN}functions.nb.json`
    );
    const webpackConfig = readFileSync(join(repositoryRoot, "webpack.config.js"), "utf8");
    expect(webpackConfig).toContain('output: "functions.nb.json"');
  });

  it("puts a Veikart group on the Home tab with a task pane button and two command buttons", () => {
    const tab = only(extensionPoint("PrimaryCommandSurface"), OVERRIDES, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = only(tab, OVERRIDES, "Group");
    const groupLabel = childElements(group).find((child) => child.localName === "Label");
    expect(
      groupLabel === undefined ? undefined : resourceValue(attribute(groupLabel, "resid"))
    ).toBe("Veikart");
    const actions = elements(group, OVERRIDES, "Control").map((control) => {
      expect(xsiType(control)).toBe("Button");
      const action = only(control, OVERRIDES, "Action");
      const label = resourceValue(attribute(only(control, OVERRIDES, "Label"), "resid"));
      return xsiType(action) === "ShowTaskpane"
        ? `${label}: ShowTaskpane ${text(only(action, OVERRIDES, "TaskpaneId"))}`
        : `${label}: ${xsiType(action)} ${text(only(action, OVERRIDES, "FunctionName"))}`;
    });
    expect(actions).toEqual([
      "Open Veikart: ShowTaskpane ButtonId1",
      "Validate: ExecuteFunction validate",
      "Benchmark: ExecuteFunction benchmark",
    ]);
  });

  it("names in each ExecuteFunction a command that src/commands registers, and leaves none unused", () => {
    const functionNames = elements(document, OVERRIDES, "FunctionName").map(text);
    const registered: readonly string[] = ribbonRequests;
    expect(functionNames.filter((name) => !registered.includes(name))).toEqual([]);
    expect([...registered].sort()).toEqual([...functionNames].sort());
  });

  it("has a bokmål (nb-NO) override for every ribbon label and supertip", () => {
    const ribbon = extensionPoint("PrimaryCommandSurface");
    const texts = [
      ...elements(ribbon, OVERRIDES, "Label"),
      ...elements(ribbon, OVERRIDES, "Title"),
      ...elements(ribbon, OVERRIDES, "Description"),
    ];
    expect(texts.length).toBeGreaterThanOrEqual(10);
    const missing = texts
      .map((element) => attribute(element, "resid"))
      .filter((resid) => (nbOverride(resource(resid).element, BASIC_TYPES) ?? "") === "");
    expect(missing).toEqual([]);
    const validateLabel = resource("ValidateButton.Label").element;
    expect(nbOverride(validateLabel, BASIC_TYPES)).toBe("Valider");
  });

  it("has a GetStarted callout with a title, a description and a learn-more URL, in both languages", () => {
    const getStarted = only(document, OVERRIDES, "GetStarted");
    for (const part of ["Title", "Description"]) {
      const resid = attribute(only(getStarted, OVERRIDES, part), "resid");
      expect(resourceValue(resid)).not.toBe("");
      expect(nbOverride(resource(resid).element, BASIC_TYPES)).toBeTruthy();
    }
    const learnMore = attribute(only(getStarted, OVERRIDES, "LearnMoreUrl"), "resid");
    expect(resource(learnMore).group).toBe("Urls");
    expect(resourceValue(learnMore)).toBe(`${DEV_ORIGIN}help.html`);
  });

  it("sends LearnMoreUrl and SupportUrl to help.html, a page about the add-in that webpack serves beside the pane", () => {
    const support = attribute(only(document, OFFICE_APP, "SupportUrl"), "DefaultValue");
    expect(support).toBe(`${DEV_ORIGIN}help.html#support`);
    const help = readFileSync(join(repositoryRoot, "assets", "help.html"), "utf8");
    expect(help).toContain('id="support"');
    expect(help).toMatch(/<section lang="nb">[\s\S]*Hva Veikart gjør/);
    expect(help).toMatch(/<section lang="en">[\s\S]*What Veikart does/);
    const webpackConfig = readFileSync(join(repositoryRoot, "webpack.config.js"), "utf8");
    expect(webpackConfig).toContain('{ from: "assets/help.html", to: "help.html" }');
  });

  it("gives every ribbon icon 16, 32 and 80 px images that exist in assets/ at those sizes", () => {
    const icons = elements(extensionPoint("PrimaryCommandSurface"), OVERRIDES, "Icon");
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const images = elements(icon, BASIC_TYPES, "Image");
      expect(images.map((image) => image.getAttribute("size"))).toEqual(["16", "32", "80"]);
      for (const image of images) {
        const imageResource = resource(attribute(image, "resid"));
        expect(imageResource.group).toBe("Images");
        expectIcon(
          attribute(imageResource.element, "DefaultValue"),
          Number(attribute(image, "size"))
        );
      }
    }
  });

  it("points IconUrl at a 32 px and HighResolutionIconUrl at a 64 px PNG in assets/", () => {
    expectIcon(attribute(only(document, OFFICE_APP, "IconUrl"), "DefaultValue"), 32);
    expectIcon(attribute(only(document, OFFICE_APP, "HighResolutionIconUrl"), "DefaultValue"), 64);
  });

  it("ships every icon size in assets/ as a square PNG of that size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(repositoryRoot, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

/**
 * Validation against the manifest XML schemas in test/fixtures/manifest-schemas (its README says
 * where each file came from). The base manifest's schema is Microsoft's; the VersionOverrides and bt
 * schemas are composed from Microsoft's published fragments and element order, because the full
 * [MS-OWEMXML] 5.6 and 5.7 files could not be obtained. Added there beyond the 2016 schemas, for what
 * this manifest uses: Runtimes/Runtime (the shared runtime, [MS-OWEMXML] 2.2.209) and the
 * CustomFunctions extension point (Script, Page, Metadata, Namespace).
 */
const schemaFolder = join(repositoryRoot, "test", "fixtures", "manifest-schemas");
const importedSchemas = [
  "offappmanifest-1.1.xsd",
  "taskpaneappversionoverrides.xsd",
  "officeappbasictypes-1.0.xsd",
];

function schemaFile(fileName: string): { fileName: string; contents: string } {
  return { fileName, contents: readFileSync(join(schemaFolder, fileName), "utf8") };
}

/** libxml2's schema errors for `text`, none when it validates. */
async function schemaErrors(text: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "manifest.xml", contents: text },
    schema: schemaFile("manifest.xsd"),
    preload: importedSchemas.map(schemaFile),
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

describe("manifest.xml against the manifest XML schemas", () => {
  it("validates", async () => {
    expect(await schemaErrors(manifestText)).toEqual([]);
  });

  it("fails when a base element is out of order (SupportUrl after Hosts)", async () => {
    const support = manifestText.match(/ *<SupportUrl [^>]*\/>\n/)?.[0] ?? "";
    expect(support).not.toBe("");
    const misplaced = manifestText
      .replace(support, "")
      .replace("  <Requirements>\n", `${support}  <Requirements>\n`);
    expect((await schemaErrors(misplaced)).join("\n")).toMatch(
      /SupportUrl': This element is not expected/
    );
  });

  it("fails when Runtimes comes after AllFormFactors inside the Workbook host", async () => {
    const runtimes = manifestText.match(/ *<Runtimes>[\s\S]*?<\/Runtimes>\n/)?.[0] ?? "";
    expect(runtimes).not.toBe("");
    const misplaced = manifestText
      .replace(runtimes, "")
      .replace(/( *<\/AllFormFactors>\n)/, `$1${runtimes}`);
    expect((await schemaErrors(misplaced)).join("\n")).toMatch(
      /Runtimes': This element is not expected/
    );
  });

  it("fails on an unknown element, in the base manifest and inside VersionOverrides", async () => {
    const inBase = manifestText.replace(
      "  <Permissions>",
      "  <Colour>green</Colour>\n  <Permissions>"
    );
    expect((await schemaErrors(inBase)).join("\n")).toMatch(
      /Colour': This element is not expected/
    );
    const inOverrides = manifestText.replace("<FunctionFile ", "<FunctionFiles ");
    expect((await schemaErrors(inOverrides)).join("\n")).toMatch(
      /FunctionFiles': This element is not expected/
    );
  });

  it("fails on a value the schema restricts (a lifetime that is neither short nor long)", async () => {
    const wrong = manifestText.replace('lifetime="long"', 'lifetime="forever"');
    expect((await schemaErrors(wrong)).join("\n")).toMatch(/lifetime.*forever/);
  });
});

const builtManifestPath = join(repositoryRoot, "dist", "manifest.xml");
const describeBuilt = existsSync(builtManifestPath) ? describe : describe.skip;

describeBuilt("dist/manifest.xml, as built", () => {
  it("validates against the same schemas", async () => {
    expect(await schemaErrors(readFileSync(builtManifestPath, "utf8"))).toEqual([]);
  });
});
