import { createUniformSource } from "../../../src/core/sensitivity/seeded-random";
import { quantileOfSorted, sortedPresentValues } from "../../../src/core/steps/statistics";
import {
  meanAbsoluteRankShift,
  unitUncertainties,
} from "../../../src/core/sensitivity/uncertainty";

describe("quantileOfSorted", () => {
  it("interpolates as R's quantile type 7: quantile(1:10, c(0.05, 0.5, 0.95)) is 1.45, 5.5, 9.55", () => {
    const sorted = Float64Array.from({ length: 10 }, (_, index) => index + 1);
    expect(quantileOfSorted(sorted, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantileOfSorted(sorted, 0.5)).toBe(5.5);
    expect(quantileOfSorted(sorted, 0.95)).toBeCloseTo(9.55, 12);
    expect(quantileOfSorted([4], 0.95)).toBe(4);
    expect(quantileOfSorted([], 0.5)).toBeNaN();
  });
});

describe("unitUncertainties", () => {
  // Three units, five replications; unit C has no index in the last two.
  const nominal = { index: Float64Array.of(70, 60, 50), ranks: Float64Array.of(1, 2, 3) };
  const rows = [
    [1, 2, 3],
    [2, 1, 3],
    [1, 3, 2],
    [1, 2, Number.NaN],
    [3, 1, Number.NaN],
  ];
  const table = {
    runs: 5,
    units: 3,
    ranks: Float64Array.from(rows.flat()),
    index: Float64Array.from(rows.flat(), (rank) => 80 - 10 * rank),
  };
  const [a, b, c] = unitUncertainties(["A", "B", "C"], nominal, table);

  it("gives the median, 5 and 95 % ranks as R's type 7 quantiles and the range over the replications", () => {
    // A's ranks sorted: 1 1 1 2 3; type 7 at 0.05: 1; at 0.95, position 4 · 0.95 = 3.8: 2 + 0.8 · (3 - 2) = 2.8.
    expect(a).toMatchObject({
      code: "A",
      nominalRank: 1,
      medianRank: 1,
      minRank: 1,
      maxRank: 3,
      p5: 1,
    });
    expect(a!.p95).toBeCloseTo(2.8, 12);
    expect(b).toMatchObject({ nominalRank: 2, medianRank: 2, minRank: 1, maxRank: 3 });
  });

  it("counts the share at or above the nominal rank over all replications, a missing rank not among them", () => {
    expect(a!.shareAtOrAboveNominal).toBe(3 / 5);
    expect(b!.shareAtOrAboveNominal).toBe(4 / 5);
    expect(c!.shareAtOrAboveNominal).toBe(3 / 5);
  });

  it("leaves missing ranks out of the statistics, as COINr's na.rm", () => {
    expect(c).toMatchObject({ medianRank: 3, minRank: 2, maxRank: 3 });
    expect(c!.index).toMatchObject({ nominal: 50, median: 50, min: 50, max: 60 });
  });

  it("gives each unit the rank statistics of its ranks sorted, on a random table with missing ranks", () => {
    const uniforms = createUniformSource(5);
    const [units, runs] = [40, 300];
    const ranks = Float64Array.from({ length: units * runs }, () =>
      uniforms.next() < 0.1 ? Number.NaN : 1 + Math.floor(uniforms.next() * units)
    );
    const randomTable = { runs, units, ranks, index: ranks.map((rank) => 100 - rank) };
    const nominalRanks = Float64Array.from({ length: units }, (_, unit) =>
      unit === 0 ? Number.NaN : unit
    );
    const codes = Array.from({ length: units }, (_, unit) => `U${unit}`);
    const found = unitUncertainties(
      codes,
      { index: nominalRanks, ranks: nominalRanks },
      randomTable
    );
    found.forEach((uncertainty, unit) => {
      const column = Float64Array.from(
        { length: runs },
        (_, run) => ranks[run * units + unit] as number
      );
      const sorted = sortedPresentValues(column);
      const nominalRank = nominalRanks[unit] as number;
      expect(uncertainty).toMatchObject({
        medianRank: quantileOfSorted(sorted, 0.5),
        p5: quantileOfSorted(sorted, 0.05),
        p95: quantileOfSorted(sorted, 0.95),
        minRank: sorted[0],
        maxRank: sorted[sorted.length - 1],
        shareAtOrAboveNominal: Number.isNaN(nominalRank)
          ? null
          : column.filter((rank) => rank <= nominalRank).length / runs,
      });
    });
  });

  it("refuses a rank that is not a whole number from 1 to the number of units", () => {
    const oneUnit = { index: Float64Array.of(1), ranks: Float64Array.of(1) };
    for (const rank of [0, 1.5, 2])
      expect(() =>
        unitUncertainties(["A"], oneUnit, {
          runs: 1,
          units: 1,
          ranks: Float64Array.of(rank),
          index: Float64Array.of(1),
        })
      ).toThrow(RangeError);
  });

  it("gives no statistics to a unit that never has a rank", () => {
    const [only] = unitUncertainties(
      ["D"],
      { index: Float64Array.of(Number.NaN), ranks: Float64Array.of(Number.NaN) },
      {
        runs: 2,
        units: 1,
        ranks: Float64Array.of(Number.NaN, Number.NaN),
        index: Float64Array.of(Number.NaN, Number.NaN),
      }
    );
    expect(only).toEqual({
      code: "D",
      nominalRank: null,
      medianRank: null,
      p5: null,
      p95: null,
      minRank: null,
      maxRank: null,
      shareAtOrAboveNominal: null,
      index: { nominal: null, median: null, p5: null, p95: null, min: null, max: null },
    });
  });
});

describe("meanAbsoluteRankShift", () => {
  it("averages |rank - nominal rank| over the units that have both, as COINr's get_sensitivity", () => {
    expect(meanAbsoluteRankShift([2, 1, 3, Number.NaN], [1, 2, 3, 4])).toBe(2 / 3);
    expect(meanAbsoluteRankShift([Number.NaN], [1])).toBeNaN();
  });
});
