import { issueFactory } from "../core/issues";

/** Problems a custom function reports as an Excel error with a message. */
export const functionIssues = {
  value_missing: {
    severity: "error",
    nb: () => "Verdien mangler: cellen er tom.",
    en: () => "The value is missing: the cell is empty.",
  },
  value_not_number: {
    severity: "error",
    nb: (p: { text: string }) => `«${p.text}» er ikke et tall.`,
    en: (p: { text: string }) => `"${p.text}" is not a number.`,
  },
  peers_without_numbers: {
    severity: "error",
    nb: () => "Sammenligningsområdet inneholder ingen tall.",
    en: () => "The peer range holds no numbers.",
  },
  peers_all_equal: {
    severity: "error",
    nb: (p: { value: number }) =>
      `Alle tallene i sammenligningsområdet er like (${p.value}): min-maks-skåren er ikke definert.`,
    en: (p: { value: number }) =>
      `All numbers in the peer range are equal (${p.value}): the min-max score is undefined.`,
  },
  argument_not_accepted: {
    severity: "error",
    nb: (p: { argument: string; accepted: string }) => `Ugyldig ${p.argument}: bruk ${p.accepted}.`,
    en: (p: { argument: string; accepted: string }) => `Invalid ${p.argument}: use ${p.accepted}.`,
  },
} as const;

export type FunctionIssueCode = keyof typeof functionIssues;

export const reportFunctionIssue = issueFactory(functionIssues);
