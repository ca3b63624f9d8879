/** The languages Veikart speaks: Norwegian bokmål and English. */
export type Language = "nb" | "en";

/** Bokmål for a Norwegian language tag (nb, nn, no, with or without a region), else English. */
export function languageOf(languageTag: string | undefined): Language {
  return /^(nb|nn|no)\b/i.test(languageTag ?? "") ? "nb" : "en";
}
