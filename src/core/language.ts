/** The languages Veikart speaks: Norwegian bokmål and English. */
export type Language = "nb" | "en";

/** A text in both languages. */
export type Bilingual = Readonly<Record<Language, string>>;

/** A number's text as the language writes it: a decimal comma in bokmål ("0,954"), a point in English. */
export function decimalIn(text: string, language: Language): string {
  return language === "nb" ? text.replace(".", ",") : text;
}

/** Bokmål for a Norwegian language tag or locale (nb, nn, no, "nb-NO", "nb_NO.UTF-8"), else English. */
export function languageOf(languageTag: string | undefined): Language {
  return /^(nb|nn|no)([-_.@]|$)/i.test(languageTag ?? "") ? "nb" : "en";
}
