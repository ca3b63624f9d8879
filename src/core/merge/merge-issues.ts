// The merge's issue codes: partners' workbooks that do not share a catalogue, units that disagree, values
// that conflict. Messages in bokmål and English.
import { issueFactory, type IssueDefinition } from "../issue-catalogue";

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

/** Where a value was read: the workbook, and the row number a person sees on its Data sheet. */
export interface DataPlace {
  readonly file: string;
  readonly row: number;
  readonly value: number | null;
}
const shown = (value: number | null) => (value === null ? "tom" : String(value));
const shownEn = (value: number | null) => (value === null ? "blank" : String(value));

export const mergeIssueCatalogue = {
  catalogue_mismatch: define<{
    file: string;
    first: string;
    id: string;
    kind: "missing" | "extra" | "different";
  }>({
    severity: "error",
    title: { nb: "Ulike kataloger", en: "Catalogues differ" },
    nb: ({ file, first, id, kind }) =>
      `«${file}» har ikke samme katalog som «${first}»: ${id} ${{ missing: "mangler", extra: "finnes bare der", different: "er definert annerledes" }[kind]}. Arbeidsbøker som slås sammen må ha like Indikatorer- og Dimensjoner-ark.`,
    en: ({ file, first, id, kind }) =>
      `"${file}" does not share the catalogue of "${first}": ${id} ${{ missing: "is missing", extra: "is only there", different: "is defined differently" }[kind]}. Workbooks merged must have the same Indikatorer and Dimensjoner sheets.`,
  }),
  unit_mismatch: define<{ file: string; first: string; unitCode: string }>({
    severity: "warning",
    title: { nb: "Enheten er beskrevet ulikt", en: "Unit described differently" },
    nb: ({ file, first, unitCode }) =>
      `Enheten ${unitCode} har et annet navn, nivå eller en annen gruppe i «${file}» enn i «${first}»; den fra «${first}» brukes.`,
    en: ({ file, first, unitCode }) =>
      `The unit ${unitCode} has another name, level or group in "${file}" than in "${first}"; the one of "${first}" is kept.`,
  }),
  value_conflict: define<{
    unitCode: string;
    year: number;
    indicatorId: string;
    places: readonly DataPlace[];
  }>({
    severity: "error",
    title: { nb: "Motstridende verdier", en: "Conflicting values" },
    nb: ({ unitCode, year, indicatorId, places }) =>
      `Ulike verdier for ${unitCode}, ${year}, ${indicatorId}: ${places.map((place) => `${shown(place.value)} («${place.file}» Data rad ${place.row})`).join(", ")}. Alle radene er tatt med; slett de som er feil.`,
    en: ({ unitCode, year, indicatorId, places }) =>
      `Different values for ${unitCode}, ${year}, ${indicatorId}: ${places.map((place) => `${shownEn(place.value)} ("${place.file}" Data row ${place.row})`).join(", ")}. All rows are kept; delete the wrong ones.`,
  }),
  identical_rows_merged: define<{ file: string; count: number }>({
    severity: "info",
    title: { nb: "Like rader slått sammen", en: "Identical rows merged" },
    nb: ({ file, count }) =>
      `${count} rader i «${file}» fantes allerede med samme verdi og er tatt med én gang.`,
    en: ({ file, count }) =>
      `${count} rows of "${file}" were already present with the same value and are kept once.`,
  }),
};

export type MergeIssueCode = keyof typeof mergeIssueCatalogue;

export const reportMergeIssue = issueFactory(mergeIssueCatalogue);
