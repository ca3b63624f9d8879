// The inputs of the method a sensitivity analysis may vary, and the one parser of a variation
// ("normalise=minmax,zscore,rank", "weights=25%") that the command line and the Metode sheet share. The
// method inputs and their alternatives come from the steps' registries, so a method added to a registry
// can be varied without a change here.
import type { Issue } from "../model/issue";
import type {
  AggregationMethodName,
  ImputationSettings,
  NormalisationMethodName,
  PipelineSettings,
} from "../model/methods";
import { aggregationMethods } from "../steps/aggregate/methods";
import { imputationMethods } from "../steps/impute/methods";
import { methodNamed, type MethodDeclaration } from "../steps/method-declaration";
import { normalisationMethods, normalisationSettingsOf } from "../steps/normalise/methods";
import { treatmentMethods } from "../steps/treat/methods";
import { reportSensitivityIssue, type SensitivityIssueCode } from "./sensitivity-issues";

/** One alternative of a discrete input: its label ("zscore") and the settings it puts into the method. */
export interface InputAlternative {
  readonly label: string;
  readonly settings: PipelineSettings;
}

/** A discrete input: the nominal method with one step replaced by each alternative in turn. */
export interface ChoiceInput {
  readonly kind: "choice";
  readonly name: string;
  readonly alternatives: readonly InputAlternative[];
}

/** Weights noise: each weight times a factor uniform in [1 - noise, 1 + noise], renormalised within its parent. */
export interface WeightNoiseInput {
  readonly kind: "weights";
  readonly name: "weights";
  readonly noise: number;
}

export type VariedInput = ChoiceInput | WeightNoiseInput;

/** Why a variation cannot be read: an issue of the sensitivity catalogue, placed by whoever read the text. */
export type VariationProblem = Issue<SensitivityIssueCode>;

/** What one alternative's text gives: its label and settings, or why it has none. */
type AlternativeOutcome = InputAlternative | VariationProblem;

/** An input whose alternatives are the methods of one step's registry. */
interface MethodInput {
  readonly registry: { readonly [name: string]: MethodDeclaration };
  /** The settings of a method with its default parameters; `detail` is the text after a colon. */
  readonly alternative: (
    input: string,
    name: string,
    detail: string | undefined
  ) => AlternativeOutcome;
}

/** An input whose alternatives are shares from 0 to 1. */
interface ShareInput {
  readonly settings: (share: number) => PipelineSettings;
}

const needsParameter = (input: string, value: string, parameter: string) =>
  reportSensitivityIssue("alternative_needs_parameter", { input, value, parameter });

const methodInputs: Readonly<Record<string, MethodInput>> = {
  normalise: {
    registry: normalisationMethods,
    alternative: (input, written) => {
      const name = written as NormalisationMethodName;
      const required = normalisationMethods[name].parameters.find(
        (parameter) => parameter.default === undefined
      );
      if (required !== undefined) return needsParameter(input, name, required.setting);
      return {
        label: name,
        settings: { normalise: { method: normalisationSettingsOf(name, []) } },
      };
    },
  },
  aggregate: {
    registry: aggregationMethods,
    alternative: (input, written) => {
      const name = written as AggregationMethodName;
      // The generalised mean's power has no default in the registry (or in COINr).
      if (name === "genmean") return needsParameter(input, name, "p");
      return { label: name, settings: { aggregate: { method: { method: name } } } };
    },
  },
  impute: {
    registry: imputationMethods,
    alternative: (_input, written, group) => {
      const name = written as ImputationSettings["method"];
      if (!imputationMethods[name].needsGroup)
        return { label: name, settings: { impute: { method: name } as ImputationSettings } };
      // As the Metode sheet: a group method imputes within the peer groups unless a column is named.
      const column = group === undefined || group === "" ? "peerGroup" : group;
      const settings = { method: name, group: column } as ImputationSettings;
      return {
        label: group === undefined ? name : `${name}:${column}`,
        settings: { impute: settings },
      };
    },
  },
  treat: {
    registry: treatmentMethods,
    alternative: (_input, written) => {
      const name = written as keyof typeof treatmentMethods;
      return { label: name, settings: { treat: { method: name } } };
    },
  },
};

