import { paneTexts } from "../../src/taskpane/pane-texts";
import { englishWordIn } from "../support/english-words";

/** Stands for any argument of a text: a list of names, a number, or counts by severity. */
const anyArgument: unknown = new Proxy(["Data"], {
  get: (list, key) => (key in list || typeof key === "symbol" ? Reflect.get(list, key) : 1),
});

/** Every text of a language, the nested ones and those made from arguments included. */
function textsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function")
    return textsOf(
      (value as (...given: unknown[]) => unknown)(anyArgument, anyArgument, anyArgument),
      path
    );
  return Object.entries(value as object).flatMap(([key, nested]) =>
    textsOf(nested, `${path}.${key}`)
  );
}

describe("the pane's texts", () => {
  it("have the same keys in bokmål and English", () => {
    expect(Object.keys(paneTexts.nb).sort()).toEqual(Object.keys(paneTexts.en).sort());
  });

  it.each(textsOf(paneTexts.nb, "nb"))("%s is bokmål", (_path, text) => {
    expect([text, englishWordIn(text)]).toEqual([text, undefined]);
  });

  it("the check would catch an English text", () => {
    expect(englishWordIn(paneTexts.en.failureAdvice.sheetProtected)).toBeDefined();
  });
});
