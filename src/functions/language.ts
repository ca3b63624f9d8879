import type { Language } from "../core/issues";

/** Bokmål when Office's display language is Norwegian (nb, nn, no), else English. */
export function languageOf(displayLanguage: string | undefined): Language {
  return /^(nb|nn|no)\b/i.test(displayLanguage ?? "") ? "nb" : "en";
}

/** The language of Office's user interface, read at call time; English outside Office. */
export function officeLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}
