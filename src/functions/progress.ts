// VEIKART.PROGRESS: the share of the way from the baseline to the target the value has come.
import { progressTowardsTarget } from "../core/time";
import { optionalDirection, requiredNumber } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { cellOf, targetAccepted } from "./time-arguments";

export const progressFunction = declareFunction({
  id: "PROGRESS",
  arguments: [
    requiredNumber("value", { nb: "den siste verdien, et tall", en: "the latest value, a number" }),
    requiredNumber("baseline", {
      nb: "verdien ved start, et tall",
      en: "the value at the start, a number",
    }),
    requiredNumber("target", targetAccepted),
    optionalDirection(),
  ],
  evaluate: (value, baseline, target, direction) =>
    cellOf(
      progressTowardsTarget({
        latest: value,
        baseline,
        target,
        ...(direction === undefined ? {} : { direction }),
      }),
      (progress) => progress.share
    ),
});
