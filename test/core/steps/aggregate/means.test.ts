import {
  weightedArithmeticMean,
  weightedGeneralisedMean,
  weightedGeometricMean,
  weightedHarmonicMean,
} from "../../../../src/core/steps/aggregate/means";

const values = Float64Array.of(1, 4, 16);
const weights = Float64Array.of(1, 1, 2);

describe("weighted means", () => {
  it("arithmetic: sum of rescaled weights times values", () => {
    expect(weightedArithmeticMean(values, weights, 3)).toBe((1 + 4 + 32) / 4);
  });
  it("geometric: exp of the weighted mean log", () => {
    expect(weightedGeometricMean(values, weights, 3)).toBeCloseTo(
      Math.pow(1 * 4 * 16 * 16, 1 / 4),
      12
    );
  });
  it("harmonic: total weight over the weighted sum of reciprocals", () => {
    expect(weightedHarmonicMean(values, weights, 3)).toBeCloseTo(4 / (1 + 1 / 4 + 2 / 16), 12);
  });
  it("generalised: p = 1 is arithmetic, p = -1 harmonic, p = 0 the geometric limit", () => {
    expect(weightedGeneralisedMean(values, weights, 3, 1)).toBeCloseTo(
      weightedArithmeticMean(values, weights, 3),
      12
    );
    expect(weightedGeneralisedMean(values, weights, 3, -1)).toBeCloseTo(
      weightedHarmonicMean(values, weights, 3),
      12
    );
    expect(weightedGeneralisedMean(values, weights, 3, 0)).toBe(
      weightedGeometricMean(values, weights, 3)
    );
  });
  it("uses only the first `count` entries (one present child)", () => {
    expect(weightedArithmeticMean(Float64Array.of(7, 99), Float64Array.of(3, 1), 1)).toBe(7);
  });
});
