import {
  onTrackRating,
  onTrackRatingLabels,
  ratingOfPaceRatio,
} from "../../../src/core/time/on-track";
import {
  checkedOnTrackSettings,
  defaultOnTrackSettings,
} from "../../../src/core/time/on-track-settings";
import { methodSettings } from "../../../src/core/template";
import { reasonOf, seriesOf, valueOf } from "./support";

// An emissions-like indicator, lower is better: 100 in 2015, target 50 by 2030.
// Needed pace (linear): (50 - 100)/(2030 - 2015) = -10/3 a year.
const target = { value: 50, year: 2030 };
const lower = { direction: -1 as const };
const from100To = (latest: number) => seriesOf({ 2015: 100, 2017: null, 2020: latest });

describe("onTrackRating (linear pace)", () => {
  it("moderate progress: observed (90 - 100)/5 = -2 a year, -2/(-10/3) = 0.6", () => {
    const assessment = valueOf(onTrackRating(from100To(90), target, lower));
    expect(assessment.rating).toBe("moderate");
    expect(assessment.observedPace).toBe(-2);
    expect(assessment.neededPace).toBeCloseTo(-10 / 3, 14);
    expect(assessment.paceRatio).toBeCloseTo(0.6, 14);
    expect(assessment.targetReached).toBe(false);
    expect(assessment.baseline).toEqual({ year: 2015, value: 100 });
    expect(assessment.latest).toEqual({ year: 2020, value: 90 });
  });

  it("on track: (82 - 100)/5 = -3.6 a year, ratio 1.08", () => {
    const assessment = valueOf(onTrackRating(from100To(82), target, lower));
    expect(assessment.rating).toBe("on_track");
    expect(assessment.paceRatio).toBeCloseTo(1.08, 14);
  });

  it("stagnating: (99 - 100)/5 = -0.2 a year, ratio 0.06; a flat series has ratio 0", () => {
    expect(valueOf(onTrackRating(from100To(99), target, lower)).rating).toBe("stagnating");
    const flat = valueOf(onTrackRating(from100To(100), target, lower));
    expect(flat.rating).toBe("stagnating");
    expect(flat.paceRatio === 0).toBe(true);
  });

  it("moving away: (105 - 100)/5 = +1 a year, ratio -0.3", () => {
    const assessment = valueOf(onTrackRating(from100To(105), target, lower));
    expect(assessment.rating).toBe("moving_away");
    expect(assessment.paceRatio).toBeCloseTo(-0.3, 14);
  });

  it("puts the exact thresholds on the higher rating: -9.5/-10 = 0.95 is on track, -5/-10 = 0.5 moderate", () => {
    const toZeroBy2025 = { value: 0, year: 2025 }; // needed (0 - 100)/10 = -10 a year
    const in2019 = (latest: number) => seriesOf({ 2015: 100, 2019: latest });
    expect(valueOf(onTrackRating(in2019(62), toZeroBy2025, lower)).rating).toBe("on_track");
    expect(valueOf(onTrackRating(in2019(80), toZeroBy2025, lower)).rating).toBe("moderate");
    expect(valueOf(onTrackRating(in2019(81), toZeroBy2025, lower)).rating).toBe("stagnating");
  });

  it("is on track once the target is reached, with no ratio", () => {
    const assessment = valueOf(onTrackRating(from100To(45), target, lower));
    expect(assessment.rating).toBe("on_track");
    expect(assessment.targetReached).toBe(true);
    expect(assessment.paceRatio).toBeNull();
  });

  it("infers the direction from the target's side and works upwards too: (30 - 20)/5 = 2 vs (50 - 20)/15 = 2", () => {
    const assessment = valueOf(onTrackRating(seriesOf({ 2015: 20, 2020: 30 }), target));
    expect(assessment.direction).toBe(1);
    expect(assessment.paceRatio).toBe(1);
    expect(assessment.rating).toBe("on_track");
  });

  it("a target year already passed: on track is ruled out when not reached (-19.5/5 = -3.9 vs -4 a year: 0.975, moderate)", () => {
    const by2020 = { value: 80, year: 2020 };
    const assessment = valueOf(onTrackRating(from100To(80.5), by2020, lower));
    expect(assessment.paceRatio).toBeCloseTo(0.975, 14);
    expect(assessment.targetYearPassed).toBe(true);
    expect(assessment.rating).toBe("moderate");
    // (90 - 100)/5 = -2 vs (50 - 100)/4 = -12.5: 0.16, stagnating
    const by2019 = valueOf(onTrackRating(from100To(90), { value: 50, year: 2019 }, lower));
    expect(by2019.paceRatio).toBeCloseTo(0.16, 14);
    expect(by2019.rating).toBe("stagnating");
  });

  it("moving away when the baseline met the target and the latest value no longer does", () => {
    const assessment = valueOf(onTrackRating(seriesOf({ 2015: 40, 2020: 60 }), target, lower));
    expect(assessment.rating).toBe("moving_away");
    expect(assessment.observedPace).toBe(4);
    expect(assessment.paceRatio).toBeNull();
  });

  it("takes a baseline year: from 90 in 2018 to 80 in 2020 is -5 a year vs (50 - 90)/12", () => {
    const series = seriesOf({ 2015: 100, 2018: 90, 2020: 80 });
    const assessment = valueOf(onTrackRating(series, target, { ...lower, baselineYear: 2018 }));
    expect(assessment.paceRatio).toBeCloseTo(-5 / (-40 / 12), 14);
    expect(assessment.rating).toBe("on_track");
  });

  it("gives reasons: one point not at the target, a target year not after the baseline, no direction at the baseline", () => {
    expect(reasonOf(onTrackRating(seriesOf({ 2020: 90 }), target, lower))).toBe("too_few_points");
    expect(reasonOf(onTrackRating(from100To(90), { value: 50, year: 2015 }, lower))).toBe(
      "target_year_not_after_baseline"
    );
    expect(reasonOf(onTrackRating(from100To(90), { value: 100, year: 2030 }))).toBe(
      "target_direction_unclear"
    );
    expect(reasonOf(onTrackRating(from100To(90), { value: 50, year: Number.NaN }))).toBe(
      "time_number_invalid"
    );
    expect(reasonOf(onTrackRating(seriesOf({ 2015: null }), target))).toBe("too_few_points");
  });
});

