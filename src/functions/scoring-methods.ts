// The normalisation methods a cell can use (SCORE and NORMALISE): those of the engine's registry
// (src/core/steps/normalise/methods.ts) that can score one value among peers. The registry declares each
// method's parameters, defaults, name and scorer; here they become arguments and messages.
import type { Issue } from "../core/issues";
import type { NormalisationMethodName } from "../core/model/methods";
import type { MethodParameter } from "../core/steps/method-declaration";
import type { NormalisationProblem } from "../core/steps/normalise/kernel-output";
import {
  normalisationMethodNames,
  normalisationMethodOf,
  normalisationMethods,
  normalisationSettingsOf,
  type ValueScoring,
} from "../core/steps/normalise/methods";
import { peerBounds } from "../core/steps/normalise/value-scoring";
import type { ParameterProblem } from "../core/steps/parameter-check";
import type { Bilingual } from "../core/language";
import { reportFunctionIssue } from "./function-issues";
import type { DirectedPeers } from "./peers";

/** The optional method parameters, in order, as SCORE and NORMALISE name them. */
export const parameterNames = ["parameter1", "parameter2"] as const;

export interface ScoringMethod {
  /** The engine method whose registry entry declares it. */
  readonly engineMethod: NormalisationMethodName;
  /** Its name in messages. */
  readonly label: Bilingual;
  /** The numbers a cell gives, in order. */
  readonly parameters: readonly MethodParameter[];
  readonly scorerAmong: ValueScoring["scorerAmong"];
}

/** Each method a cell can use, by its engine name. */
export const scoringMethods: Readonly<Record<string, ScoringMethod>> = Object.fromEntries(
  normalisationMethodNames.flatMap((name) => {
    const method = normalisationMethods[name];
    const scoring: ValueScoring | undefined = method.valueScoring;
    if (scoring === undefined) return [];
    const scoringMethod: ScoringMethod = {
      engineMethod: name,
      label: method.label,
      parameters: scoring.parameters ?? method.parameters,
      scorerAmong: scoring.scorerAmong,
    };
    return [[name, scoringMethod]];
  })
);

/** A parameter the method rejects, as the issue naming the cell's argument. */
function issueOfParameterProblem(method: ScoringMethod, problem: ParameterProblem): Issue {
  const index = method.parameters.findIndex((declared) => declared.setting === problem.name);
  return reportFunctionIssue("argument_not_accepted", {
    argument: index >= 0 ? (parameterNames[index] as string) : parameterNames.join("/"),
    accepted: problem.expected,
  });
}

/** The method's parameters with defaults filled in, or the issue with the first one missing or wrong. */
export function resolveParameters(
  method: ScoringMethod,
  given: readonly (number | undefined)[]
): number[] | Issue {
  const resolved: number[] = [];
  for (const [index, argument] of parameterNames.entries()) {
    const declared = method.parameters[index];
    const value = given[index];
    if (declared === undefined) {
      if (value !== undefined)
        return reportFunctionIssue("argument_not_used", { argument, method: method.label });
      continue;
    }
    const resolvedValue = value ?? declared.default;
    if (resolvedValue === undefined)
      return reportFunctionIssue("argument_required", {
        argument,
        meaning: declared.meaning,
        method: method.label,
      });
    resolved.push(resolvedValue);
  }
  const settings = normalisationSettingsOf(method.engineMethod, resolved, method.parameters);
  const [problem] = normalisationMethodOf(settings).parameterProblems(settings);
  return problem === undefined ? resolved : issueOfParameterProblem(method, problem);
}

/** Why a method has no scorer for some peers, as the issue a person reads. */
export function issueOfProblem(
  problem: NormalisationProblem | ParameterProblem,
  method: ScoringMethod,
  peers: DirectedPeers,
  parameters: readonly number[]
): Issue {
  if (!("kind" in problem)) return issueOfParameterProblem(method, problem);
  switch (problem.kind) {
    case "all_missing":
      return reportFunctionIssue("peers_without_numbers", {});
    case "zero_range":
      return reportFunctionIssue("peers_all_equal", {
        value: peers.statistic(peerBounds).minimum * peers.direction,
        method: method.label,
      });
    case "too_few_values":
      return reportFunctionIssue("peers_too_few", {
        method: method.label,
        needed: problem.needed,
        present: problem.present,
      });
    case "target_not_above_minimum":
      return reportFunctionIssue("target_not_beyond_peers", {
        target: parameters[0] as number,
      });
    case "missing_base_value":
      return reportFunctionIssue("unexpected_failure", {
        functionName: "SCORE",
        detail: `${method.engineMethod}: missing_base_value`,
      });
  }
}
