import type { Framework } from "../../../src/core/model/framework";
import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import {
  changeOverTime,
  measureChange,
  trendMeasures,
} from "../../../src/core/time/change-over-time";
import { datasetOf, indicator } from "../steps/support";
import { reasonOf, seriesOf, valueOf } from "./support";

// Emissions (lower is better, target 50 by 2030) and a context indicator, for two units over 2015-2020.
const framework: Framework = {
  indicators: [
    indicator("co2", "Index", { direction: -1, target: 50, targetYear: 2030 }),
    indicator("share", "Index", { target: 80 }),
    indicator("note", "Index", { direction: 0 }),
  ],
  aggregates: [{ id: "Index", name: "Index", weight: 1 }],
};
const rows = ["A", "B"].flatMap((unit) => [
  { unit, year: 2015 },
  { unit, year: 2020 },
]);
const result = runPipeline({
  framework,
  dataset: datasetOf(rows, {
    co2: [100, 90, 80, 85],
    share: [40, 60, 50, 50],
    note: [1, 2, 3, 4],
  }),
});

describe("changeOverTime", () => {
  const summary = changeOverTime(result);

  it("gives every unit each indicator's and each aggregate's measures of change", () => {
    expect(summary.map((unit) => unit.unitCode)).toEqual(["A", "B"]);
    expect(summary[0]!.indicators.map((change) => change.measure)).toEqual([
      { kind: "raw", indicatorId: "co2" },
      { kind: "raw", indicatorId: "share" },
      { kind: "raw", indicatorId: "note" },
    ]);
    expect(summary[0]!.aggregates.map((change) => change.measure)).toEqual([
      { kind: "aggregate", aggregateId: "Index" },
    ]);
  });

  it("rates A's emissions against their target: (90 - 100)/5 = -2 a year vs (50 - 100)/15: 0.6, moderate", () => {
    const co2 = summary[0]!.indicators[0]!;
    expect(valueOf(co2.index).years.map((year) => year.index)).toEqual([100, 90]);
    expect(valueOf(co2.sinceBaseYear).change).toBe(-10);
    expect(valueOf(co2.progress!).share).toBe(0.2); // (90 - 100)/(50 - 100)
    const onTrack = valueOf(co2.onTrack!);
    expect(onTrack.rating).toBe("moderate");
    expect(onTrack.paceRatio).toBeCloseTo(0.6, 14);
    expect(valueOf(co2.projection).value).toBe(70); // 90 - 2·10
    expect(valueOf(co2.reachYear!).year).toBe(2040); // 2015 + (50 - 100)/-2
  });

  it("rates B's rising emissions as moving away and finds no reach year", () => {
    const co2 = summary[1]!.indicators[0]!;
    expect(valueOf(co2.onTrack!).rating).toBe("moving_away");
    expect(reasonOf(co2.reachYear!)).toBe("not_on_current_trend");
  });

  it("leaves the on-track rating out without a target year, and targets out of context indicators and aggregates", () => {
    const [, share, note] = summary[0]!.indicators;
    expect(valueOf(share!.progress!).share).toBe(0.5); // (60 - 40)/(80 - 40)
    expect(share!.onTrack).toBeNull();
    expect(note!.progress).toBeNull();
    expect(note!.onTrack).toBeNull();
    const index = summary[0]!.aggregates[0]!;
    expect(index.progress).toBeNull();
    // A's Index is the min-max minimum 0 in 2015: no growth rate from 0, but a trend (0 -> 50 over five years: 10 a year)
    expect(reasonOf(index.growthRate)).toBe("growth_start_not_positive");
    expect(valueOf(index.trend).slope).toBe(10);
  });

  it("passes the options on: projection year, method and on-track thresholds", () => {
    const custom = changeOverTime(result, {
      projectionYear: 2025,
      method: "cagr",
      onTrack: { moderateShare: 0.7 },
    });
    const co2 = custom[0]!.indicators[0]!;
    expect(valueOf(co2.projection).value).toBeCloseTo(81, 12); // 90·0.9^(5/5)
    expect(valueOf(co2.onTrack!).rating).toBe("stagnating");
  });

  it("gives reasons, not numbers, for a series with one point", () => {
    const single = measureChange({ kind: "raw", indicatorId: "x" }, seriesOf({ 2020: 5 }), {
      value: 10,
      year: 2030,
    });
    expect(reasonOf(single.trend)).toBe("too_few_points");
    expect(reasonOf(single.onTrack!)).toBe("too_few_points");
    expect(valueOf(single.progress!).share).toBe(0);
  });
});

describe("trendMeasures", () => {
  it("gives the trend measures measureChange gives, and not the index or the changes year by year", () => {
    const series = seriesOf({ 2015: 100, 2017: 94, 2019: 90, 2020: 85 });
    const target = { value: 50, year: 2030, direction: -1 } as const;
    for (const options of [{}, { baseYear: 2017, method: "cagr", projectionYear: 2035 }] as const) {
      const trended = trendMeasures(series, target, options);
      const {
        measure,
        series: measured,
        index,
        sinceBaseYear,
        annualChanges,
        ...rest
      } = measureChange({ kind: "raw", indicatorId: "co2" }, series, target, options);
      expect(trended).toEqual(rest);
      expect(valueOf(trended.onTrack!).rating).toBeDefined();
      expect(Object.keys(trended)).not.toContain("index");
      expect([measure.kind, measured, index.ok, sinceBaseYear.ok, annualChanges.ok]).toEqual([
        "raw",
        series,
        true,
        true,
        true,
      ]);
    }
  });
});
