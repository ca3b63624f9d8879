import type { Language } from "../core/language";

export interface PaneTexts {
  readonly tagline: string;
  readonly actionsLabel: string;
  readonly createTemplate: string;
  readonly createTemplateHint: string;
  readonly validate: string;
  readonly validateHint: string;
  readonly benchmark: string;
  readonly benchmarkHint: string;
  readonly notYetAvailable: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcelBody: string;
}

/** Everything the pane says, in bokmål and English. */
export const paneTexts: Readonly<Record<Language, PaneTexts>> = {
  nb: {
    tagline: "Mål og sammenlign grønn konkurransekraft i kommuner og fylker.",
    actionsLabel: "Handlinger",
    createTemplate: "Lag prosjektmal",
    createTemplateHint: "Setter inn arkene Indikatorer, Dimensjoner, Enheter, Data og Metode.",
    validate: "Valider",
    validateHint: "Sjekker arkene mot malen og viser hvert problem med cellen det gjelder.",
    benchmark: "Benchmark",
    benchmarkHint: "Beregner skårer, rangeringer og endring over tid i et eget ark.",
    notYetAvailable: "Kommer i en senere versjon.",
    outsideExcelTitle: "Åpnet utenfor Excel",
    outsideExcelBody:
      "Veikart er et tillegg for Excel. Åpne det fra fanen Hjem i Excel for å bruke knappene.",
  },
  en: {
    tagline: "Measure and benchmark green competitiveness in municipalities and counties.",
    actionsLabel: "Actions",
    createTemplate: "Create project template",
    createTemplateHint: "Inserts the sheets Indikatorer, Dimensjoner, Enheter, Data and Metode.",
    validate: "Validate",
    validateHint: "Checks the sheets against the template and lists every problem with its cell.",
    benchmark: "Benchmark",
    benchmarkHint: "Computes scores, ranks and change over time on a sheet of its own.",
    notYetAvailable: "Coming in a later version.",
    outsideExcelTitle: "Opened outside Excel",
    outsideExcelBody:
      "Veikart is an add-in for Excel. Open it from the Home tab in Excel to use the buttons.",
  },
};
