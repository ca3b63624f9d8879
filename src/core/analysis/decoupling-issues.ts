import { issueFactory, type IssueDefinition } from "../issue-catalogue";
import type { Bilingual } from "../language";

// Why a decoupling elasticity has no degree. Messages in bokmål and English.

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const shown = (value: number) => String(Math.round(value * 1e4) / 1e4);

/** The four values of a decoupling, named in messages. */
export type DecouplingValueName = "pressureStart" | "pressureEnd" | "driverStart" | "driverEnd";

const valueNames: Readonly<Record<DecouplingValueName, Bilingual>> = {
  pressureStart: { nb: "Belastningen ved start", en: "pressure at the start" },
  pressureEnd: { nb: "Belastningen ved slutt", en: "pressure at the end" },
  driverStart: { nb: "Drivkraften ved start", en: "driver at the start" },
  driverEnd: { nb: "Drivkraften ved slutt", en: "driver at the end" },
};

export const decouplingIssueCatalogue = {
  // Decoupling
  decoupling_value_missing: define<{ name: DecouplingValueName }>({
    severity: "warning",
    title: { nb: "Verdi mangler for frikobling", en: "Value missing for decoupling" },
    nb: ({ name }) => `${valueNames[name].nb} mangler; frikoblingen kan ikke beregnes.`,
    en: ({ name }) => `The ${valueNames[name].en} is missing; decoupling cannot be computed.`,
  }),
  decoupling_start_not_positive: define<{ name: DecouplingValueName; value: number }>({
    severity: "warning",
    title: { nb: "Startverdien er ikke over 0", en: "Start value not above 0" },
    nb: ({ name, value }) =>
      `${valueNames[name].nb} er ${shown(value)}; en prosentvis endring trenger en startverdi over 0.`,
    en: ({ name, value }) =>
      `The ${valueNames[name].en} is ${shown(value)}; a relative change needs a start value above 0.`,
  }),
  decoupling_end_negative: define<{ name: DecouplingValueName; value: number }>({
    severity: "warning",
    title: { nb: "Sluttverdien er negativ", en: "End value below 0" },
    nb: ({ name, value }) =>
      `${valueNames[name].nb} er ${shown(value)}; verdien kan ikke være negativ.`,
    en: ({ name, value }) =>
      `The ${valueNames[name].en} is ${shown(value)}; it cannot be negative.`,
  }),
  decoupling_driver_unchanged: define<{ value: number }>({
    severity: "warning",
    title: { nb: "Drivkraften er uendret", en: "Driver unchanged" },
    nb: ({ value }) =>
      `Drivkraften er uendret (${shown(value)}); elastisiteten deler på en endring på 0 og er ikke definert.`,
    en: ({ value }) =>
      `The driver did not change (${shown(value)}); the elasticity divides by a change of 0 and is undefined.`,
  }),
  decoupling_base_year_without_values: define<{ baseYear: number }>({
    severity: "warning",
    title: { nb: "Basisåret mangler verdier", en: "No values in the base year" },
    nb: ({ baseYear }) =>
      `Basisåret ${baseYear} har ikke både belastning og drivkraft; perioden fra basisåret kan ikke beregnes.`,
    en: ({ baseYear }) =>
      `The base year ${baseYear} lacks the pressure or the driver; the period from the base year cannot be computed.`,
  }),
  decoupling_no_later_year: define<{ baseYear: number }>({
    severity: "info",
    title: { nb: "Ingen år etter basisåret", en: "No year after the base year" },
    nb: ({ baseYear }) => `Ingen år etter ${baseYear} har både belastning og drivkraft.`,
    en: ({ baseYear }) => `No year after ${baseYear} has both the pressure and the driver.`,
  }),
} as const;

export type DecouplingIssueCode = keyof typeof decouplingIssueCatalogue;

export const reportDecouplingIssue = issueFactory(decouplingIssueCatalogue);
