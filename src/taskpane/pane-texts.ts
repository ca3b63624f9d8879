import type { Severity } from "../core/issues";
import type { Language } from "../core/language";
import type { FailureAdvice } from "./office-errors";

/** A conflict as the import lists it. */
export interface ConflictLine {
  readonly address: string;
  readonly unit: string;
  readonly indicator: string;
  readonly year: number;
  readonly existing: number;
  readonly incoming: string;
  /** Where the incoming value comes from: SSB's table, or the selected range. */
  readonly source: string;
}

/** What an import did, as the pane reports it. */
export interface ImportCounts {
  readonly added: number;
  readonly unchanged: number;
  readonly inConflict: number;
  readonly replaced: number;
  readonly missingAtSource: number;
  readonly unitsAdded: number;
}

export interface PaneTexts {
  readonly tagline: string;
  readonly createTemplate: string;
  readonly createTemplateHint: string;
  readonly validate: string;
  readonly validateHint: string;
  readonly benchmark: string;
  readonly benchmarkHint: string;
  readonly needsExcel: string;
  readonly busy: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcelBody: string;
  readonly templateSection: string;
  readonly withExampleData: string;
  readonly templateCreated: (created: readonly string[]) => string;
  readonly templateSkipped: (skipped: readonly string[]) => string;
  readonly templateNothingCreated: string;
  readonly dropDownsMissing: string;
  readonly validationSection: string;
  readonly writeValidationSheet: string;
  readonly validationSummary: (counts: Readonly<Record<Severity, number>>) => string;
  readonly canScore: string;
  readonly cannotScore: string;
  readonly severityFilter: string;
  readonly allSeverities: string;
  readonly severityNames: Readonly<Record<Severity, string>>;
  readonly noIssues: string;
  readonly issuesShown: (shown: number, total: number) => string;
  readonly showList: (total: number) => string;
  readonly showMore: (count: number) => string;
  readonly showFewer: string;
  readonly issueCode: (code: string) => string;
  readonly workbookWide: string;
  readonly selectCellHint: (cell: string) => string;
  readonly sheetWritten: (sheet: string) => string;
  readonly userSheetsKept: (sheets: readonly string[]) => string;
  readonly benchmarkSection: string;
  readonly year: string;
  readonly latestYear: string;
  readonly peerSet: string;
  readonly allUnits: string;
  readonly peerGroup: string;
  readonly chosenUnits: string;
  readonly chosenUnitsHint: string;
  readonly highlightUnits: string;
  readonly highlightUnitsHint: string;
  readonly validateFirstForChoices: string;
  readonly methodSection: string;
  readonly fromMethodSheet: (value: string) => string;
  readonly saveMethod: string;
  readonly methodSaved: string;
  readonly benchmarkWritten: (sheet: string, year: number | null, units: number) => string;
  readonly benchmarkInvalid: string;
  /** What the Metode sheet's robustness analysis varies, in the method panel. */
  readonly robustnessVaries: (description: string, replications: number) => string;
  readonly robustnessOff: string;
  readonly progressAnalysing: (done: number, total: number) => string;
  readonly benchmarkBlocked: string;
  readonly withMeasures: string;
  readonly profileSection: string;
  readonly profileUnit: string;
  readonly profileUnitHint: string;
  readonly writeProfile: string;
  readonly writeProfileHint: string;
  /** `rank` as the Profil sheet writes it: "6 av 6" / "6 of 6". */
  readonly profileWritten: (sheet: string, unit: string, rank: string) => string;
  readonly analysisSection: string;
  readonly analysisYear: string;
  readonly analysisPairs: string;
  readonly analysisPairsHint: string;
  readonly writeAnalysis: string;
  readonly writeAnalysisHint: string;
  readonly analysisWritten: (sheet: string, year: number | null, units: number) => string;
  readonly progressReading: (read: number, total: number) => string;
  readonly progressWorking: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly failedTitle: string;
  readonly failureAdvice: Readonly<Record<FailureAdvice, string>>;
  readonly failureDetails: string;
  readonly importSection: string;
  readonly importFromSsb: string;
  readonly importFromSsbHint: string;
  readonly importIndicators: string;
  readonly importIndicatorsHint: string;
  readonly importYears: string;
  readonly importUnits: string;
  readonly importUnitsWorkbook: string;
  readonly importUnitsAll: string;
  readonly importApiAddress: string;
  readonly importSavedResponses: string;
  readonly importChooseFiles: string;
  readonly importRequests: (done: number, total: number) => string;
  readonly importConflicts: (count: number) => string;
  readonly importConflict: (conflict: ConflictLine) => string;
  readonly importReplace: string;
  readonly importReplaceAll: string;
  readonly importWrite: string;
  readonly importResult: (result: ImportCounts) => string;
  readonly importUnreachable: string;
  readonly importFromTable: string;
  readonly importFromTableHint: string;
  readonly importTableIndicator: string;
  readonly importTableIndicatorHint: string;
  readonly importSelection: string;
  readonly importSelectionHint: string;
  readonly importSelectionTooLarge: (limit: number) => string;
  readonly importUnknownIndicator: string;
  readonly importNotRead: (count: number) => string;
  readonly crashedTitle: string;
  readonly crashedBody: string;
}

