import { issueFactory, type IssueDefinition } from "../issue-catalogue";
import type { Bilingual } from "../language";

// The engine's issue codes: the framework tree, the loaders and every step. Messages in bokmål and English.

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const listed = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(", ");
const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

export const engineIssueCatalogue = {
  // The framework tree
  duplicate_id: define<{ id: string }>({
    severity: "error",
    title: { nb: "Id brukt flere ganger i rammeverket", en: "Id used twice in the framework" },
    nb: ({ id }) => `Id-en "${id}" er brukt mer enn én gang i rammeverket; bare den første brukes.`,
    en: ({ id }) =>
      `The id "${id}" is used more than once in the framework; only the first is used.`,
  }),
  unknown_parent: define<{ id: string; parentId: string }>({
    severity: "error",
    title: { nb: "Ukjent overordnet", en: "Unknown parent" },
    nb: ({ id, parentId }) =>
      `"${id}" har overordnet "${parentId}", som ikke finnes blant dimensjonene; den tas ikke med i indeksen.`,
    en: ({ id, parentId }) =>
      `"${id}" has the parent "${parentId}", which is not an aggregate; it is left out of the index.`,
  }),
  framework_cycle: define<{ ids: readonly string[] }>({
    severity: "error",
    title: { nb: "Sirkel i rammeverket", en: "Cycle in the framework" },
    nb: ({ ids }) =>
      `Dimensjonene ${listed(ids)} er hverandres overordnede i en sirkel; de beregnes ikke.`,
    en: ({ ids }) =>
      `The aggregates ${listed(ids)} are each other's parents in a cycle; they are not computed.`,
  }),
  aggregate_without_children: define<{ id: string }>({
    severity: "warning",
    title: { nb: "Dimensjon uten innhold", en: "Aggregate without members" },
    nb: ({ id }) =>
      `Dimensjonen "${id}" har ingen indikatorer eller dimensjoner under seg; den får ingen verdi.`,
    en: ({ id }) =>
      `The aggregate "${id}" has no indicators or aggregates below it; it gets no score.`,
  }),
  invalid_weight: define<{ id: string; weight: number }>({
    severity: "error",
    title: { nb: "Ugyldig vekt i rammeverket", en: "Invalid weight in the framework" },
    nb: ({ id, weight }) =>
      `Vekten til "${id}" er ${weight}; en vekt må være et tall på 0 eller mer. Den settes til 0.`,
    en: ({ id, weight }) =>
      `The weight of "${id}" is ${weight}; a weight must be a number of 0 or more. It is set to 0.`,
  }),
  zero_weight_sum: define<{ id: string }>({
    severity: "error",
    title: { nb: "Vektene summerer til 0", en: "Weights sum to 0" },
    nb: ({ id }) => `Vektene under "${id}" summerer seg til 0; den får ingen verdi.`,
    en: ({ id }) => `The weights below "${id}" sum to 0; it gets no score.`,
  }),
  no_scored_indicators: define<Record<string, never>>({
    severity: "error",
    title: { nb: "Ingen indikatorer å skåre", en: "No indicators to score" },
    nb: () => "Rammeverket har ingen indikatorer som skal skåres (retning 1 eller -1).",
    en: () => "The framework has no scored indicators (direction 1 or -1).",
  }),

  // Loading data
  missing_column: define<{ column: string; table: string }>({
    severity: "error",
    title: { nb: "Kolonne mangler i tabellen", en: "Column missing from a table" },
    nb: ({ column, table }) => `Tabellen ${table} mangler kolonnen "${column}".`,
    en: ({ column, table }) => `The table ${table} has no "${column}" column.`,
  }),
  invalid_number: define<{ text: string }>({
    severity: "error",
    title: { nb: "Ugyldig tall i dataene", en: "Invalid number in the data" },
    nb: ({ text }) => `"${text}" er ikke et tall; verdien regnes som manglende.`,
    en: ({ text }) => `"${text}" is not a number; the value is treated as missing.`,
  }),
  invalid_direction: define<{ id: string; text: string }>({
    severity: "error",
    title: { nb: "Ugyldig retning i rammeverket", en: "Invalid direction in the framework" },
    nb: ({ id, text }) =>
      `Retningen til "${id}" er "${text}"; bruk 1, -1 eller 0. Indikatoren tas ikke med.`,
    en: ({ id, text }) =>
      `The direction of "${id}" is "${text}"; use 1, -1 or 0. The indicator is left out.`,
  }),
  duplicate_row: define<{ unitCode: string; year?: number }>({
    severity: "warning",
    title: { nb: "Enhet står flere ganger", en: "Unit appears twice" },
    nb: ({ unitCode, year }) =>
      `Enheten ${unitCode}${year === undefined ? "" : ` (${year})`} står mer enn én gang; den siste verdien brukes.`,
    en: ({ unitCode, year }) =>
      `The unit ${unitCode}${year === undefined ? "" : ` (${year})`} appears more than once; the last value is used.`,
  }),
  unknown_indicator: define<{ indicatorId: string }>({
    severity: "warning",
    title: { nb: "Ukjent indikator i dataene", en: "Unknown indicator in the data" },
    nb: ({ indicatorId }) =>
      `"${indicatorId}" er verken en indikator eller en nevner i rammeverket; verdiene brukes ikke.`,
    en: ({ indicatorId }) =>
      `"${indicatorId}" is neither an indicator nor a denominator of the framework; its values are not used.`,
  }),
  unknown_unit: define<{ unitCode: string }>({
    severity: "warning",
    title: { nb: "Ukjent enhet i dataene", en: "Unknown unit in the data" },
    nb: ({ unitCode }) =>
      `Enheten "${unitCode}" finnes ikke i enhetsregisteret; verdiene brukes ikke.`,
    en: ({ unitCode }) =>
      `The unit "${unitCode}" is not in the unit register; its values are not used.`,
  }),
  indicator_without_data: define<{ indicatorId: string }>({
    severity: "warning",
    title: { nb: "Indikator uten verdier", en: "Indicator without values" },
    nb: ({ indicatorId }) => `Indikatoren "${indicatorId}" har ingen verdier.`,
    en: ({ indicatorId }) => `The indicator "${indicatorId}" has no values.`,
  }),

  // Settings
  invalid_parameter: define<{ name: string; value: string; expected: Bilingual }>({
    severity: "error",
    title: { nb: "Ugyldig metodeinnstilling", en: "Invalid method setting" },
    nb: ({ name, value, expected }) =>
      `Innstillingen ${name} er ${value}; den må være ${expected.nb}.`,
    en: ({ name, value, expected }) =>
      `The setting ${name} is ${value}; it must be ${expected.en}.`,
  }),

  // Denominate
  unknown_denominator: define<{ indicatorId: string; denominator: string }>({
    severity: "error",
    title: { nb: "Ukjent nevner", en: "Unknown denominator" },
    nb: ({ indicatorId, denominator }) =>
      `Indikatoren "${indicatorId}" skal deles på "${denominator}", men den nevneren finnes ikke i dataene.`,
    en: ({ indicatorId, denominator }) =>
      `The indicator "${indicatorId}" is to be divided by "${denominator}", but the data have no such denominator.`,
  }),
  unusable_denominator: define<{ denominator: string }>({
    severity: "warning",
    title: { nb: "Nevneren mangler eller er 0", en: "Denominator missing or 0" },
    nb: ({ denominator }) =>
      `Nevneren "${denominator}" mangler eller er 0 her; verdien blir manglende.`,
    en: ({ denominator }) =>
      `The denominator "${denominator}" is missing or 0 here; the value becomes missing.`,
  }),

  // Impute
  unknown_group: define<{ group: string }>({
    severity: "error",
    title: { nb: "Ukjent gruppekolonne", en: "Unknown group column" },
    nb: ({ group }) => `Gruppekolonnen "${group}" finnes ikke for enhetene; ingenting imputeres.`,
    en: ({ group }) => `The units have no group column "${group}"; nothing is imputed.`,
  }),
  imputation_incomplete: define<{ indicatorId: string; count: number }>({
    severity: "warning",
    title: { nb: "Ufullstendig imputering", en: "Imputation incomplete" },
    nb: ({ indicatorId, count }) =>
      `${count} verdier av "${indicatorId}" kunne ikke imputeres og mangler fortsatt.`,
    en: ({ indicatorId, count }) =>
      `${count} values of "${indicatorId}" could not be imputed and are still missing.`,
  }),

  // Screen
  unit_screened_out: define<{ unitCode: string; share: number; minimumShare: number }>({
    severity: "info",
    title: { nb: "Enhet tatt ut", en: "Unit left out" },
    nb: ({ unitCode, share, minimumShare }) =>
      `${unitCode} har ${percent(share)} av indikatorene, under kravet på ${percent(minimumShare)}, og er tatt ut.`,
    en: ({ unitCode, share, minimumShare }) =>
      `${unitCode} has ${percent(share)} of the indicators, below the required ${percent(minimumShare)}, and is left out.`,
  }),

  // Treat
  too_few_values: define<{ indicatorId: string; needed: number; present: number; step: string }>({
    severity: "warning",
    title: { nb: "For få verdier", en: "Too few values" },
    nb: ({ indicatorId, needed, present, step }) =>
      `"${indicatorId}" har ${present} verdier; ${step} trenger minst ${needed}.`,
    en: ({ indicatorId, needed, present, step }) =>
      `"${indicatorId}" has ${present} values; ${step} needs at least ${needed}.`,
  }),
  outliers_remain: define<{ indicatorId: string; skewness: number; kurtosis: number }>({
    severity: "warning",
    title: { nb: "Uteliggere gjenstår", en: "Outliers remain" },
    nb: ({ indicatorId, skewness, kurtosis }) =>
      `"${indicatorId}" har fortsatt uteliggere etter behandling (skjevhet ${skewness.toFixed(2)}, kurtose ${kurtosis.toFixed(2)}).`,
    en: ({ indicatorId, skewness, kurtosis }) =>
      `"${indicatorId}" still has outliers after treatment (skewness ${skewness.toFixed(2)}, kurtosis ${kurtosis.toFixed(2)}).`,
  }),

  // Normalise
  all_missing: define<{ indicatorId: string }>({
    severity: "warning",
    title: { nb: "Alle verdiene mangler", en: "Every value missing" },
    nb: ({ indicatorId }) => `Alle verdiene av "${indicatorId}" mangler her; ingen skår beregnes.`,
    en: ({ indicatorId }) =>
      `Every value of "${indicatorId}" is missing here; no score is computed.`,
  }),
  zero_range: define<{ indicatorId: string }>({
    severity: "warning",
    title: { nb: "Alle verdiene er like", en: "All values equal" },
    nb: ({ indicatorId }) =>
      `Alle verdiene av "${indicatorId}" er like; de kan ikke skaleres og blir manglende.`,
    en: ({ indicatorId }) =>
      `All values of "${indicatorId}" are equal; they cannot be scaled and become missing.`,
  }),
  missing_target: define<{ indicatorId: string }>({
    severity: "error",
    title: { nb: "Mål mangler", en: "Target missing" },
    nb: ({ indicatorId }) =>
      `Indikatoren "${indicatorId}" har ikke noe mål; avstand til mål kan ikke beregnes.`,
    en: ({ indicatorId }) =>
      `The indicator "${indicatorId}" has no target; the distance to target cannot be computed.`,
  }),
  target_not_above_minimum: define<{ indicatorId: string }>({
    severity: "warning",
    title: {
      nb: "Målet er ikke bedre enn svakeste verdi",
      en: "Target not beyond the weakest value",
    },
    nb: ({ indicatorId }) =>
      `Målet for "${indicatorId}" er ikke bedre enn den svakeste verdien; skårene blir manglende.`,
    en: ({ indicatorId }) =>
      `The target of "${indicatorId}" is not better than the weakest value; the scores become missing.`,
  }),
  missing_goalposts: define<{ indicatorId: string }>({
    severity: "error",
    title: { nb: "Målstolper mangler", en: "Goalposts missing" },
    nb: ({ indicatorId }) =>
      `Indikatoren "${indicatorId}" mangler nedre og øvre grense (Nedre, Øvre).`,
    en: ({ indicatorId }) => `The indicator "${indicatorId}" has no lower and upper goalposts.`,
  }),
  missing_base_value: define<{ indicatorId: string; baseYear: number }>({
    severity: "warning",
    title: { nb: "Verdi i basisåret mangler", en: "Base year value missing" },
    nb: ({ indicatorId, baseYear }) =>
      `"${indicatorId}" mangler verdi (eller er 0) i basisåret ${baseYear}; indeksen kan ikke beregnes.`,
    en: ({ indicatorId, baseYear }) =>
      `"${indicatorId}" has no value (or 0) in the base year ${baseYear}; the index cannot be computed.`,
  }),

  overflow: define<{ indicatorId: string; count: number }>({
    severity: "warning",
    title: { nb: "Skår for stor", en: "Score overflow" },
    nb: ({ indicatorId, count }) =>
      `${count} skårer av "${indicatorId}" ble for store til å regnes med og er satt som manglende.`,
    en: ({ indicatorId, count }) =>
      `${count} scores of "${indicatorId}" overflowed the number range and are set as missing.`,
  }),

  // Aggregate
  outside_domain: define<{ aggregateId: string; method: string; requirement: string }>({
    severity: "warning",
    title: { nb: "Verdi utenfor middelets område", en: "Value outside the mean's domain" },
    nb: ({ aggregateId, method, requirement }) =>
      `"${aggregateId}": ${method} krever verdier ${requirement}; skåren blir manglende.`,
    en: ({ aggregateId, method, requirement }) =>
      `"${aggregateId}": the ${method} needs values ${requirement}; the score becomes missing.`,
  }),
  below_coverage: define<{ aggregateId: string; count: number; minCoverage: number }>({
    severity: "info",
    title: { nb: "Under dekningskravet", en: "Below the coverage minimum" },
    nb: ({ aggregateId, count, minCoverage }) =>
      `"${aggregateId}": ${count} skårer mangler fordi dekningen er under ${percent(minCoverage)}.`,
    en: ({ aggregateId, count, minCoverage }) =>
      `"${aggregateId}": ${count} scores are missing because coverage is below ${percent(minCoverage)}.`,
  }),
} as const;

export type EngineIssueCode = keyof typeof engineIssueCatalogue;

// Pure: a bundle that uses the step rules but reports nothing (the custom functions) leaves the catalogue out.
export const reportEngineIssue = /* @__PURE__ */ issueFactory(engineIssueCatalogue);
