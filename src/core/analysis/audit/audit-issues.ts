import { issueFactory, type IssueDefinition } from "../../issue-catalogue";
import { decimalIn } from "../../language";

// What the audit of the indicator set flags: warnings about the set, not about a value. Each names the
// numbers that raised it and the Metode threshold it crossed. Messages in bokmål and English.

const define = <Parameters>(definition: IssueDefinition<Parameters>) => definition;

const shown = (value: number) => (Math.round(value * 1000) / 1000).toFixed(3);
const komma = (value: number) => decimalIn(shown(value), "nb");

export const auditIssueCatalogue = {
  audit_high_correlation: define<{
    group: string;
    first: string;
    second: string;
    pearson: number;
    threshold: number;
  }>({
    severity: "warning",
    title: { nb: "Mulig dobbelttelling", en: "Possible double counting" },
    nb: (p) =>
      `${p.first} og ${p.second} i ${p.group} korrelerer med r = ${komma(p.pearson)}, over ${komma(p.threshold)}: de kan måle det samme og telle det dobbelt.`,
    en: (p) =>
      `${p.first} and ${p.second} in ${p.group} correlate at r = ${shown(p.pearson)}, above ${shown(p.threshold)}: they may measure the same thing and count it twice.`,
  }),
  audit_weak_dimension_correlation: define<{
    indicator: string;
    parent: string;
    pearson: number;
    threshold: number;
  }>({
    severity: "warning",
    title: {
      nb: "Svak eller negativ sammenheng med egen dimensjon",
      en: "Weak or negative link to its dimension",
    },
    nb: (p) =>
      `${p.indicator} korrelerer med r = ${komma(p.pearson)} med sin dimensjon ${p.parent}, under ${komma(p.threshold)}: den ${p.pearson < 0 ? "trekker mot" : "bidrar lite til"} dimensjonen.`,
    en: (p) =>
      `${p.indicator} correlates at r = ${shown(p.pearson)} with its dimension ${p.parent}, below ${shown(p.threshold)}: it ${p.pearson < 0 ? "pulls against" : "adds little to"} the dimension.`,
  }),
  audit_low_alpha: define<{ group: string; alpha: number; count: number; threshold: number }>({
    severity: "warning",
    title: { nb: "Lav Cronbachs alfa", en: "Low Cronbach's alpha" },
    nb: (p) =>
      `${p.group}: Cronbachs alfa er ${komma(p.alpha)} for ${p.count} indikatorer, under ${komma(p.threshold)}: indikatorene måler ikke tydelig én ting.`,
    en: (p) =>
      `${p.group}: Cronbach's alpha is ${shown(p.alpha)} for ${p.count} indicators, below ${shown(p.threshold)}: the indicators do not clearly measure one thing.`,
  }),
  audit_weak_first_component: define<{ group: string; share: number; threshold: number }>({
    severity: "warning",
    title: { nb: "Første hovedkomponent forklarer lite", en: "First component explains little" },
    nb: (p) =>
      `${p.group}: første hovedkomponent forklarer ${komma(p.share)} av variansen, under ${komma(p.threshold)}: dimensjonen har mer enn én retning.`,
    en: (p) =>
      `${p.group}: the first principal component explains ${shown(p.share)} of the variance, below ${shown(p.threshold)}: the dimension has more than one direction.`,
  }),
} as const;

export type AuditIssueCode = keyof typeof auditIssueCatalogue;

export const reportAuditIssue = issueFactory(auditIssueCatalogue);
