// VEIKART.TREND: a series' change per year, as the least-squares slope (default) or as the CAGR.
import { compoundAnnualGrowthRate, linearTrend } from "../core/time";
import { range } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { cellOf, readSeries, trendMethod } from "./time-arguments";

export const trendFunction = declareFunction({
  id: "TREND",
  arguments: [range("values"), range("years"), trendMethod],
  evaluate: (values, years, method) => {
    const reading = readSeries(values, years);
    if ("problem" in reading) return reading.problem;
    return method === "cagr"
      ? cellOf(compoundAnnualGrowthRate(reading.series), (growth) => growth.rate)
      : cellOf(linearTrend(reading.series), (trend) => trend.slope);
  },
});
