// VEIKART.ONTRACK: the on-track rating of a series against a target, as text in Office's language.
import {
  defaultOnTrackSettings,
  onTrackRating,
  onTrackRatingLabels,
  paceMeasureWords,
} from "../core/time";
import { choice, optionalDirection, optionalNumber, range, requiredNumber } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { officeLanguage } from "./language";
import { cellOf, readSeries, requiredYear, targetAccepted } from "./time-arguments";

/** The limits of the Metode sheet's on-track shares. */
const shareLimits = {
  minimum: 0,
  maximum: 10,
  accepts: {
    nb: "en andel av tempoet som trengs, for eksempel 0,95",
    en: "a share of the pace needed, such as 0.95",
  },
};

export const onTrackFunction = declareFunction({
  id: "ONTRACK",
  arguments: [
    range("values"),
    range("years"),
    requiredNumber("target", targetAccepted),
    requiredYear("targetyear"),
    optionalDirection(),
    optionalNumber("ontrackshare", shareLimits),
    optionalNumber("moderateshare", shareLimits),
    choice("pace", paceMeasureWords, defaultOnTrackSettings.pace),
  ],
  evaluate: (values, years, target, targetYear, direction, onTrackShare, moderateShare, pace) => {
    const reading = readSeries(values, years);
    if ("problem" in reading) return reading.problem;
    const settings = {
      pace,
      ...(onTrackShare === undefined ? {} : { onTrackShare }),
      ...(moderateShare === undefined ? {} : { moderateShare }),
    };
    const rating = onTrackRating(
      reading.series,
      { value: target, year: targetYear },
      direction === undefined ? { settings } : { direction, settings }
    );
    return cellOf(rating, (assessment) => onTrackRatingLabels[assessment.rating][officeLanguage()]);
  },
});