/** Everything the pane says, in bokmål and English. */
export const paneTexts: Readonly<Record<Language, PaneTexts>> = {
  nb: {
    tagline: "Mål og sammenlign grønn konkurransekraft i kommuner og fylker.",
    createTemplate: "Lag prosjektmal",
    createTemplateHint:
      "Setter inn arkene Indikatorer, Dimensjoner, Enheter, Data, Metode og Tiltak.",
    validate: "Valider",
    validateHint: "Sjekker arkene mot malen og viser hvert problem med cellen det gjelder.",
    benchmark: "Benchmark",
    benchmarkHint: "Beregner skårer, rangeringer og endring over tid i et eget ark.",
    needsExcel: "Virker når panelet er åpnet i Excel.",
    busy: "Venter til forrige handling er ferdig.",
    outsideExcelTitle: "Åpnet utenfor Excel",
    outsideExcelBody:
      "Veikart er et tillegg for Excel. Åpne det fra fanen Hjem i Excel for å bruke knappene.",
    templateSection: "Prosjektmal",
    withExampleData: "Med eksempeldata (illustrative tall for pilotenhetene, 2019–2023)",
    templateCreated: (created) => `Satte inn ${created.join(", ")}.`,
    templateSkipped: (skipped) => `Fantes fra før og ble ikke endret: ${skipped.join(", ")}.`,
    templateNothingCreated: "Alle malarkene finnes allerede; ingenting ble endret.",
    dropDownsMissing:
      "Nedtrekkslistene på Data og Tiltak ble ikke lagt inn fordi Enheter eller Indikatorer fantes fra før.",
    validationSection: "Validering",
    writeValidationSheet: "Skriv problemene til arket Validering",
    validationSummary: (counts) =>
      `${counts.error} feil, ${counts.warning} advarsler, ${counts.info} info`,
    canScore: "Arbeidsboken kan beregnes.",
    cannotScore: "Rett feilene før beregning.",
    severityFilter: "Vis",
    allSeverities: "Alle",
    severityNames: { error: "Feil", warning: "Advarsler", info: "Info" },
    noIssues: "Ingen problemer å vise.",
    issuesShown: (shown, total) => `Viser ${shown} av ${total}.`,
    showList: (total) => `Vis hele listen (${total})`,
    showMore: (count) => `Vis ${count} til`,
    showFewer: "Vis færre",
    issueCode: (code) => `Kode for brukerstøtte: ${code}`,
    workbookWide: "Arbeidsboken",
    selectCellHint: (cell) => `Gå til ${cell}`,
    sheetWritten: (sheet) => `Skrev arket ${sheet}.`,
    userSheetsKept: (sheets) =>
      `Arket ${sheets.join(", ")} er ditt og ble ikke endret; Veikart skrev et nytt ark i stedet.`,
    benchmarkSection: "Benchmark",
    year: "År",
    latestYear: "Siste år med data",
    peerSet: "Sammenligningsgrunnlag",
    allUnits: "Alle enheter",
    peerGroup: "En gruppe",
    chosenUnits: "Valgte enheter",
    chosenUnitsHint: "Enhetskoder skilt med komma, for eksempel 5001, 4601",
    highlightUnits: "Fremhev enheter i diagrammene",
    highlightUnitsHint:
      "Enhetskoder skilt med komma. Diagrammene viser alltid disse, også når de ikke får plass til alle enhetene.",
    validateFirstForChoices: "Valider først for å velge blant år og grupper i arbeidsboken.",
    methodSection: "Metode",
    fromMethodSheet: (value) => `Fra Metode-arket (${value})`,
    saveMethod: "Lagre valgene i Metode-arket",
    methodSaved: "Metodevalgene ble lagret i Metode-arket.",
    benchmarkWritten: (sheet, year, units) =>
      `Skrev arket ${sheet}: ${units} enheter rangert for ${year ?? "–"}.`,
    benchmarkInvalid: "Valideringen fant feil, så ingenting ble beregnet. Rett feilene under.",
    robustnessVaries: (description, replications) =>
      `Robusthetsanalysen varierer ${description} (${replications} kjøringer).`,
    robustnessOff: "Robusthetsanalysen er slått av.",
    progressAnalysing: (done, total) => `Robusthetsanalyse (${done} av ${total} kjøringer)`,
    benchmarkBlocked: "Valgene passer ikke til arbeidsboken:",
    withMeasures: "Tiltak: vis indeks og plass med og uten tiltakene i arket Tiltak",
    profileSection: "Enhetsprofil",
    profileUnit: "Enhet",
    profileUnitHint:
      "Enhetskoden, for eksempel 5035. Profilen bruker årene, utvalget og metoden under Benchmark.",
    writeProfile: "Skriv profil",
    writeProfileHint:
      "Skriver arket Profil: indeks, plassering, bidrag per dimensjon, styrker og svakheter, utvikling og billigste vei til neste plass, på én utskriftsside.",
    profileWritten: (sheet, unit, rank) => `Skrev arket ${sheet}: ${unit}, plass ${rank}.`,
    analysisSection: "Analyse",
    analysisYear: "År for revisjonen",
    analysisPairs: "Frikoblingspar (press/driver)",
    analysisPairsHint:
      "Indikator-id-er som PRESS/DRIVER, flere par skilt med semikolon. Forhåndsutfylt fra Metode-arket; en endring gjelder denne kjøringen, og lagres i Metode når du lagrer valgene under Benchmark.",
    writeAnalysis: "Skriv analyse",
    writeAnalysisHint:
      "Skriver arket Analyse: frikobling per enhet og par (tabeller og et spredningsdiagram med Tapios sektorer) og revisjonen av indikatorsettet. Bruker utvalget og metoden under Benchmark.",
    analysisWritten: (sheet, year, units) =>
      `Skrev arket ${sheet}: frikobling for ${units} enheter, revisjon for ${year ?? "–"}.`,
    progressReading: (read, total) => `Leser arkene (${read} av ${total} deler)`,
    progressWorking: "Arbeider …",
    cancel: "Avbryt",
    cancelled: "Avbrutt.",
    failedTitle: "Noe gikk galt",
    failureAdvice: {
      sheetProtected:
        "Excel nektet endringen: arket eller arbeidsboken er beskyttet, eller arbeidsboken er åpnet skrivebeskyttet. Opphev beskyttelsen (Se gjennom > Opphev arkbeskyttelse) eller åpne en kopi du kan redigere, og prøv igjen.",
      cellBeingEdited:
        "Excel venter på en celle du redigerer. Trykk Enter eller Esc for å avslutte redigeringen, og prøv igjen.",
      operationRefused:
        "Excel godtok ikke handlingen nå. Redigerer du en celle, trykk Enter eller Esc først, og prøv igjen.",
      requestTooLarge:
        "Excel på nettet tar ikke imot så mye på én gang (grensen er 5 MB). Velg færre enheter eller år, eller bruk Excel på datamaskinen.",
      itemNotFound:
        "Et ark, en tabell eller et område Veikart trengte, finnes ikke lenger; kanskje det ble slettet eller fikk nytt navn underveis. Valider på nytt og prøv igjen.",
      internalError:
        "Excel fikk en intern feil. Lagre arbeidsboken, lukk og åpne Veikart-panelet, og prøv igjen. Skjer det igjen, meld fra med detaljene.",
    },
    failureDetails: "Detaljer",
    importSection: "Importer data",
    importFromSsb: "Hent fra SSB",
    importFromSsbHint:
      "Henter indikatorene med SSB-kilde fra SSBs statistikkbank (PxWebApi 2) og viser hva som legges til før noe skrives.",
    importIndicators: "Indikatorer (Id-er, tomt = alle med SSB-kilde)",
    importIndicatorsHint: "For eksempel POPULATION, GHG_TOTAL",
    importYears: "År (for eksempel 2015-2024)",
    importUnits: "Enheter",
    importUnitsWorkbook: "Enhetene i Enheter",
    importUnitsAll: "Alle kommuner og fylker i registeret",
    importApiAddress: "API-adresse",
    importSavedResponses:
      "Eller velg lagrede svar (JSON-stat-filer fra veikart import ssb --save-responses)",
    importChooseFiles: "Velg svarfiler",
    importRequests: (done, total) => `Forespørsel ${done} av ${total} til SSB`,
    importConflicts: (count) =>
      `${count} verdier er ulike i arbeidsboken. Kryss av dem som skal erstattes; resten beholdes.`,
    importConflict: (line) =>
      `${line.address}: ${line.unit} ${line.indicator} ${line.year}: ${line.existing} i arbeidsboken, ${line.incoming} fra ${line.source}`,
    importReplace: "Erstatt",
    importReplaceAll: "Erstatt alle fra denne kilden",
    importWrite: "Skriv til Data",
    importResult: (result) =>
      `Lagt til ${result.added}, uendret ${result.unchanged}, i konflikt ${result.inConflict} (erstattet ${result.replaced}), mangler hos kilden ${result.missingAtSource}. Enheter lagt til: ${result.unitsAdded}.`,
    importUnreachable:
      "Panelet fikk ikke kontakt med SSBs API: nettleseren i Excel slipper bare gjennom svar som tillater det (CORS), og ingen nettverksforbindelse gir samme feil. Bruk kommandolinjen (veikart import ssb) eller velg lagrede svar over.",
    importFromTable: "Fra tabell",
    importFromTableHint:
      "Merk tabellen i et hvilket som helst åpent ark: enheter som rader og år som kolonner (som Miljødirektoratets og KOSTRAs nedlastinger), eller én rad per enhet og år med kolonnene År og Verdi. Enheter leses fra koder, fra «5001 Trondheim» eller fra navn som bare passer én enhet.",
    importTableIndicator: "Indikator (Id fra Indikatorer)",
    importTableIndicatorHint: "For eksempel GHG_TOTAL",
    importSelection: "Importer merket område",
    importSelectionHint:
      "Leser det merkede området som en tabell for indikatoren og viser hva som legges til før noe skrives.",
    importSelectionTooLarge: (limit) =>
      `Det merkede området er for stort: panelet leser høyst ${limit} celler om gangen. Merk bare tabellen.`,
    importUnknownIndicator: "Indikatoren finnes ikke i Indikatorer. Skriv Id-en slik den står der.",
    importNotRead: (count) => `${count} celler eller navn ble ikke lest:`,
    crashedTitle: "Panelet fikk en feil",
    crashedBody: "Lukk og åpne panelet igjen. Arbeidsboken er ikke endret av feilen.",
  },
  en: {
    tagline: "Measure and benchmark green competitiveness in municipalities and counties.",
    createTemplate: "Create project template",
    createTemplateHint:
      "Inserts the sheets Indikatorer, Dimensjoner, Enheter, Data, Metode and Tiltak.",
    validate: "Validate",
    validateHint: "Checks the sheets against the template and lists every problem with its cell.",
    benchmark: "Benchmark",
    benchmarkHint: "Computes scores, ranks and change over time on a sheet of its own.",
    needsExcel: "Works when the pane is opened in Excel.",
    busy: "Waits until the previous action has finished.",
    outsideExcelTitle: "Opened outside Excel",
    outsideExcelBody:
      "Veikart is an add-in for Excel. Open it from the Home tab in Excel to use the buttons.",
    templateSection: "Project template",
    withExampleData: "With example data (illustrative figures for the pilot units, 2019–2023)",
    templateCreated: (created) => `Inserted ${created.join(", ")}.`,
    templateSkipped: (skipped) => `Already there and left unchanged: ${skipped.join(", ")}.`,
    templateNothingCreated: "Every template sheet exists already; nothing was changed.",
    dropDownsMissing:
      "The drop-downs on Data and Tiltak were not added because Enheter or Indikatorer existed already.",
    validationSection: "Validation",
    writeValidationSheet: "Write the issues to the Validering sheet",
    validationSummary: (counts) =>
      `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
    canScore: "The workbook can be scored.",
    cannotScore: "Fix the errors before scoring.",
    severityFilter: "Show",
    allSeverities: "All",
    severityNames: { error: "Errors", warning: "Warnings", info: "Info" },
    noIssues: "No issues to show.",
    issuesShown: (shown, total) => `Showing ${shown} of ${total}.`,
    showList: (total) => `Show the full list (${total})`,
    showMore: (count) => `Show ${count} more`,
    showFewer: "Show fewer",
    issueCode: (code) => `Code for support: ${code}`,
    workbookWide: "Workbook",
    selectCellHint: (cell) => `Go to ${cell}`,
    sheetWritten: (sheet) => `Wrote the sheet ${sheet}.`,
    userSheetsKept: (sheets) =>
      `The sheet ${sheets.join(", ")} is yours and was left unchanged; Veikart wrote a new sheet instead.`,
    benchmarkSection: "Benchmark",
    year: "Year",
    latestYear: "Latest year with data",
    peerSet: "Peers",
    allUnits: "All units",
    peerGroup: "A peer group",
    chosenUnits: "Chosen units",
    chosenUnitsHint: "Unit codes separated by commas, such as 5001, 4601",
    highlightUnits: "Highlight units in the charts",
    highlightUnitsHint:
      "Unit codes separated by commas. The charts always show them, also when they cannot show every unit.",
    validateFirstForChoices: "Validate first to choose among the workbook's years and groups.",
    methodSection: "Method",
    fromMethodSheet: (value) => `From the Metode sheet (${value})`,
    saveMethod: "Save these choices in the Metode sheet",
    methodSaved: "The method choices were saved in the Metode sheet.",
    benchmarkWritten: (sheet, year, units) =>
      `Wrote the sheet ${sheet}: ${units} units ranked for ${year ?? "–"}.`,
    benchmarkInvalid: "Validation found errors, so nothing was scored. Fix the errors below.",
    robustnessVaries: (description, replications) =>
      `The robustness analysis varies ${description} (${replications} runs).`,
    robustnessOff: "The robustness analysis is switched off.",
    progressAnalysing: (done, total) => `Robustness analysis (${done} of ${total} runs)`,
    benchmarkBlocked: "The choices do not fit the workbook:",
    withMeasures: "Measures: show index and rank with and without the Tiltak sheet's measures",
    profileSection: "Unit profile",
    profileUnit: "Unit",
    profileUnitHint:
      "The unit's code, such as 5035. The profile uses the year, peer set and method chosen under Benchmark.",
    writeProfile: "Write profile",
    writeProfileHint:
      "Writes the Profil sheet: index, rank, contributions by dimension, strengths and weaknesses, trends and the cheapest ways to the next rank, on one printed page.",
    profileWritten: (sheet, unit, rank) => `Wrote the sheet ${sheet}: ${unit}, rank ${rank}.`,
    analysisSection: "Analysis",
    analysisYear: "Year audited",
    analysisPairs: "Decoupling pairs (pressure/driver)",
    analysisPairsHint:
      "Indicator ids as PRESSURE/DRIVER, pairs separated by semicolons. Filled in from the Metode sheet; a change applies to this run, and is saved in Metode when you save the choices under Benchmark.",
    writeAnalysis: "Write analysis",
    writeAnalysisHint:
      "Writes the Analyse sheet: decoupling per unit and pair (tables and a scatter chart with Tapio's sectors) and the audit of the indicator set. Uses the peer set and method chosen under Benchmark.",
    analysisWritten: (sheet, year, units) =>
      `Wrote the sheet ${sheet}: decoupling for ${units} units, audit for ${year ?? "–"}.`,
    progressReading: (read, total) => `Reading the sheets (${read} of ${total} parts)`,
    progressWorking: "Working …",
    cancel: "Cancel",
    cancelled: "Cancelled.",
    failedTitle: "Something went wrong",
    failureAdvice: {
      sheetProtected:
        "Excel refused the change: the sheet or workbook is protected, or the workbook is open read-only. Unprotect it (Review > Unprotect Sheet) or open a copy you can edit, and try again.",
      cellBeingEdited:
        "Excel is waiting for a cell you are editing. Press Enter or Esc to finish editing, and try again.",
      operationRefused:
        "Excel did not accept the action just now. If you are editing a cell, press Enter or Esc first, and try again.",
      requestTooLarge:
        "Excel on the web cannot take this much at once (the limit is 5 MB). Choose fewer units or years, or use Excel on the desktop.",
      itemNotFound:
        "A sheet, table or range Veikart needed is no longer there; perhaps it was deleted or renamed meanwhile. Validate again and try again.",
      internalError:
        "Excel hit an internal error. Save the workbook, close and reopen the Veikart pane, and try again. If it happens again, report it with the details.",
    },
    failureDetails: "Details",
    importSection: "Import data",
    importFromSsb: "Fetch from SSB",
    importFromSsbHint:
      "Fetches the indicators with an SSB source from Statistics Norway's statistics bank (PxWebApi 2) and shows what would be added before anything is written.",
    importIndicators: "Indicators (ids; empty = all with an SSB source)",
    importIndicatorsHint: "For example POPULATION, GHG_TOTAL",
    importYears: "Years (for example 2015-2024)",
    importUnits: "Units",
    importUnitsWorkbook: "The units of Enheter",
    importUnitsAll: "Every kommune and fylke of the register",
    importApiAddress: "API address",
    importSavedResponses:
      "Or choose saved responses (JSON-stat files from veikart import ssb --save-responses)",
    importChooseFiles: "Choose response files",
    importRequests: (done, total) => `Request ${done} of ${total} to SSB`,
    importConflicts: (count) =>
      `${count} values differ from the workbook's. Tick the ones to replace; the rest are kept.`,
    importConflict: (line) =>
      `${line.address}: ${line.unit} ${line.indicator} ${line.year}: ${line.existing} in the workbook, ${line.incoming} from ${line.source}`,
    importReplace: "Replace",
    importReplaceAll: "Replace all from this source",
    importWrite: "Write to Data",
    importResult: (result) =>
      `Added ${result.added}, unchanged ${result.unchanged}, in conflict ${result.inConflict} (replaced ${result.replaced}), missing at source ${result.missingAtSource}. Units added: ${result.unitsAdded}.`,
    importUnreachable:
      "The pane could not reach SSB's API: the browser inside Excel lets an answer through only when it allows it (CORS), and no network gives the same error. Use the command line (veikart import ssb) or choose saved responses above.",
    importFromTable: "From a table",
    importFromTableHint:
      "Select the table in any open sheet: units as rows and years as columns (as Miljødirektoratet's and KOSTRA's downloads come), or one row per unit and year with the columns Year and Value. Units are read from codes, from \"5001 Trondheim\" or from names that fit one unit only.",
    importTableIndicator: "Indicator (id from Indikatorer)",
    importTableIndicatorHint: "For example GHG_TOTAL",
    importSelection: "Import the selected range",
    importSelectionHint:
      "Reads the selected range as a table for the indicator and shows what is added before anything is written.",
    importSelectionTooLarge: (limit) =>
      `The selected range is too large: the pane reads at most ${limit} cells at a time. Select the table alone.`,
    importUnknownIndicator: "The indicator is not in Indikatorer. Type its id as it stands there.",
    importNotRead: (count) => `${count} cells or names were not read:`,
    crashedTitle: "The pane hit an error",
    crashedBody: "Close and reopen the pane. The error did not change the workbook.",
  },
};
