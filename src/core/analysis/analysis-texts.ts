// The words of the generated Analyse sheet, in bokmål and English.
import type { Bilingual } from "../language";

export const analysisTitles = {
  sheet: { nb: "Analyse", en: "Analysis" },
  wholePeriod: {
    nb: "Frikobling over hele perioden fra basisåret",
    en: "Decoupling over the whole period from the base year",
  },
  steps: { nb: "Frikobling år for år", en: "Decoupling year on year" },
  stepsPerDegree: {
    nb: "Antall år-for-år-steg per grad",
    en: "Year-on-year steps per degree",
  },
  audit: { nb: "Revisjon av indikatorsettet", en: "Audit of the indicator set" },
  dimensions: {
    nb: "Cronbachs alfa og første hovedkomponent per dimensjon",
    en: "Cronbach's alpha and first principal component per dimension",
  },
  correlations: { nb: "Korrelasjoner (Pearson) i", en: "Correlations (Pearson) in" },
  flags: { nb: "Flagg", en: "Flags" },
} satisfies Record<string, Bilingual>;

export const analysisHeaders = {
  unitCode: { nb: "Kode", en: "Code" },
  unitName: { nb: "Enhet", en: "Unit" },
  pressure: { nb: "Press", en: "Pressure" },
  driver: { nb: "Driver", en: "Driver" },
  startYear: { nb: "Fra år", en: "From year" },
  endYear: { nb: "Til år", en: "To year" },
  driverChange: { nb: "Endring i driver", en: "Change in driver" },
  pressureChange: { nb: "Endring i press", en: "Change in pressure" },
  elasticity: { nb: "Elastisitet", en: "Elasticity" },
  degree: { nb: "Grad", en: "Degree" },
  note: { nb: "Merknad", en: "Note" },
  dimension: { nb: "Dimensjon", en: "Dimension" },
  dimensionName: { nb: "Navn", en: "Name" },
  indicatorCount: { nb: "Indikatorer", en: "Indicators" },
  alpha: { nb: "Cronbachs alfa", en: "Cronbach's alpha" },
  firstComponentShare: {
    nb: "Første komponents andel av variansen",
    en: "First component's share of variance",
  },
  completeRows: { nb: "Enheter uten hull", en: "Units without gaps" },
  indicator: { nb: "Indikator", en: "Indicator" },
  withDimension: { nb: "Med dimensjonen", en: "With the dimension" },
  withIndex: { nb: "Med indeksen", en: "With the index" },
  flag: { nb: "Flagg", en: "Flag" },
  value: { nb: "Verdi", en: "Value" },
  threshold: { nb: "Grense", en: "Threshold" },
  message: { nb: "Melding", en: "Message" },
} satisfies Record<string, Bilingual>;

export const analysisLabels = {
  year: { nb: "År revidert", en: "Year audited" },
  baseYear: { nb: "Basisår", en: "Base year" },
  pairs: { nb: "Frikoblingspar (press/driver)", en: "Decoupling pairs (pressure/driver)" },
  unitCount: { nb: "Antall enheter", en: "Units" },
  ranAt: { nb: "Kjørt", en: "Run at" },
  none: { nb: "ingen", en: "none" },
  method: {
    nb: "Frikobling etter Tapio (2005): elastisitet = endring i press / endring i driver; kobling mellom 0,8 og 1,2. Revisjonen følger COINr og JRC (docs/method.md).",
    en: "Decoupling after Tapio (2005): elasticity = change in pressure / change in driver; coupling between 0.8 and 1.2. The audit follows COINr and the JRC (docs/method.md).",
  },
  noAudit: {
    nb: "Ingen revisjon: året kunne ikke beregnes.",
    en: "No audit: the year could not be scored.",
  },
  noFlags: { nb: "Revisjonen reiser ingen flagg.", en: "The audit raises no flags." },
} satisfies Record<string, Bilingual>;

/** The words of the decoupling chart: its title, axes, reference lines and the sectors they bound. */
export const decouplingChartTexts = {
  title: {
    nb: "Endring i press mot endring i driver",
    en: "Change in pressure against change in driver",
  },
  fromBaseYear: { nb: "fra", en: "from" },
  units: { nb: "Enheter", en: "Units" },
  axisChange: { nb: "Endring i", en: "Change in" },
  linesTitle: {
    nb: "Referanselinjer i frikoblingsdiagrammet (endepunkter)",
    en: "Reference lines of the decoupling chart (end points)",
  },
  pairHeader: { nb: "Par", en: "Pair" },
  lineHeader: { nb: "Linje", en: "Line" },
  xHeader: { nb: "Endring i driver", en: "Change in driver" },
  yHeader: { nb: "Endring i press", en: "Change in pressure" },
  pressureUnchanged: { nb: "Press uendret (x-aksen)", en: "Pressure unchanged (x axis)" },
  driverUnchanged: { nb: "Driver uendret (y-aksen)", en: "Driver unchanged (y axis)" },
  sectorsHeading: {
    nb: "Slik leses diagrammet (Tapio 2005): hvert punkt er en enhets endring fra basisåret, e = endring i press / endring i driver.",
    en: "Reading the chart (Tapio 2005): each point is a unit's change from the base year, e = change in pressure / change in driver.",
  },
} satisfies Record<string, Bilingual>;

/** Where each of Tapio's degrees lies in the chart. */
export const decouplingSectors = {
  strong_decoupling: {
    nb: "under x-aksen til høyre (driver opp, press ned)",
    en: "below the x axis on the right (driver up, pressure down)",
  },
  weak_decoupling: {
    nb: "mellom x-aksen og linjen e = 0,8 til høyre",
    en: "between the x axis and the line e = 0.8 on the right",
  },
  expansive_coupling: {
    nb: "mellom linjene e = 0,8 og e = 1,2 til høyre",
    en: "between the lines e = 0.8 and e = 1.2 on the right",
  },
  expansive_negative_decoupling: {
    nb: "over linjen e = 1,2 til høyre",
    en: "above the line e = 1.2 on the right",
  },
  strong_negative_decoupling: {
    nb: "over x-aksen til venstre (driver ned, press opp)",
    en: "above the x axis on the left (driver down, pressure up)",
  },
  weak_negative_decoupling: {
    nb: "mellom x-aksen og linjen e = 0,8 til venstre",
    en: "between the x axis and the line e = 0.8 on the left",
  },
  recessive_coupling: {
    nb: "mellom linjene e = 0,8 og e = 1,2 til venstre",
    en: "between the lines e = 0.8 and e = 1.2 on the left",
  },
  recessive_decoupling: {
    nb: "under linjen e = 1,2 til venstre (press faller raskere enn driveren)",
    en: "below the line e = 1.2 on the left (pressure falls faster than the driver)",
  },
} satisfies Record<string, Bilingual>;
