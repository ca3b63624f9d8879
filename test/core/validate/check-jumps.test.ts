import { panelIssues, panelSeries, withValue, wobble } from "./panel-workbook";
import { messageIn } from "../../../src/core/issues";

// Enova grants per inhabitant swing by tens of per cent a year; the share with higher education
// creeps up by 1 % a year, give or take a tenth.
const volatile = panelSeries("ENOVA_SUPPORT_PER_CAPITA", (k, t) =>
  Math.round(300 * Math.exp(0.35 * wobble(k, t)))
);
const smooth = panelSeries(
  "HIGHER_EDU_SHARE",
  (k, t) => Math.round((20 + k / 3) * 1.01 ** t * (1 + 0.001 * wobble(k, t)) * 100) / 100
);
/** Unit k's 2022 value times 1.8, an 80 % jump from 2021 that falls back in 2023. */
const jumped = (observations: ReturnType<typeof panelSeries>, k: number, indicatorId: string) => {
  const value = observations.find(
    (observation) =>
      observation.indicatorId === indicatorId &&
      observation.year === 2021 &&
      observation.unitCode === observations[k * 6]?.unitCode
  )?.value as number;
  return withValue(observations, k, 2022, indicatorId, Math.round(value * 1.8 * 100) / 100);
};

describe("value_jump", () => {
  it("does not flag an 80 % jump where the indicator moves that much every year", () => {
    expect(panelIssues(volatile, "value_jump")).toEqual([]);
    expect(panelIssues(jumped(volatile, 4, "ENOVA_SUPPORT_PER_CAPITA"), "value_jump")).toEqual([]);
  });

  it("flags the same jump, and the fall back, on an indicator that moves 1 % a year", () => {
    expect(panelIssues(smooth, "value_jump")).toEqual([]);
    const found = panelIssues(jumped(smooth, 4, "HIGHER_EDU_SHARE"), "value_jump");
    expect(found.map((issue) => [issue.unit, issue.indicator, issue.year])).toEqual([
      ["1108", "HIGHER_EDU_SHARE", 2022],
      ["1108", "HIGHER_EDU_SHARE", 2023],
    ]);
    expect(found[0]?.magnitude).toBeGreaterThan(1);
    expect(found[0] && messageIn(found[0], "en")).toContain(
      "Judged on a logarithmic scale, that lies far outside the indicator's usual year-on-year changes"
    );
    expect(found[0] && messageIn(found[0], "nb")).toContain(
      "Målt på logaritmisk skala ligger endringen langt utenfor"
    );
  });

  it("does not flag a change by less than a factor of 1 + Hoppgrense, however unusual, unless Hoppgrense is lowered", () => {
    const value = smooth.find(
      (observation) => observation.year === 2021 && observation.unitCode === smooth[24]?.unitCode
    )?.value as number;
    const planted = withValue(smooth, 4, 2022, "HIGHER_EDU_SHARE", value * 1.3);
    expect(panelIssues(planted, "value_jump")).toEqual([]);
    expect(
      panelIssues(planted, "value_jump", { jumpThreshold: 0.2 }).map((issue) => issue.year)
    ).toEqual([2022, 2023]);
  });

  it("expects a change over two years to be two years' worth of the indicator's trend", () => {
    const growing = panelSeries(
      "EV_SHARE_FLEET",
      (k, t) => Math.round((2 + k / 10) * 1.4 ** t * (1 + 0.01 * wobble(k, t)) * 100) / 100
    );
    const gap = growing.filter(
      (observation) => !(observation.unitCode === growing[0]?.unitCode && observation.year === 2021)
    );
    expect(panelIssues(gap, "value_jump")).toEqual([]);
  });

  it("allows for chance in small counts: 1 becoming 2 is not a jump, 1,000 becoming 2,000 is", () => {
    const counts = panelSeries("ECOLIGHTHOUSE_COUNT", (k, t) =>
      k < 15 ? 1 : Math.round(1000 * (1 + 0.01 * wobble(k, t)))
    );
    expect(panelIssues(withValue(counts, 2, 2022, "ECOLIGHTHOUSE_COUNT", 2), "value_jump")).toEqual(
      []
    );
    const found = panelIssues(
      withValue(counts, 20, 2022, "ECOLIGHTHOUSE_COUNT", 2000),
      "value_jump"
    );
    expect(found.map((issue) => [issue.indicator, issue.year, issue.value])).toEqual([
      ["ECOLIGHTHOUSE_COUNT", 2022, 2000],
      ["ECOLIGHTHOUSE_COUNT", 2023, expect.any(Number)],
    ]);
    expect(found[0] && messageIn(found[0], "en")).toContain(
      "allowing for chance variation in small counts"
    );
  });
});
