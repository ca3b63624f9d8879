import {
  chartLimits,
  chartSelections,
  type ChartSelection,
  type RankedUnit,
} from "../../../src/core/benchmark";

/** `count` units in ranking order, codes "U1" (the best) to "U<count>"; the last `unscored` have no score. */
function ranking(count: number, unscored = 0): RankedUnit[] {
  return Array.from({ length: count }, (_, index) => ({
    unitCode: `U${index + 1}`,
    scored: index < count - unscored,
  }));
}

const codes = (selection: ChartSelection) => selection.units.map((unit) => unit.unitCode);
const reasons = (selection: ChartSelection) =>
  Object.fromEntries(selection.units.map((unit) => [unit.unitCode, unit.because]));

describe("chartSelections at 6 units (the pilot)", () => {
  const six = ranking(6, 1);

  it("shows every unit in both charts, in ranking order, the unscored one too", () => {
    const { bars, lines } = chartSelections(six, []);
    for (const selection of [bars, lines]) {
      expect(codes(selection)).toEqual(["U1", "U2", "U3", "U4", "U5", "U6"]);
      expect(selection.complete).toBe(true);
      expect(selection.unitCount).toBe(6);
      expect(selection.highlightedLeftOut).toEqual([]);
    }
    expect(reasons(bars)["U6"]).toEqual(["all"]);
  });

  it("marks a highlighted unit without changing what is shown", () => {
    const { bars, lines } = chartSelections(six, ["U4"]);
    expect(codes(bars)).toEqual(codes(lines));
    expect(codes(lines)).toHaveLength(6);
    expect(reasons(lines)["U4"]).toEqual(["all", "highlighted"]);
  });
});

describe("chartSelections at 372 units (357 kommuner + 15 fylker)", () => {
  const national = ranking(372, 2);

  it("draws the 10 best and the 10 weakest scored units as bars, leaving the unscored out", () => {
    const { bars } = chartSelections(national, []);
    expect(bars.complete).toBe(false);
    expect(bars.unitCount).toBe(372);
    expect(codes(bars)).toEqual([
      ...Array.from({ length: 10 }, (_, index) => `U${index + 1}`),
      ...Array.from({ length: 10 }, (_, index) => `U${361 + index}`),
    ]);
    expect(reasons(bars)["U1"]).toEqual(["best"]);
    expect(reasons(bars)["U370"]).toEqual(["weakest"]);
  });

  it("adds the highlighted units to the bars in ranking order, an end unit keeping its place", () => {
    const { bars } = chartSelections(national, ["U200", "U5", "U372"]);
    expect(codes(bars)).toHaveLength(22);
    expect(codes(bars).slice(9, 12)).toEqual(["U10", "U200", "U361"]);
    expect(reasons(bars)["U5"]).toEqual(["best", "highlighted"]);
    expect(reasons(bars)["U372"]).toEqual(["highlighted"]);
  });

  it("draws the best, the weakest and the highlighted as lines, with room for the median", () => {
    const { lines } = chartSelections(national, ["U100", "U42"]);
    expect(lines.complete).toBe(false);
    expect(codes(lines)).toEqual(["U1", "U42", "U100", "U370"]);
    expect(reasons(lines)).toEqual({
      U1: ["best"],
      U42: ["highlighted"],
      U100: ["highlighted"],
      U370: ["weakest"],
    });
  });

  it("never goes past a dozen lines (the median included) or 30 bars, saying which highlighted did not fit", () => {
    const many = Array.from({ length: 40 }, (_, index) => `U${100 + index}`);
    const { bars, lines } = chartSelections(national, many);
    expect(chartLimits).toEqual({ mostLines: 12, mostBars: 30, barsAtEachEnd: 10 });
    expect(lines.units.length + 1).toBe(chartLimits.mostLines);
    expect(codes(lines).filter((code) => reasons(lines)[code]?.includes("highlighted"))).toEqual(
      many.slice(0, 9)
    );
    expect(lines.highlightedLeftOut).toEqual(many.slice(9));
    expect(bars.units).toHaveLength(chartLimits.mostBars);
    expect(bars.highlightedLeftOut).toEqual(many.slice(10));
  });
});

describe("chartSelections at the limits", () => {
  it("shows 12 units as 12 lines without a median, and 13 units as 2 lines and the median", () => {
    expect(chartSelections(ranking(12), []).lines).toMatchObject({ complete: true });
    expect(codes(chartSelections(ranking(12), []).lines)).toHaveLength(12);
    const thirteen = chartSelections(ranking(13), []).lines;
    expect(thirteen.complete).toBe(false);
    expect(codes(thirteen)).toEqual(["U1", "U13"]);
  });

  it("shows 30 units as 30 bars, and 31 as the 20 at the ends", () => {
    expect(codes(chartSelections(ranking(30), []).bars)).toHaveLength(30);
    expect(codes(chartSelections(ranking(31), []).bars)).toHaveLength(20);
  });

  it("ignores a highlighted code outside the ranking", () => {
    expect(codes(chartSelections(ranking(40), ["X"]).lines)).toEqual(["U1", "U40"]);
  });
});
