// The benchmark's issue codes: method overrides and on-track settings, peer sets, highlighted units and the chosen year. Messages in bokmål and English.
import { issueFactory, type IssueDefinition } from "../issue-catalogue";
import { decimalIn, type Bilingual } from "../language";

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const listed = (items: readonly (string | number)[]) => items.join(", ");

/** A Metode share setting as written: its bokmål name, English alias and value. */
interface ShareSetting {
  readonly nb: string;
  readonly en: string;
  readonly value: string;
}

const commaDecimal = (value: number) => decimalIn(String(value), "nb");

export const benchmarkIssueCatalogue = {
  method_setting_unknown: define<{ setting: string; known: readonly string[] }>({
    severity: "error",
    title: { nb: "Ukjent metodeinnstilling", en: "Unknown method setting" },
    nb: ({ setting, known }) =>
      `Metodeinnstillingen «${setting}» finnes ikke. Kjente innstillinger: ${listed(known)}.`,
    en: ({ setting, known }) =>
      `There is no method setting "${setting}". Known settings: ${listed(known)}.`,
  }),
  method_value_invalid: define<{ setting: string; value: string; allowed: string }>({
    severity: "error",
    title: { nb: "Ugyldig metodeverdi", en: "Invalid method value" },
    nb: ({ setting, value, allowed }) =>
      `«${value}» er ikke en gyldig verdi for ${setting}. Tillatt: ${allowed}.`,
    en: ({ setting, value, allowed }) =>
      `"${value}" is not a valid value for ${setting}. Allowed: ${allowed}.`,
  }),
  on_track_settings_invalid: define<{
    onTrack: ShareSetting;
    moderate: ShareSetting;
    defaults: { readonly onTrackShare: number; readonly moderateShare: number };
  }>({
    severity: "warning",
    title: { nb: "Ugyldige grenser for måloppnåelse", en: "Invalid on-track limits" },
    nb: ({ onTrack, moderate, defaults }) =>
      `«${moderate.nb}» (${moderate.value}) må være fra 0 til «${onTrack.nb}» (${onTrack.value}), og den siste må være over 0. Vurderingen mot målene bruker standardverdiene ${commaDecimal(defaults.onTrackShare)} og ${commaDecimal(defaults.moderateShare)}.`,
    en: ({ onTrack, moderate, defaults }) =>
      `"${moderate.en}" (${moderate.value}) must be from 0 to "${onTrack.en}" (${onTrack.value}), and the latter above 0. The rating against the targets uses the defaults ${defaults.onTrackShare} and ${defaults.moderateShare}.`,
  }),
  peers_invalid: define<{ text: string }>({
    severity: "error",
    title: { nb: "Ugyldig sammenligningsutvalg", en: "Invalid peer set" },
    nb: ({ text }) =>
      `«${text}» er ikke et sammenligningsutvalg. Skriv alle, gruppe:<navn> eller enhetskoder skilt med komma.`,
    en: ({ text }) =>
      `"${text}" is not a peer set. Write all, group:<name> or unit codes separated by commas.`,
  }),
  peer_group_unknown: define<{ group: string; groups: readonly string[] }>({
    severity: "error",
    title: { nb: "Ukjent gruppe", en: "Unknown peer group" },
    nb: ({ group, groups }) =>
      `Ingen enheter har gruppen «${group}». Gruppene i Enheter-arket: ${listed(groups) || "ingen"}.`,
    en: ({ group, groups }) =>
      `No unit has the group "${group}". The groups of the Enheter sheet: ${listed(groups) || "none"}.`,
  }),
  peer_unit_unknown: define<{ unitCode: string }>({
    severity: "error",
    title: { nb: "Ukjent enhet i utvalget", en: "Unknown unit in the peer set" },
    nb: ({ unitCode }) => `Enheten «${unitCode}» finnes ikke i Enheter-arket.`,
    en: ({ unitCode }) => `The unit "${unitCode}" is not in the Enheter sheet.`,
  }),
  highlight_unit_unknown: define<{ unitCode: string }>({
    severity: "error",
    title: { nb: "Ukjent enhet å fremheve", en: "Unknown unit to highlight" },
    nb: ({ unitCode }) => `Enheten «${unitCode}» som skal fremheves, finnes ikke i Enheter-arket.`,
    en: ({ unitCode }) => `The unit "${unitCode}" to highlight is not in the Enheter sheet.`,
  }),
  highlight_outside_peers: define<{ unitCode: string; peers: Bilingual }>({
    severity: "error",
    title: { nb: "Fremhevet enhet utenfor utvalget", en: "Highlighted unit outside the peer set" },
    nb: ({ unitCode, peers }) =>
      `Enheten «${unitCode}» som skal fremheves, er ikke i sammenligningsutvalget (${peers.nb}).`,
    en: ({ unitCode, peers }) =>
      `The unit "${unitCode}" to highlight is not in the peer set (${peers.en}).`,
  }),
  too_few_peers: define<{ count: number }>({
    severity: "error",
    title: { nb: "For få enheter å sammenligne", en: "Too few peers" },
    nb: ({ count }) =>
      `Sammenligningsutvalget har ${count} enhet${count === 1 ? "" : "er"}; det trengs minst to.`,
    en: ({ count }) =>
      `The peer set has ${count} unit${count === 1 ? "" : "s"}; it needs at least two.`,
  }),
  no_data: define<Record<string, never>>({
    severity: "error",
    title: { nb: "Ingen data for utvalget", en: "No data for the peers" },
    nb: () => "Data-arket har ingen verdier for enhetene i sammenligningsutvalget.",
    en: () => "The Data sheet has no values for the units of the peer set.",
  }),
  year_without_data: define<{ year: number; years: readonly number[] }>({
    severity: "error",
    title: { nb: "Ingen data for året", en: "No data for the year" },
    nb: ({ year, years }) => `Det finnes ingen data for ${year}. År med data: ${listed(years)}.`,
    en: ({ year, years }) => `There are no data for ${year}. Years with data: ${listed(years)}.`,
  }),
};

export type BenchmarkIssueCode = keyof typeof benchmarkIssueCatalogue;

export const reportBenchmarkIssue = issueFactory(benchmarkIssueCatalogue);
