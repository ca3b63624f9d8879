/**
 * @jest-environment jsdom
 */
// src/taskpane/taskpane.html, and the dist/taskpane.html built from it: where the engine Office gives
// the pane cannot run the bundles (Internet Explorer 11, EdgeHTML), a plain message in bokmål and
// English shows instead of a blank pane; elsewhere it stays hidden and the React pane replaces it.
// An old engine is played by acorn parsing at ECMAScript 5 before the real Function runs the code.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type ecmaVersion as EcmaVersion } from "acorn";
import { act } from "react";
import { createRoot } from "react-dom/client";

// React warns unless a test declares that it wraps updates in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const repositoryRoot = join(__dirname, "..", "..");
const sourcePage = readFileSync(join(repositoryRoot, "src", "taskpane", "taskpane.html"), "utf8");
const builtPath = join(repositoryRoot, "dist", "taskpane.html");

/** A Function constructor that, like an engine of that edition, refuses syntax newer than it. */
function engineOf(edition: EcmaVersion): FunctionConstructor {
  return function (...parts: string[]) {
    const body = parts.at(-1) ?? "";
    parse(`(function () {${body}})`, { ecmaVersion: edition });
    return new Function(...parts);
  } as unknown as FunctionConstructor;
}

function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

function inlineScripts(html: string): string[] {
  return Array.from(parsed(html).querySelectorAll("script:not([src])"), (script) =>
    (script.textContent ?? "").trim()
  );
}

/** Lays the page's body into this document and runs its inline scripts in an engine of `edition`. */
function openPage(html: string, edition: EcmaVersion): void {
  document.body.innerHTML = parsed(html).body.innerHTML;
  for (const script of inlineScripts(html)) {
    parse(script, { ecmaVersion: edition });
    new Function("Function", script)(engineOf(edition));
  }
}

function message(): HTMLElement | null {
  return document.getElementById("unsupported-host");
}

/** The edition whose syntax the page's check tries (a class static block), and the one before it. */
const probedEdition = 2022;
const editionBefore = 2021;

function expectEs5(html: string): void {
  const scripts = inlineScripts(html);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
}

describe("src/taskpane/taskpane.html", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("keeps the message hidden where the engine parses the bundles' ES2022 syntax", () => {
    openPage(sourcePage, probedEdition);
    expect(message()?.style.display).toBe("none");
  });

  it("shows what is needed, in bokmål and in English, in an engine that knows only ES5 (Internet Explorer 11)", () => {
    openPage(sourcePage, 5);
    const shown = message();
    expect(shown?.style.display).toBe("block");
    const nb = shown?.querySelector('p[lang="nb"]')?.textContent ?? "";
    const en = shown?.querySelector('p[lang="en"]')?.textContent ?? "";
    expect(nb).toMatch(/Veikart kan ikke kjøre.*Microsoft 365.*WebView2/s);
    expect(en).toMatch(/Veikart cannot run.*Microsoft 365.*WebView2/s);
  });

  it("shows the message in ES2015 and ES2021 engines too (EdgeHTML has no ?., older WebKit no static blocks)", () => {
    for (const edition of [2015, editionBefore] as const) {
      openPage(sourcePage, edition);
      expect(message()?.style.display).toBe("block");
    }
  });

  it("decides in ES5, which Internet Explorer 11 runs, and that check rejects newer syntax", () => {
    expectEs5(sourcePage);
    expect(() => parse("const late = () => 1;", { ecmaVersion: 5 })).toThrow(SyntaxError);
  });

  it("loses the message when the React pane renders into the container", async () => {
    openPage(sourcePage, 5);
    const container = document.getElementById("container");
    if (container === null) throw new Error("taskpane.html has no #container");
    const root = createRoot(container);
    await act(async () => root.render(<p>pane</p>));
    expect(message()).toBeNull();
    expect(container.textContent).toBe("pane");
    await act(async () => root.unmount());
  });
});

const built = existsSync(builtPath);
if (!built)
  console.warn("Skipping the dist/taskpane.html tests: run `npx webpack --mode production` first.");
const describeBuilt = built ? describe : describe.skip;

describeBuilt("dist/taskpane.html, as webpack builds it", () => {
  const builtPage = built ? readFileSync(builtPath, "utf8") : "";

  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("keeps the deciding script in ES5 after minification", () => {
    expectEs5(builtPage);
  });

  it("ships bundles that an ES2022 engine parses and an ES2021 one does not, the line the page's check draws", () => {
    const bundles = ["functions.js", "commands.js", "taskpane.js"].map((bundle) =>
      readFileSync(join(repositoryRoot, "dist", bundle), "utf8")
    );
    for (const code of bundles)
      expect(() => parse(code, { ecmaVersion: probedEdition })).not.toThrow();
    const parsesInEarlier = (code: string): boolean => {
      try {
        parse(code, { ecmaVersion: editionBefore });
        return true;
      } catch {
        return false;
      }
    };
    expect(bundles.every(parsesInEarlier)).toBe(false);
  });

  it("hides the message in an ES2022 engine and shows it in an ES2021 one", () => {
    openPage(builtPage, probedEdition);
    expect(message()?.style.display).toBe("none");
    openPage(builtPage, editionBefore);
    expect(message()?.style.display).toBe("block");
    expect(message()?.textContent).toMatch(/Veikart kan ikke kjøre[\s\S]*Veikart cannot run/);
  });

  it("loads the three bundles only after the page has parsed (deferred), so the message decides first", () => {
    const bundles = Array.from(parsed(builtPage).querySelectorAll("script[src]"))
      .filter((script) => !(script.getAttribute("src") ?? "").includes("office.js"))
      .map((script) => `${script.getAttribute("src")} ${script.hasAttribute("defer")}`);
    expect(bundles).toEqual(["functions.js true", "commands.js true", "taskpane.js true"]);
  });
});
