import {
  ascendingMinRanks,
  descendingMinRanks,
  kurtosisOf,
  meanOf,
  medianOf,
  quantileOfCounts,
  quantileOfSorted,
  sampleStandardDeviationOf,
  skewnessOf,
  sortAscending,
  sortedPresentValues,
  typeSevenPositions,
} from "../../../src/core/steps/statistics";
import { createUniformSource } from "../../../src/core/sensitivity/seeded-random";
import { NA, plain } from "./support";

describe("column statistics", () => {
  const values = Float64Array.of(1, 2, 3, 4, 10, NA);
  it("skip missing values in mean, median and standard deviation", () => {
    expect(meanOf(values)).toBe(4);
    expect(medianOf(values)).toBe(3);
    expect(medianOf(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(sampleStandardDeviationOf(values)).toBeCloseTo(Math.sqrt(50 / 4), 14);
  });
  it("match Excel's SKEW and KURT (bias-corrected)", () => {
    // Excel: SKEW(1,2,3,4,10) = 1.7384..., KURT(1,2,3,4,10) = 3.3795...
    const n = 5;
    const deviations = [-3, -2, -1, 0, 6];
    const s = Math.sqrt(deviations.reduce((sum, d) => sum + d * d, 0) / (n - 1));
    const skew = (n / ((n - 1) * (n - 2))) * deviations.reduce((sum, d) => sum + (d / s) ** 3, 0);
    const kurt =
      ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) *
        deviations.reduce((sum, d) => sum + (d / s) ** 4, 0) -
      (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
    expect(skewnessOf(values)).toBeCloseTo(skew, 12);
    expect(kurtosisOf(values)).toBeCloseTo(kurt, 12);
  });
  it("give NaN skewness for equal values or too few values", () => {
    expect(skewnessOf(Float64Array.of(2, 2, 2, 2))).toBeNaN();
    expect(kurtosisOf(Float64Array.of(1, 2, 3))).toBeNaN();
    expect(meanOf(Float64Array.of(NA))).toBeNaN();
  });
  it("rank with ties at the minimum, 1 = highest for results", () => {
    expect(plain(ascendingMinRanks(Float64Array.of(3, 1, 3, NA)))).toEqual([2, 1, 2, null]);
    expect(plain(descendingMinRanks(Float64Array.of(3, 1, 3, NA)))).toEqual([1, 3, 1, null]);
  });
  it("sort ascending like a numeric sort, with many ties, one value or none", () => {
    const random = Float64Array.from({ length: 5000 }, (_, index) => ((index * 7919) % 97) - 40.5);
    expect(Array.from(sortAscending(random.slice()))).toEqual(
      Array.from(random).sort((a, b) => a - b)
    );
    expect(Array.from(sortAscending(Float64Array.of(2)))).toEqual([2]);
    expect(sortAscending(new Float64Array(0))).toHaveLength(0);
  });
});

describe("sortAscending of some positions", () => {
  it("puts at each position asked for the value a full sort puts there, on random values with ties", () => {
    const uniforms = createUniformSource(23);
    for (let trial = 0; trial < 200; trial++) {
      const length = 1 + Math.floor(uniforms.next() * 1500);
      const distinct = 1 + Math.floor(uniforms.next() * 2000);
      const values = Float64Array.from(
        { length },
        () => Math.floor(uniforms.next() * distinct) / 7
      );
      const positions = [0, length - 1, ...typeSevenPositions(length, uniforms.next())];
      const full = sortAscending(values.slice());
      const partial = sortAscending(values.slice(), positions);
      for (const position of positions) expect(partial[position]).toBe(full[position]);
      expect(Array.from(partial).sort((a, b) => a - b)).toEqual(Array.from(full));
    }
  });
});

describe("quantileOfCounts", () => {
  /** The count of each whole number of `values` (NaN left out), as quantileOfCounts takes them. */
  function countsOf(values: Float64Array, largest: number) {
    const counts = new Int32Array(largest + 1);
    let total = 0;
    let lowest = Number.POSITIVE_INFINITY;
    for (const value of values)
      if (!Number.isNaN(value)) {
        counts[value] = (counts[value] as number) + 1;
        lowest = Math.min(lowest, value);
        total++;
      }
    return { counts, total, lowest };
  }

  it("equals the type 7 quantile of the sorted values to the last bit, on random ranks with missing ones", () => {
    const uniforms = createUniformSource(17);
    const probabilities = [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1, uniforms.next()];
    for (let trial = 0; trial < 200; trial++) {
      const largest = 1 + Math.floor(uniforms.next() * 400);
      const length = Math.floor(uniforms.next() * 1200);
      const missingShare = trial % 3 === 0 ? 0 : uniforms.next();
      const values = Float64Array.from({ length }, () =>
        uniforms.next() < missingShare ? NA : 1 + Math.floor(uniforms.next() * largest)
      );
      const sorted = sortedPresentValues(values);
      const counted = countsOf(values, largest);
      for (const probability of probabilities)
        expect(
          Object.is(quantileOfCounts(counted, probability), quantileOfSorted(sorted, probability))
        ).toBe(true);
    }
  });

  it("is NaN when nothing is counted", () => {
    expect(quantileOfCounts(countsOf(Float64Array.of(NA, NA), 3), 0.5)).toBeNaN();
  });
});
