// The validator's issue codes, each with its severity and a message in bokmål and English that says
// what is wrong and what to do.
import { issueFactory, type IssueDefinition } from "../issue-catalogue";
import { decimalIn, type Bilingual } from "../language";
import type { Severity } from "../model";
import { scaleNames, type JudgedScale } from "./value-scales";

function define<Parameters>(
  severity: Severity,
  title: Bilingual,
  nb: (parameters: Parameters) => string,
  en: (parameters: Parameters) => string
): IssueDefinition<Parameters> {
  return { severity, title, nb, en };
}

type Sheet = { readonly sheet: string };
type SheetColumn = Sheet & { readonly column: string };
type Shown = string | number | boolean | null;
type Rows = { readonly firstRow: number; readonly row: number };

const list = (items: readonly (string | number)[]) => items.join(", ");
const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
const prosent = (share: number) => decimalIn(percent(share), "nb");

export const validationIssues = {
  // Structure
  sheet_missing: define<Sheet>(
    "error",
    { nb: "Arket mangler", en: "Sheet missing" },
    ({ sheet }) =>
      `Arket «${sheet}» mangler. Legg det til med overskriftsraden fra malen (veikart template).`,
    ({ sheet }) =>
      `The sheet "${sheet}" is missing. Add it with the template's header row (veikart template).`
  ),
  optional_sheet_missing: define<Sheet>(
    "info",
    { nb: "Valgfritt ark mangler", en: "Optional sheet missing" },
    ({ sheet }) => `Arket «${sheet}» finnes ikke; standardinnstillingene brukes.`,
    ({ sheet }) => `There is no "${sheet}" sheet; the default settings are used.`
  ),
  header_not_found: define<Sheet & { readonly expected: readonly string[] }>(
    "error",
    { nb: "Fant ingen overskriftsrad", en: "No header row" },
    ({ sheet, expected }) =>
      `Fant ingen overskriftsrad i arket «${sheet}». Skriv overskriftene (${list(expected)}) i første rad.`,
    ({ sheet, expected }) =>
      `No header row found in the sheet "${sheet}". Put the headers (${list(expected)}) in its first row.`
  ),
  column_missing: define<SheetColumn & { readonly alias: string }>(
    "error",
    { nb: "Kolonne mangler", en: "Column missing" },
    ({ sheet, column }) =>
      `Arket «${sheet}» mangler kolonnen «${column}». Legg den til i overskriftsraden.`,
    ({ sheet, alias, column }) =>
      `The sheet "${sheet}" has no column "${column}" (or "${alias}"). Add it to the header row.`
  ),
  column_duplicate: define<SheetColumn & { readonly first: number; readonly second: number }>(
    "error",
    { nb: "Kolonne står to ganger", en: "Duplicate column" },
    ({ sheet, column, first, second }) =>
      `Kolonnen «${column}» står to ganger i arket «${sheet}» (kolonne ${first} og ${second}). Slett eller gi nytt navn til den ene.`,
    ({ sheet, column, first, second }) =>
      `The column "${column}" appears twice in the sheet "${sheet}" (columns ${first} and ${second}). Delete or rename one of them.`
  ),
  column_unknown: define<SheetColumn>(
    "info",
    { nb: "Ukjent kolonne", en: "Unknown column" },
    ({ sheet, column }) =>
      `Kolonnen «${column}» i arket «${sheet}» er ikke en del av malen og blir ikke lest.`,
    ({ sheet, column }) =>
      `The column "${column}" in the sheet "${sheet}" is not part of the template and is not read.`
  ),
  sheet_empty: define<Sheet>(
    "warning",
    { nb: "Tomt ark", en: "Empty sheet" },
    ({ sheet }) =>
      `Arket «${sheet}» har ingen rader under overskriftene. Fyll det ut før en kjøring.`,
    ({ sheet }) => `The sheet "${sheet}" has no rows below its headers. Fill it in before a run.`
  ),
  required_value_missing: define<SheetColumn>(
    "error",
    { nb: "Påkrevd verdi mangler", en: "Required value missing" },
    ({ sheet, column }) =>
      `Cellen i kolonnen «${column}» er tom, men må fylles ut i arket «${sheet}». Fyll den ut eller slett raden.`,
    ({ sheet, column }) =>
      `The cell in the column "${column}" is empty but required in the sheet "${sheet}". Fill it in or delete the row.`
  ),
  cell_error: define<SheetColumn & { readonly error: string }>(
    "error",
    { nb: "Excel-feil i cellen", en: "Excel error in a cell" },
    ({ column, error }) =>
      `Cellen i kolonnen «${column}» inneholder Excel-feilen ${error}. Rett formelen eller skriv inn verdien.`,
    ({ column, error }) =>
      `The cell in the column "${column}" holds the Excel error ${error}. Fix the formula or type the value.`
  ),
  number_invalid: define<SheetColumn & { readonly value: Shown }>(
    "error",
    { nb: "Ugyldig tall", en: "Invalid number" },
    ({ column, value }) =>
      `«${String(value)}» i kolonnen «${column}» er ikke et tall. Skriv et tall eller la cellen stå tom.`,
    ({ column, value }) =>
      `"${String(value)}" in the column "${column}" is not a number. Type a number or leave the cell empty.`
  ),

  // Catalogue: Indikatorer and Dimensjoner
  id_duplicate: define<Sheet & Rows & { readonly id: string }>(
    "error",
    { nb: "Id står to ganger", en: "Duplicate id" },
    ({ sheet, id, firstRow, row }) =>
      `Id-en «${id}» står to ganger i arket «${sheet}» (rad ${firstRow} og ${row}). Gi hver rad sin egen id.`,
    ({ sheet, id, firstRow, row }) =>
      `The id "${id}" appears twice in the sheet "${sheet}" (rows ${firstRow} and ${row}). Give each row its own id.`
  ),
  id_malformed: define<Sheet & { readonly id: string }>(
    "error",
    { nb: "Ugyldig id", en: "Malformed id" },
    ({ id }) =>
      `Id-en «${id}» er ugyldig: den må begynne med en bokstav og bare inneholde bokstaver, sifre, _ . og - (høyst 64 tegn), for eksempel GHG_TOTAL.`,
    ({ id }) =>
      `The id "${id}" is malformed: it must start with a letter and hold only letters, digits, _ . and - (at most 64 characters), such as GHG_TOTAL.`
  ),
  dimension_unknown: define<{ readonly indicator: string; readonly dimension: string }>(
    "error",
    { nb: "Ukjent dimensjon", en: "Unknown dimension" },
    ({ indicator, dimension }) =>
      `Indikatoren «${indicator}» hører til dimensjonen «${dimension}», som ikke finnes i arket Dimensjoner. Legg den til der eller rett navnet.`,
    ({ indicator, dimension }) =>
      `The indicator "${indicator}" belongs to the dimension "${dimension}", which is not in the Dimensjoner sheet. Add it there or correct the id.`
  ),
  direction_unknown: define<{
    readonly indicator: string;
    readonly value: Shown;
    readonly accepted: string;
  }>(
    "error",
    { nb: "Ukjent retning", en: "Unknown direction" },
    ({ indicator, value, accepted }) =>
      `Retningen «${String(value)}» for «${indicator}» er ikke forstått. Skriv en av: ${accepted}.`,
    ({ indicator, value, accepted }) =>
      `The direction "${String(value)}" of "${indicator}" is not understood. Write one of: ${accepted}.`
  ),
  weight_invalid: define<Sheet & { readonly id: string; readonly value: Shown }>(
    "error",
    { nb: "Ugyldig vekt", en: "Invalid weight" },
    ({ id, value }) =>
      `Vekten «${String(value)}» for «${id}» er ikke et tall større enn eller lik 0. Skriv en ikke-negativ vekt (tom = 1).`,
    ({ id, value }) =>
      `The weight "${String(value)}" of "${id}" is not a number of 0 or more. Type a non-negative weight (empty = 1).`
  ),
  weights_all_zero: define<{ readonly dimension: string }>(
    "error",
    { nb: "Alle vektene er 0", en: "Every weight is 0" },
    ({ dimension }) =>
      `Alle vektene under «${dimension}» er 0, så den kan ikke få en skår. Gi minst ett av leddene en vekt over 0.`,
    ({ dimension }) =>
      `Every weight under "${dimension}" is 0, so it cannot be scored. Give at least one of its members a weight above 0.`
  ),
  goalposts_invalid: define<{
    readonly indicator: string;
    readonly lower: number;
    readonly upper: number;
  }>(
    "error",
    { nb: "Ugyldige målstolper", en: "Invalid goalposts" },
    ({ indicator, lower, upper }) =>
      `Målstolpene for «${indicator}» er ugyldige: nedre (${lower}) må være mindre enn øvre (${upper}). Bytt dem eller rett tallene.`,
    ({ indicator, lower, upper }) =>
      `The goalposts of "${indicator}" are invalid: lower (${lower}) must be below upper (${upper}). Swap or correct them.`
  ),
  level_unknown: define<Sheet & { readonly value: Shown; readonly accepted: string }>(
    "error",
    { nb: "Ukjent nivå", en: "Unknown level" },
    ({ value, accepted }) => `Nivået «${String(value)}» er ikke forstått. Skriv ${accepted}.`,
    ({ value, accepted }) => `The level "${String(value)}" is not understood. Write ${accepted}.`
  ),
  dimension_parent_unknown: define<{ readonly dimension: string; readonly parent: string }>(
    "error",
    { nb: "Ukjent overordnet dimensjon", en: "Unknown parent dimension" },
    ({ dimension, parent }) =>
      `Dimensjonen «${dimension}» har overordnet «${parent}», som ikke finnes. Rett id-en eller la cellen stå tom (direkte under indeksen).`,
    ({ dimension, parent }) =>
      `The dimension "${dimension}" has the parent "${parent}", which does not exist. Correct the id or leave it empty (directly under the index).`
  ),
  dimension_cycle: define<{ readonly cycle: readonly string[] }>(
    "error",
    { nb: "Dimensjoner i sirkel", en: "Dimensions in a cycle" },
    ({ cycle }) =>
      `Dimensjonene danner en sirkel: ${cycle.join(" → ")}. Endre en av de overordnede slik at treet ender i indeksen.`,
    ({ cycle }) =>
      `The dimensions form a cycle: ${cycle.join(" → ")}. Change one parent so that the tree ends at the index.`
  ),
  dimension_empty: define<{ readonly dimension: string }>(
    "warning",
    { nb: "Tom dimensjon", en: "Empty dimension" },
    ({ dimension }) =>
      `Dimensjonen «${dimension}» har verken indikatorer eller underdimensjoner og får ingen skår. Legg til indikatorer eller slett den.`,
    ({ dimension }) =>
      `The dimension "${dimension}" has no indicators or sub-dimensions and gets no score. Add indicators or delete it.`
  ),
  ssb_table_malformed: define<{ readonly indicator: string; readonly value: Shown }>(
    "error",
    { nb: "Ugyldig SSB-tabell", en: "Malformed SSB table" },
    ({ indicator, value }) =>
      `SSB-tabellen «${String(value)}» for «${indicator}» er ikke et tabellnummer med fem sifre, som 07459. Rett nummeret eller la cellen stå tom.`,
    ({ indicator, value }) =>
      `The SSB table "${String(value)}" of "${indicator}" is not a five-digit table number such as 07459. Correct it or leave the cell empty.`
  ),
  ssb_table_missing: define<{ readonly indicator: string }>(
    "error",
    { nb: "SSB-tabell mangler", en: "SSB table missing" },
    ({ indicator }) =>
      `«${indicator}» har SSB-innhold, -utvalg eller -nevner, men ingen SSB-tabell. Skriv tabellnummeret eller tøm de andre SSB-cellene.`,
    ({ indicator }) =>
      `"${indicator}" has SSB contents, a selection or a denominator but no SSB table. Write the table number or clear the other SSB cells.`
  ),
  ssb_contents_missing: define<{ readonly indicator: string; readonly table: string }>(
    "error",
    { nb: "SSB-innhold mangler", en: "SSB contents missing" },
    ({ indicator, table }) =>
      `«${indicator}» henter fra SSB-tabell ${table}, men SSB-innhold (ContentsCode, som Personer1) mangler. Skriv koden fra tabellens metadata.`,
    ({ indicator, table }) =>
      `"${indicator}" is fetched from SSB table ${table}, but its SSB contents (the ContentsCode, such as Personer1) is missing. Write the code from the table's metadata.`
  ),
  ssb_selection_malformed: define<{
    readonly indicator: string;
    readonly value: Shown;
    readonly part: string;
  }>(
    "error",
    { nb: "Ugyldig SSB-utvalg", en: "Malformed SSB selection" },
    ({ indicator, part }) =>
      `SSB-utvalget for «${indicator}» kan ikke leses ved «${part}». Skriv Dimensjon=kode;Dimensjon=kode,kode (hver dimensjon én gang), som Kjonn=0;Alder=999.`,
    ({ indicator, part }) =>
      `The SSB selection of "${indicator}" cannot be read at "${part}". Write Dimension=code;Dimension=code,code (each dimension once), such as Kjonn=0;Alder=999.`
  ),
  ssb_denominator_malformed: define<{ readonly indicator: string; readonly value: Shown }>(
    "error",
    { nb: "Ugyldig SSB-nevner", en: "Malformed SSB denominator" },
    ({ indicator, value }) =>
      `SSB-nevneren «${String(value)}» for «${indicator}» er ikke tabell/innhold, som 07459/Personer1. Rett den eller la cellen stå tom.`,
    ({ indicator, value }) =>
      `The SSB denominator "${String(value)}" of "${indicator}" is not table/contents, such as 07459/Personer1. Correct it or leave the cell empty.`
  ),
  scale_invalid: define<{ readonly indicator: string; readonly value: Shown }>(
    "error",
    { nb: "Ugyldig skala", en: "Invalid scale" },
    ({ indicator, value }) =>
      `Skalaen «${String(value)}» for «${indicator}» er ikke et tall over 0. Skriv en faktor som 1000 (per 1 000 innbyggere) eller 100 (prosent), eller la cellen stå tom (1).`,
    ({ indicator, value }) =>
      `The scale "${String(value)}" of "${indicator}" is not a number above 0. Write a factor such as 1000 (per 1,000 inhabitants) or 100 (percent), or leave the cell empty (1).`
  ),

  // Units: Enheter
  unit_code_leading_zero: define<{ readonly code: string; readonly suggested: string }>(
    "warning",
    { nb: "Enhetskode uten ledende null", en: "Unit code without its leading zero" },
    ({ code, suggested }) =>
      `Enhetskoden «${code}» mangler ledende null; den leses som «${suggested}». Skriv koden som tekst: ${suggested}.`,
    ({ code, suggested }) =>
      `The unit code "${code}" has lost its leading zero; it is read as "${suggested}". Write the code as text: ${suggested}.`
  ),
  unit_code_malformed: define<{ readonly code: string }>(
    "error",
    { nb: "Ugyldig enhetskode", en: "Malformed unit code" },
    ({ code }) =>
      `«${code}» er ikke en enhetskode: et kommunenummer har 4 sifre (0301), et fylkesnummer 2 (03). Rett koden.`,
    ({ code }) =>
      `"${code}" is not a unit code: a kommunenummer has 4 digits (0301), a fylkesnummer 2 (03). Correct the code.`
  ),
  unit_code_unknown: define<{ readonly code: string }>(
    "error",
    { nb: "Ukjent enhetskode", en: "Unknown unit code" },
    ({ code }) =>
      `Koden «${code}» finnes ikke i SSBs inndeling fra 2024 og er heller ikke en tidligere kode. Rett koden.`,
    ({ code }) =>
      `The code "${code}" is not in SSB's classification from 2024, nor a former code. Correct the code.`
  ),
  unit_code_retired: define<{
    readonly code: string;
    readonly name: string;
    readonly year: number;
    readonly replacements: readonly string[];
  }>(
    "error",
    { nb: "Utgått enhetskode", en: "Retired unit code" },
    ({ code, name, year, replacements }) =>
      `Koden ${code} (${name}) gikk ut ${year} og ble erstattet av ${list(replacements)}. Bruk den nye koden.`,
    ({ code, name, year, replacements }) =>
      `The code ${code} (${name}) was retired in ${year} and replaced by ${list(replacements)}. Use the new code.`
  ),
  unit_name_mismatch: define<{
    readonly code: string;
    readonly name: string;
    readonly registerName: string;
  }>(
    "warning",
    { nb: "Navnet avviker fra SSB", en: "Name differs from SSB's" },
    ({ code, name, registerName }) =>
      `Navnet «${name}» for ${code} er ikke SSBs navn («${registerName}»). Kontroller at koden er riktig.`,
    ({ code, name, registerName }) =>
      `The name "${name}" of ${code} differs from SSB's name ("${registerName}"). Check that the code is right.`
  ),
  unit_duplicate: define<Rows & { readonly code: string }>(
    "error",
    { nb: "Enhet står to ganger", en: "Duplicate unit" },
    ({ code, firstRow, row }) =>
      `Enheten ${code} står to ganger i arket Enheter (rad ${firstRow} og ${row}). Slett den ene raden.`,
    ({ code, firstRow, row }) =>
      `The unit ${code} appears twice in the Enheter sheet (rows ${firstRow} and ${row}). Delete one row.`
  ),
  unit_level_mismatch: define<{
    readonly code: string;
    readonly level: string;
    readonly codeLevel: string;
  }>(
    "error",
    { nb: "Nivået passer ikke til koden", en: "Level does not match the code" },
    ({ code, level, codeLevel }) =>
      `Enheten ${code} har nivå «${level}», men koden er et ${codeLevel}snummer. Rett nivået eller koden.`,
    ({ code, level, codeLevel }) =>
      `The unit ${code} has the level "${level}" but its code is a ${codeLevel} code. Correct the level or the code.`
  ),

  // Data
  data_unit_unknown: define<{ readonly unit: string }>(
    "error",
    { nb: "Ukjent enhet", en: "Unknown unit" },
    ({ unit }) => `Enheten «${unit}» står ikke i arket Enheter. Legg den til der eller rett koden.`,
    ({ unit }) =>
      `The unit "${unit}" is not in the Enheter sheet. Add it there or correct the code.`
  ),
  data_indicator_unknown: define<{ readonly indicator: string }>(
    "error",
    { nb: "Ukjent indikator", en: "Unknown indicator" },
    ({ indicator }) =>
      `Indikatoren «${indicator}» står ikke i arket Indikatorer. Legg den til der eller rett id-en.`,
    ({ indicator }) =>
      `The indicator "${indicator}" is not in the Indikatorer sheet. Add it there or correct the id.`
  ),
  year_invalid: define<{
    readonly value: Shown;
    readonly earliest: number;
    readonly latest: number;
  }>(
    "error",
    { nb: "Ugyldig år", en: "Invalid year" },
    ({ value, earliest, latest }) =>
      `Året «${String(value)}» er ikke et helt år mellom ${earliest} og ${latest}. Skriv året som et tall, for eksempel 2023.`,
    ({ value, earliest, latest }) =>
      `The year "${String(value)}" is not a whole year from ${earliest} to ${latest}. Type the year as a number, such as 2023.`
  ),
  value_text_number: define<{ readonly text: string; readonly value: number }>(
    "warning",
    { nb: "Tall skrevet som tekst", en: "Number typed as text" },
    ({ text, value }) =>
      `Verdien «${text}» er skrevet som tekst; den leses som ${value}. Skriv den som et tall (uten mellomrom eller %) så Excel regner med den.`,
    ({ text, value }) =>
      `The value "${text}" is typed as text; it is read as ${value}. Type it as a number (no spaces or %) so that Excel calculates with it.`
  ),
  value_percent_format: define<{ readonly stored: number; readonly value: number }>(
    "warning",
    { nb: "Celle med prosentformat", en: "Cell in percent format" },
    ({ stored, value }) =>
      `Cellen er formatert som prosent og holder ${stored}; den leses som ${value} (prosentpoeng). Skriv ${value} i en celle uten prosentformat.`,
    ({ stored, value }) =>
      `The cell is formatted as a percentage and holds ${stored}; it is read as ${value} (percentage points). Type ${value} in a cell without percent format.`
  ),
  value_date_format: define<{ readonly value: number }>(
    "warning",
    { nb: "Celle med datoformat", en: "Cell in date format" },
    ({ value }) =>
      `Cellen er formatert som dato og viser derfor en dato, men holder tallet ${value}; det leses som ${value}. Et desimaltall skrevet med punktum (1.5) blir lett en dato i norsk Excel: skriv tallet med komma i en celle med tallformat.`,
    ({ value }) =>
      `The cell is formatted as a date and so shows a date, but it holds the number ${value}; it is read as ${value}. A decimal number typed with a point (1.5) easily becomes a date in Norwegian Excel: type the number with a decimal comma in a cell with a number format.`
  ),
  value_missing_symbol: define<{
    readonly symbol: string;
    readonly meaningNb: string;
    readonly meaningEn: string;
  }>(
    "info",
    { nb: "Manglende verdi (SSBs tegn)", en: "Missing value (SSB's symbol)" },
    ({ symbol, meaningNb }) =>
      `«${symbol}» er SSBs tegn for «${meaningNb}»; verdien regnes som manglende.`,
    ({ symbol, meaningEn }) =>
      `"${symbol}" is SSB's symbol for "${meaningEn}"; the value is treated as missing.`
  ),
  value_not_number: define<{ readonly value: Shown }>(
    "error",
    { nb: "Ikke et tall", en: "Not a number" },
    ({ value }) =>
      `Verdien «${String(value)}» er ikke et tall. Skriv et tall, la cellen stå tom eller bruk SSBs tegn for manglende verdier (.. eller :).`,
    ({ value }) =>
      `The value "${String(value)}" is not a number. Type a number, leave the cell empty or use SSB's missing-value symbols (.. or :).`
  ),
  observation_duplicate: define<
    Rows & { readonly unit: string; readonly indicator: string; readonly year: number }
  >(
    "error",
    { nb: "Verdi står to ganger", en: "Duplicate value" },
    ({ unit, indicator, year, firstRow, row }) =>
      `${unit}, ${indicator}, ${year} står to ganger i arket Data (rad ${firstRow} og ${row}). Behold én av radene.`,
    ({ unit, indicator, year, firstRow, row }) =>
      `${unit}, ${indicator}, ${year} appears twice in the Data sheet (rows ${firstRow} and ${row}). Keep one of the rows.`
  ),
  indicator_level_mismatch: define<{
    readonly indicator: string;
    readonly indicatorLevel: string;
    readonly unit: string;
    readonly unitLevel: string;
  }>(
    "error",
    { nb: "Indikatoren gjelder ikke dette nivået", en: "Indicator not for this level" },
    ({ indicator, indicatorLevel, unit, unitLevel }) =>
      `Indikatoren «${indicator}» gjelder nivået ${indicatorLevel}, men ${unit} er et ${unitLevel}. Slett raden eller rett nivået i arket Indikatorer.`,
    ({ indicator, indicatorLevel, unit, unitLevel }) =>
      `The indicator "${indicator}" applies to the level ${indicatorLevel}, but ${unit} is a ${unitLevel}. Delete the row or correct the level in the Indikatorer sheet.`
  ),
  quality_invalid: define<{ readonly value: Shown }>(
    "warning",
    { nb: "Ugyldig kvalitetskode", en: "Invalid quality code" },
    ({ value }) =>
      `Kvaliteten «${String(value)}» er verken et helt tall fra 1 (målt) til 6 (ukjent) eller SSBs tegn for hvorfor en verdi mangler (.. : . ...); den blir ikke brukt. Rett den eller la cellen stå tom.`,
    ({ value }) =>
      `The quality "${String(value)}" is neither a whole number from 1 (measured) to 6 (unknown) nor SSB's symbol for why a value is missing (.. : . ...); it is ignored. Correct it or leave the cell empty.`
  ),
  value_out_of_range: define<{
    readonly indicator: string;
    readonly value: number;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly measure: string;
  }>(
    "error",
    { nb: "Verdi utenfor mulig område", en: "Value out of range" },
    ({ indicator, value, minimum, maximum, measure }) =>
      `Verdien ${value} for «${indicator}» (${measure}) ligger utenfor det mulige området ${minimum ?? "−∞"} til ${maximum ?? "∞"}. Kontroller tallet og enheten.`,
    ({ indicator, value, minimum, maximum, measure }) =>
      `The value ${value} of "${indicator}" (${measure}) lies outside its possible range ${minimum ?? "−∞"} to ${maximum ?? "∞"}. Check the number and its unit.`
  ),
  value_outlier: define<{
    readonly indicator: string;
    readonly value: number;
    readonly score: number;
    readonly median: number;
    readonly peers: string;
    readonly threshold: number;
    readonly scale: JudgedScale;
  }>(
    "warning",
    { nb: "Uteligger", en: "Outlier" },
    ({ indicator, value, score, median, peers, threshold, scale }) =>
      `Verdien ${value} for «${indicator}» skiller seg sterkt ut i gruppen «${peers}» dette året, målt på ${scaleNames[scale].nb} (robust z = ${score}, over ${threshold}; medianen er ${median}). Kontroller tallet.`,
    ({ indicator, value, score, median, peers, threshold, scale }) =>
      `The value ${value} of "${indicator}" stands far out in the group "${peers}" this year, judged on ${scaleNames[scale].en} (robust z = ${score}, above ${threshold}; the median is ${median}). Check the number.`
  ),
  value_jump: define<{
    readonly indicator: string;
    readonly value: number;
    readonly previous: number;
    readonly previousYear: number;
    readonly change: number;
    readonly score: number;
    readonly threshold: number;
    readonly minimumFactor: number;
    readonly scale: JudgedScale;
  }>(
    "warning",
    { nb: "Stort sprang fra året før", en: "Large jump from the year before" },
    (jump) =>
      `«${jump.indicator}» endret seg fra ${jump.previous} (${jump.previousYear}) til ${jump.value}, en endring på ${prosent(jump.change)}. Målt på ${scaleNames[jump.scale].nb} ligger endringen langt utenfor indikatorens vanlige endringer fra år til år (robust z = ${jump.score}, over ${jump.threshold}; endringer mindre enn en faktor ${jump.minimumFactor} opp eller ned meldes ikke). Kontroller tallet, enheten og kilden.`,
    (jump) =>
      `"${jump.indicator}" moved from ${jump.previous} (${jump.previousYear}) to ${jump.value}, a change of ${percent(jump.change)}. Judged on ${scaleNames[jump.scale].en}, that lies far outside the indicator's usual year-on-year changes (robust z = ${jump.score}, above ${jump.threshold}; changes by less than a factor of ${jump.minimumFactor} up or down are not reported). Check the number, its unit and source.`
  ),
  coverage_below_threshold: define<{
    readonly unit: string;
    readonly threshold: number;
    readonly dimensions: readonly { readonly id: string; readonly coverage: number }[];
  }>(
    "warning",
    { nb: "Lav datadekning", en: "Low data coverage" },
    ({ unit, threshold, dimensions }) =>
      `${unit} har for lav datadekning (grense ${prosent(threshold)}) i: ${list(dimensions.map((d) => `${d.id} ${prosent(d.coverage)}`))}. Fyll ut manglende verdier eller godta at dimensjonen ikke får skår.`,
    ({ unit, threshold, dimensions }) =>
      `${unit} has too little data (threshold ${percent(threshold)}) in: ${list(dimensions.map((d) => `${d.id} ${percent(d.coverage)}`))}. Fill in the missing values or accept that the dimension gets no score.`
  ),
  coverage_summary: define<{
    readonly present: number;
    readonly expected: number;
    readonly years: readonly number[];
    readonly unitsBelow: readonly string[];
  }>(
    "info",
    { nb: "Datadekning", en: "Data coverage" },
    ({ present, expected, years, unitsBelow }) =>
      `Datadekning: ${present} av ${expected} forventede verdier (${years.length} år) er fylt ut. ${unitsBelow.length === 0 ? "Ingen enheter under dekningsgrensen." : `Under dekningsgrensen: ${list(unitsBelow)}.`}`,
    ({ present, expected, years, unitsBelow }) =>
      `Coverage: ${present} of ${expected} expected values (${years.length} years) are filled in. ${unitsBelow.length === 0 ? "No unit is below the coverage threshold." : `Below the coverage threshold: ${list(unitsBelow)}.`}`
  ),

  // Metode
  setting_unknown: define<{ readonly setting: string; readonly known: readonly string[] }>(
    "warning",
    { nb: "Ukjent innstilling", en: "Unknown setting" },
    ({ setting, known }) =>
      `Innstillingen «${setting}» er ukjent og blir ikke brukt. Kjente innstillinger: ${list(known)}.`,
    ({ setting, known }) =>
      `The setting "${setting}" is unknown and is not used. Known settings: ${list(known)}.`
  ),
  setting_value_invalid: define<{
    readonly setting: string;
    readonly value: Shown;
    readonly allowed: string;
  }>(
    "error",
    { nb: "Ugyldig innstillingsverdi", en: "Invalid setting value" },
    ({ setting, value, allowed }) =>
      `Verdien «${String(value)}» er ikke tillatt for «${setting}». Tillatt: ${allowed}.`,
    ({ setting, value, allowed }) =>
      `The value "${String(value)}" is not allowed for "${setting}". Allowed: ${allowed}.`
  ),
  setting_duplicate: define<Rows & { readonly setting: string }>(
    "error",
    { nb: "Innstilling står to ganger", en: "Duplicate setting" },
    ({ setting, firstRow, row }) =>
      `Innstillingen «${setting}» står to ganger (rad ${firstRow} og ${row}). Behold én av radene.`,
    ({ setting, firstRow, row }) =>
      `The setting "${setting}" appears twice (rows ${firstRow} and ${row}). Keep one of the rows.`
  ),

  // The validator itself
  issues_not_listed: define<{ readonly code: string; readonly count: number }>(
    "info",
    { nb: "Flere av samme slag", en: "More of the same kind" },
    ({ code, count }) =>
      `${count.toLocaleString("nb-NO")} problemer til av typen ${code} i denne kolonnen, fra denne cellen og nedover, er talt, men ikke listet hver for seg. Rett dem som er listet: resten er trolig samme feil.`,
    ({ code, count }) =>
      `${count.toLocaleString("en")} more issues of the kind ${code} in this column, from this cell down, are counted but not listed one by one. Fix those listed: the rest are likely the same mistake.`
  ),
  validation_failed: define<{ readonly reason: string }>(
    "error",
    { nb: "Valideringen stoppet", en: "Validation stopped" },
    ({ reason }) =>
      `Valideringen stoppet uventet (${reason}). Meld fra om feilen med arbeidsboken vedlagt.`,
    ({ reason }) =>
      `Validation stopped unexpectedly (${reason}). Please report this with the workbook attached.`
  ),
} as const;

export type ValidationIssueCode = keyof typeof validationIssues;

export const reportValidationIssue = issueFactory(validationIssues);
