// The Metode setting of what a robustness analysis varies: one text of variations separated by
// semicolons, `normalisering=min-maks,z-skår,rangering; vekter=25 %`, each read by the sensitivity
// analysis's own parser (parseVariation), with the input's name in bokmål, English or as registered.
import type { Bilingual, Language } from "../language";
import { aggregationMethods } from "../steps/aggregate/methods";
import { imputationMethods } from "../steps/impute/methods";
import type { MethodDeclaration } from "../steps/method-declaration";
import { normalisationMethods } from "../steps/normalise/methods";
import { treatmentMethods } from "../steps/treat/methods";
import { headerKey } from "../template";
import { reportSensitivityIssue } from "../sensitivity/sensitivity-issues";
import {
  isVariationProblem,
  parseVariation,
  variedInputNames,
  type VariationProblem,
  type VariedInput,
} from "../sensitivity/varied-inputs";

/** The words of each input a user may vary; an input without words here is read by its registry name. */
export const variedInputWords: Readonly<Record<string, Bilingual>> = {
  normalise: { nb: "normalisering", en: "normalisation" },
  aggregate: { nb: "aggregering", en: "aggregation" },
  impute: { nb: "imputering", en: "imputation" },
  treat: { nb: "uteliggerbehandling", en: "outlier treatment" },
  coverage: { nb: "dekningsgrense", en: "coverage threshold" },
  screen: { nb: "utvalgsgrense", en: "screening threshold" },
  weights: { nb: "vekter", en: "weights" },
};

/** The registry of methods each method input chooses among, for the words of its alternatives. */
const inputRegistries: Readonly<Record<string, Readonly<Record<string, MethodDeclaration>>>> = {
  normalise: normalisationMethods,
  aggregate: aggregationMethods,
  impute: imputationMethods,
  treat: treatmentMethods,
};

/**
 * An alternative as a reader says it: a method's bokmål word or its English one ("min-maks", "z-score"),
 * a share as it was written; the label itself when the registry has no word for it.
 */
export function alternativeLabel(inputName: string, label: string, language: Language): string {
  const [method = label, detail] = label.split(":", 2);
  const words = inputRegistries[inputName]?.[method]?.words;
  const word = language === "nb" ? words?.nb[0] : words?.en.at(-1);
  if (word === undefined) return label;
  return detail === undefined ? word : `${word}:${detail}`;
}

/** An input's name in a language: its word, or the registry name when it has none. */
export function variedInputLabel(name: string, language: Language): string {
  return variedInputWords[name]?.[language] ?? name;
}

const namesByWord = new Map(
  variedInputNames.flatMap((name) => {
    const words = variedInputWords[name];
    return [name, ...(words === undefined ? [] : [words.nb, words.en])].map(
      (word) => [headerKey(word), name] as const
    );
  })
);

export interface VariedInputsReading {
  readonly inputs: readonly VariedInput[];
  /** Each variation the parser could not read, unplaced: the reader of the cell places them. */
  readonly problems: readonly VariationProblem[];
}

/**
 * The inputs a text varies, in the order written. A part without `=` is read as an input named by the
 * whole part with no alternatives, so that the parser names what is missing; an input given twice is a
 * problem too (the second would silently replace the first).
 */
export function readVariedInputs(text: string): VariedInputsReading {
  const inputs: VariedInput[] = [];
  const problems: VariationProblem[] = [];
  const parts = text.split(";").filter((part) => part.trim() !== "");
  for (const part of parts) {
    const separator = part.indexOf("=");
    const written = (separator < 0 ? part : part.slice(0, separator)).trim();
    const values = separator < 0 ? "" : part.slice(separator + 1);
    const parsed = parseVariation(namesByWord.get(headerKey(written)) ?? written, values);
    if (isVariationProblem(parsed)) problems.push(parsed);
    else if (inputs.some((input) => input.name === parsed.name))
      problems.push(duplicateInput(parsed.name));
    else inputs.push(parsed);
  }
  return { inputs, problems };
}

/** An input given twice: the same mistake as an alternative given twice, one level up. */
const duplicateInput = (name: string): VariationProblem =>
  reportSensitivityIssue("duplicate_alternative", { input: name, value: name });

/** A noise such as 0.25 as "25%", the way the setting is written. */
const noiseText = (noise: number) => `${Math.round(noise * 1e6) / 1e4}%`;

/** The inputs as the setting writes them, with registry names: `normalise=minmax,zscore; weights=25%`. */
export function variedInputsText(inputs: readonly VariedInput[]): string {
  return inputs
    .map((input) =>
      input.kind === "weights"
        ? `${input.name}=${noiseText(input.noise)}`
        : `${input.name}=${input.alternatives.map((alternative) => alternative.label).join(",")}`
    )
    .join("; ");
}
