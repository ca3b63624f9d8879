import { progressOfSeries, progressTowardsTarget } from "../../../src/core/time/target-progress";
import { reasonOf, seriesOf, valueOf } from "./support";

describe("progressTowardsTarget", () => {
  it("is the share of the distance covered: (14 - 10)/(20 - 10) = 0.4", () => {
    expect(valueOf(progressTowardsTarget({ baseline: 10, latest: 14, target: 20 }))).toEqual({
      share: 0.4,
      reached: false,
      direction: 1,
    });
  });

  it("works the same way down for lower is better: (80 - 100)/(50 - 100) = 0.4", () => {
    const progress = valueOf(
      progressTowardsTarget({ baseline: 100, latest: 80, target: 50, direction: -1 })
    );
    expect(progress.share).toBe(0.4);
    expect(progress.reached).toBe(false);
  });

  it("infers the direction from the target's side: 50 below 100 means lower is better", () => {
    expect(
      valueOf(progressTowardsTarget({ baseline: 100, latest: 80, target: 50 })).direction
    ).toBe(-1);
  });

  it("is negative when moving away, (8 - 10)/(20 - 10) = -0.2, and 1 or more when reached, (25 - 10)/10 = 1.5", () => {
    expect(valueOf(progressTowardsTarget({ baseline: 10, latest: 8, target: 20 })).share).toBe(
      -0.2
    );
    expect(valueOf(progressTowardsTarget({ baseline: 10, latest: 25, target: 20 }))).toEqual({
      share: 1.5,
      reached: true,
      direction: 1,
    });
    expect(valueOf(progressTowardsTarget({ baseline: 10, latest: 20, target: 20 })).share).toBe(1);
  });

  it("gives 1 when the baseline already met the target and the latest value still does", () => {
    expect(
      valueOf(progressTowardsTarget({ baseline: 30, latest: 35, target: 20, direction: 1 }))
    ).toEqual({ share: 1, reached: true, direction: 1 });
    expect(
      valueOf(progressTowardsTarget({ baseline: 20, latest: 20, target: 20, direction: -1 })).share
    ).toBe(1);
  });

  it("gives a reason when the baseline met the target but the latest value fell back", () => {
    expect(
      reasonOf(progressTowardsTarget({ baseline: 30, latest: 15, target: 20, direction: 1 }))
    ).toBe("baseline_beyond_target");
  });

  it("needs a direction when the target equals the baseline, and numbers everywhere", () => {
    expect(reasonOf(progressTowardsTarget({ baseline: 20, latest: 21, target: 20 }))).toBe(
      "target_direction_unclear"
    );
    expect(reasonOf(progressTowardsTarget({ baseline: 1, latest: 2, target: Number.NaN }))).toBe(
      "time_number_invalid"
    );
    const text = { baseline: "1", latest: 2, target: 3 } as unknown as Parameters<
      typeof progressTowardsTarget
    >[0];
    expect(reasonOf(progressTowardsTarget(text))).toBe("time_number_invalid");
  });
});

describe("progressOfSeries", () => {
  const series = seriesOf({ 2015: 100, 2016: null, 2018: 90, 2020: 80 });

  it("runs from the first value to the latest: (80 - 100)/(50 - 100) = 0.4", () => {
    expect(valueOf(progressOfSeries(series, 50, { direction: -1 }))).toEqual({
      share: 0.4,
      reached: false,
      direction: -1,
      baselineYear: 2015,
      baselineValue: 100,
      latestYear: 2020,
      latestValue: 80,
    });
  });

  it("takes a baseline year: (80 - 90)/(50 - 90) = 0.25", () => {
    expect(valueOf(progressOfSeries(series, 50, { baselineYear: 2018 })).share).toBe(0.25);
  });

  it("gives a single point that meets its target 1, and one that does not a reason", () => {
    expect(valueOf(progressOfSeries(seriesOf({ 2020: 5 }), 3, { direction: 1 })).share).toBe(1);
    expect(reasonOf(progressOfSeries(seriesOf({ 2020: 5 }), 5))).toBe("target_direction_unclear");
  });

  it("gives reasons for an all-missing series and a baseline year without value", () => {
    expect(reasonOf(progressOfSeries(seriesOf({ 2020: null }), 5))).toBe("too_few_points");
    expect(reasonOf(progressOfSeries(series, 50, { baselineYear: 2016 }))).toBe(
      "base_year_without_value"
    );
  });
});
