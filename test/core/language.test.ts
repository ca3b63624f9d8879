import { decimalIn, languageOf } from "../../src/core/language";

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

describe("decimalIn", () => {
  it("writes a decimal comma in bokmål and keeps the point in English", () => {
    expect(decimalIn("-0.954", "nb")).toBe("-0,954");
    expect(decimalIn("-0.954", "en")).toBe("-0.954");
    expect(decimalIn("12", "nb")).toBe("12");
  });
});
