import { languageOf, type Language } from "../core/language";

/** What the pane needs to know about where it runs. */
export interface PaneContext {
  readonly language: Language;
  readonly insideExcel: boolean;
  readonly darkTheme: boolean;
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

/** Reads the host after Office.onReady; outside Office (no host) the browser's language decides. */
export function paneContextFrom(host: Office.HostType | null | undefined): PaneContext {
  const insideExcel = host === Office.HostType.Excel;
  const context = insideExcel ? Office.context : undefined;
  return {
    language: languageOf(context?.displayLanguage ?? browserLanguage()),
    insideExcel,
    darkTheme: context?.officeTheme?.isDarkTheme ?? false,
  };
}

/** The context when office.js did not load at all (the page was opened from a file or a plain server). */
export function paneContextWithoutOffice(): PaneContext {
  return { language: languageOf(browserLanguage()), insideExcel: false, darkTheme: false };
}
