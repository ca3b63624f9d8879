import { languageOf } from "../../src/core/language";

describe("languageOf", () => {
  it("speaks bokmål for Norwegian tags and POSIX locales", () => {
    for (const tag of ["nb", "nn", "no", "nb-NO", "NN-no", "nb_NO.UTF-8", "no_NO"])
      expect(languageOf(tag)).toBe("nb");
  });

  it("speaks English for every other language, for a missing tag and for look-alike prefixes", () => {
    for (const tag of [undefined, "", "en-US", "sv-SE", "C.UTF-8", "nl-NL", "nbx"])
      expect(languageOf(tag)).toBe("en");
  });
});
