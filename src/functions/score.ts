// VEIKART.SCORE and VEIKART.NORMALISE: the engine's normalisation of values among peers.
import { choice, direction, optionalNumber, range } from "./argument-rules";
import { asGrid, filledLike, type CellOutcome, type Grid } from "./cell-values";
import { declareSpillingFunction } from "./declare-function";
import { readPeers } from "./peers";
import {
  issueOfProblem,
  parameterNames,
  resolveParameters,
  scoringMethods,
  type ScoringMethod,
} from "./scoring-methods";
import { readValueCell } from "./value-cells";

/** How a cell that holds no number comes back: SCORE says why, NORMALISE leaves a gap. */
type NonNumberCells = "explain" | "leave-empty";

const methodRule = choice("method", scoringMethods, "minmax");
const parameterLimits = {
  accepts: {
    nb: "et tall, eller la det stå tomt for metodens standardverdi",
    en: "a number, or leave it empty for the method's default",
  },
};
const parameterRules = [
  optionalNumber(parameterNames[0], parameterLimits),
  optionalNumber(parameterNames[1], parameterLimits),
] as const;

/** Scores every cell of `values` among the numbers of `peers`, in the shape of `values`. */
function scoreAmongPeers(
  values: Grid,
  peerGrid: Grid,
  scoredDirection: 1 | -1,
  method: ScoringMethod,
  givenParameters: readonly (number | undefined)[],
  nonNumbers: NonNumberCells
): CellOutcome[][] {
  const parameters = resolveParameters(method, givenParameters);
  if (!Array.isArray(parameters)) return filledLike(values, parameters);
  const peers = readPeers(peerGrid, scoredDirection);
  if (!("numbers" in peers)) return filledLike(values, peers);
  const scorer = method.scorerAmong(peers, parameters);
  if (typeof scorer !== "function") {
    return filledLike(values, issueOfProblem(scorer, method, peers, parameters));
  }
  return values.map((row) =>
    row.map((cell): CellOutcome => {
      if (nonNumbers === "leave-empty" && typeof cell !== "number") return "";
      const value = readValueCell(cell);
      return typeof value === "number" ? scorer(value * scoredDirection) : value;
    })
  );
}

export const scoreFunction = declareSpillingFunction({
  id: "SCORE",
  arguments: [range("value"), range("peers"), direction(), methodRule, ...parameterRules],
  shape: (value) => asGrid(value),
  evaluate: (value, peers, scoredDirection, method, parameter1, parameter2) =>
    scoreAmongPeers(value, peers, scoredDirection, method, [parameter1, parameter2], "explain"),
});

export const normaliseFunction = declareSpillingFunction({
  id: "NORMALISE",
  arguments: [range("values"), methodRule, direction(), ...parameterRules],
  shape: (values) => asGrid(values),
  evaluate: (values, method, scoredDirection, parameter1, parameter2) =>
    scoreAmongPeers(
      values,
      values,
      scoredDirection,
      method,
      [parameter1, parameter2],
      "leave-empty"
    ),
});
