// VEIKART.FORECAST: a series' value in a year (2030 by default) on its linear trend or its CAGR.
import { defaultProjectionYear, projectedValue } from "../core/time";
import { range } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { cellOf, optionalYear, readSeries, trendMethod } from "./time-arguments";

export const forecastFunction = declareFunction({
  id: "FORECAST",
  arguments: [range("values"), range("years"), optionalYear("year"), trendMethod],
  evaluate: (values, years, year, method) => {
    const reading = readSeries(values, years);
    if ("problem" in reading) return reading.problem;
    return cellOf(
      projectedValue(reading.series, year ?? defaultProjectionYear, method),
      (projection) => projection.value
    );
  },
});
