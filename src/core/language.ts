/** The languages Veikart speaks: Norwegian bokmål and English. */
export type Language = "nb" | "en";

/** A text in both languages. */
export type Bilingual = Readonly<Record<Language, string>>;

/** Bokmål for a Norwegian language tag or locale (nb, nn, no, "nb-NO", "nb_NO.UTF-8"), else English. */
export function languageOf(languageTag: string | undefined): Language {
  return /^(nb|nn|no)([-_.@]|$)/i.test(languageTag ?? "") ? "nb" : "en";
}