describe("onTrackRating (compound pace, as Open SDG)", () => {
  it("compares growth rates: 0.8^(1/5) - 1 against 0.5^(1/15) - 1", () => {
    const assessment = valueOf(
      onTrackRating(from100To(80), target, { ...lower, settings: { pace: "compound" } })
    );
    const observed = Math.pow(0.8, 1 / 5) - 1; // -0.04365
    const needed = Math.pow(0.5, 1 / 15) - 1; // -0.04516
    expect(assessment.observedPace).toBeCloseTo(observed, 14);
    expect(assessment.neededPace).toBeCloseTo(needed, 14);
    expect(assessment.paceRatio).toBeCloseTo(observed / needed, 12); // 0.9666
    expect(assessment.rating).toBe("on_track");
  });

  it("gives the growth rate's reason for a baseline of 0", () => {
    const series = seriesOf({ 2015: 0, 2020: 5 });
    expect(
      reasonOf(onTrackRating(series, { value: 10, year: 2030 }, { settings: { pace: "compound" } }))
    ).toBe("growth_start_not_positive");
  });
});

describe("on-track settings", () => {
  it("default to 95 % and 50 % of the needed pace, measured linearly", () => {
    expect(defaultOnTrackSettings).toEqual({
      onTrackShare: 0.95,
      moderateShare: 0.5,
      pace: "linear",
    });
    expect(valueOf(checkedOnTrackSettings())).toEqual(defaultOnTrackSettings);
  });

  it("rate a pace ratio by the thresholds, and by custom ones: 0.9 is on track at 0.8", () => {
    expect([1.2, 0.95, 0.94, 0.5, 0.49, 0, -0.01].map((ratio) => ratingOfPaceRatio(ratio))).toEqual(
      ["on_track", "on_track", "moderate", "moderate", "stagnating", "stagnating", "moving_away"]
    );
    const settings = valueOf(checkedOnTrackSettings({ onTrackShare: 0.8 }));
    expect(ratingOfPaceRatio(0.9, settings)).toBe("on_track");
    expect(
      valueOf(onTrackRating(from100To(90), target, { ...lower, settings: { moderateShare: 0.7 } }))
        .rating
    ).toBe("stagnating");
  });

  it("refuse a moderate share above the on-track share, negative or non-numeric shares and an unknown pace", () => {
    expect(reasonOf(checkedOnTrackSettings({ moderateShare: 1 }))).toBe("on_track_setting_invalid");
    expect(reasonOf(checkedOnTrackSettings({ moderateShare: -0.1 }))).toBe(
      "on_track_setting_invalid"
    );
    expect(reasonOf(checkedOnTrackSettings({ onTrackShare: Number.NaN }))).toBe(
      "on_track_setting_invalid"
    );
    const pace = { pace: "quadratic" } as unknown as Parameters<typeof checkedOnTrackSettings>[0];
    expect(reasonOf(checkedOnTrackSettings(pace))).toBe("on_track_setting_invalid");
    expect(reasonOf(onTrackRating(from100To(90), target, { settings: { onTrackShare: 0 } }))).toBe(
      "on_track_setting_invalid"
    );
  });

  it("are described as Metode rows whose keys and defaults are the settings'", () => {
    const rows = methodSettings.filter((setting) => setting.key in defaultOnTrackSettings);
    expect(Object.fromEntries(rows.map((setting) => [setting.key, setting.defaultValue]))).toEqual(
      defaultOnTrackSettings
    );
  });

  it("label every rating in bokmål and English", () => {
    expect(onTrackRatingLabels).toEqual({
      on_track: { nb: "på sporet", en: "on track" },
      moderate: { nb: "moderat fremgang", en: "moderate progress" },
      stagnating: { nb: "stagnerer", en: "stagnating" },
      moving_away: { nb: "går feil vei", en: "moving away" },
    });
  });
});
