// VEIKART.REACHYEAR: the first whole year a series reaches its target on the current trend.
import { targetReachYear } from "../core/time";
import { optionalDirection, range, requiredNumber } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { cellOf, readSeries, targetAccepted, trendMethod } from "./time-arguments";

export const reachYearFunction = declareFunction({
  id: "REACHYEAR",
  arguments: [
    range("values"),
    range("years"),
    requiredNumber("target", targetAccepted),
    trendMethod,
    optionalDirection(),
  ],
  evaluate: (values, years, target, method, direction) => {
    const reading = readSeries(values, years);
    if ("problem" in reading) return reading.problem;
    return cellOf(
      targetReachYear(reading.series, target, {
        method,
        ...(direction === undefined ? {} : { direction }),
      }),
      (reach) => reach.wholeYear
    );
  },
});
