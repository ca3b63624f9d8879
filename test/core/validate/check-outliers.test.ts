import { panelIssues, panelSeries, withValue, wobble } from "./panel-workbook";
import { messageIn } from "../../../src/core/issues";

// Populations from about 1,000 to 77,000 (evenly spread on the log scale), one kommune of 700,000.
const populations = panelSeries("POPULATION", (k, t) =>
  k === 0 ? 700000 + 1000 * t : Math.round(1000 * Math.exp(0.15 * k) * (1 + 0.002 * t))
);
// Emissions per inhabitant around 4 t, a few per cent apart.
const perInhabitant = panelSeries("GHG_PER_CAPITA", (k, t) => 4 * (1 + 0.05 * wobble(k, t)));

describe("value_outlier", () => {
  it("does not flag a count that is large but normal on its log scale (a city among kommuner)", () => {
    expect(panelIssues(populations, "value_outlier")).toEqual([]);
  });

  it("flags that city when Uteliggergrense in Metode is lowered to 2", () => {
    const found = panelIssues(populations, "value_outlier", { outlierThreshold: 2 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((issue) => issue.unit === "0301")).toBe(true);
  });

  it("flags a value planted ten times too large, once, with its magnitude and the scale it was judged on", () => {
    const planted = withValue(perInhabitant, 7, 2022, "GHG_PER_CAPITA", 40);
    const found = panelIssues(planted, "value_outlier");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      unit: "1114",
      indicator: "GHG_PER_CAPITA",
      year: 2022,
      value: 40,
    });
    expect(found[0]?.magnitude).toBeGreaterThan(1);
    expect(found[0] && messageIn(found[0], "en")).toContain("judged on a logarithmic scale");
    expect(found[0] && messageIn(found[0], "nb")).toContain("målt på logaritmisk skala");
  });

  it("flags a count planted ten times too small among similar kommuner, on log(1 + count)", () => {
    const counts = panelSeries("ECOLIGHTHOUSE_COUNT", (k, t) => 40 + ((k + t) % 5));
    const found = panelIssues(
      withValue(counts, 3, 2020, "ECOLIGHTHOUSE_COUNT", 4),
      "value_outlier"
    );
    expect(found.map((issue) => [issue.indicator, issue.year, issue.value])).toEqual([
      ["ECOLIGHTHOUSE_COUNT", 2020, 4],
    ]);
    expect(found[0] && messageIn(found[0], "en")).toContain("log(1 + count)");
  });

  it("ranks the worse of two planted values higher", () => {
    const planted = withValue(
      withValue(perInhabitant, 7, 2022, "GHG_PER_CAPITA", 40),
      9,
      2023,
      "GHG_PER_CAPITA",
      12
    );
    const found = panelIssues(planted, "value_outlier");
    const magnitudeOf = (value: number) =>
      found.find((issue) => issue.value === value)?.magnitude ?? 0;
    expect(magnitudeOf(40)).toBeGreaterThan(magnitudeOf(12));
    expect(magnitudeOf(12)).toBeGreaterThan(1);
  });
});