const shareInputs: Readonly<Record<string, ShareInput>> = {
  coverage: { settings: (minCoverage) => ({ aggregate: { minCoverage } }) },
  screen: { settings: (minimumShare) => ({ screen: { minimumShare } }) },
};

const weightsInput = "weights";

/** The names of the inputs a user may vary, in the order the docs list them. */
export const variedInputNames: readonly string[] = [
  ...Object.keys(methodInputs),
  ...Object.keys(shareInputs),
  weightsInput,
];

/** A share written as 0.25 or 25 %; undefined unless it is a number. */
function shareOf(text: string): number | undefined {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const digits = (percent ? trimmed.slice(0, -1) : trimmed).trim();
  if (digits === "") return undefined;
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

function methodAlternative(input: string, method: MethodInput, text: string): AlternativeOutcome {
  const [written = "", detail] = text.split(":", 2);
  const name = methodNamed(method.registry, written);
  if (name === undefined)
    return reportSensitivityIssue("unknown_alternative", {
      input,
      value: text.trim(),
      known: Object.keys(method.registry),
    });
  return method.alternative(input, name, detail?.trim());
}

function shareAlternative(input: string, share: ShareInput, text: string): AlternativeOutcome {
  const value = shareOf(text);
  if (value === undefined || value < 0 || value > 1)
    return reportSensitivityIssue("invalid_share", { input, value: text.trim() });
  return { label: String(value), settings: share.settings(value) };
}

export function isVariationProblem<Value extends object>(
  outcome: Value | VariationProblem
): outcome is VariationProblem {
  return "code" in outcome;
}

function choiceInput(
  name: string,
  values: string,
  alternativeOf: (text: string) => AlternativeOutcome
): ChoiceInput | VariationProblem {
  const texts = values.split(",").filter((text) => text.trim() !== "");
  if (texts.length === 0) return reportSensitivityIssue("no_alternatives", { input: name });
  const alternatives: InputAlternative[] = [];
  for (const text of texts) {
    const outcome = alternativeOf(text);
    if (isVariationProblem(outcome)) return outcome;
    if (alternatives.some((alternative) => alternative.label === outcome.label))
      return reportSensitivityIssue("duplicate_alternative", { input: name, value: outcome.label });
    alternatives.push(outcome);
  }
  return { kind: "choice", name, alternatives };
}

/**
 * The input a variation names, with its alternatives (each method with its default parameters, "none"
 * among them for impute and treat), or the problem that stops it: never a silent default. `values` are
 * separated by commas: `parseVariation("normalise", "minmax,zscore,rank")`, `("coverage", "0,0.5,0.66")`,
 * `("weights", "25%")`.
 */
export function parseVariation(name: string, values: string): VariedInput | VariationProblem {
  const input = name.trim().toLowerCase();
  const method = methodInputs[input];
  if (method !== undefined)
    return choiceInput(input, values, (text) => methodAlternative(input, method, text));
  const share = shareInputs[input];
  if (share !== undefined)
    return choiceInput(input, values, (text) => shareAlternative(input, share, text));
  if (input === weightsInput) {
    const noise = shareOf(values);
    if (noise === undefined || !(noise > 0 && noise < 1))
      return reportSensitivityIssue("invalid_noise", { value: values.trim() });
    return { kind: "weights", name: weightsInput, noise };
  }
  return reportSensitivityIssue("unknown_varied_input", {
    name: name.trim(),
    known: variedInputNames,
  });
}

/**
 * The nominal settings with the chosen alternatives put in, step by step: an alternative of normalise or
 * aggregate replaces only what it sets (the method, the coverage threshold) and keeps the rest (scope,
 * exceptions, coverage basis); one of impute, screen or treat replaces that step's settings.
 */
export function settingsWith(
  nominal: PipelineSettings,
  alternatives: readonly InputAlternative[]
): PipelineSettings {
  return alternatives.reduce<PipelineSettings>((settings, { settings: chosen }) => {
    const merged: PipelineSettings = { ...settings, ...chosen };
    if (chosen.normalise !== undefined)
      return { ...merged, normalise: { ...settings.normalise, ...chosen.normalise } };
    if (chosen.aggregate !== undefined)
      return { ...merged, aggregate: { ...settings.aggregate, ...chosen.aggregate } };
    return merged;
  }, nominal);
}
