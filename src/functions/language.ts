import { languageOf, type Language } from "../core/language";

/** The language of Office's user interface, read at call time; English outside Office. */
export function officeLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}
