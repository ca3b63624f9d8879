// VEIKART.ONTRACK: the on-track rating of a series against a target, as text in Office's language.
import { onTrackRating, onTrackRatingLabels } from "../core/time";
import { optionalDirection, range, requiredNumber } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { officeLanguage } from "./language";
import { cellOf, readSeries, requiredYear } from "./time-arguments";

export const onTrackFunction = declareFunction({
  id: "ONTRACK",
  arguments: [
    range("values"),
    range("years"),
    requiredNumber("target", "the target value, a number"),
    requiredYear("targetyear"),
    optionalDirection(),
  ],
  evaluate: (values, years, target, targetYear, direction) => {
    const reading = readSeries(values, years);
    if ("problem" in reading) return reading.problem;
    const rating = onTrackRating(
      reading.series,
      { value: target, year: targetYear },
      direction === undefined ? {} : { direction }
    );
    return cellOf(rating, (assessment) => onTrackRatingLabels[assessment.rating][officeLanguage()]);
  },
});
