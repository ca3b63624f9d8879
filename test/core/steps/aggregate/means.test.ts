import {
  arithmeticGenerator,
  generalisedGenerator,
  geometricGenerator,
  harmonicGenerator,
  weightedMean,
} from "../../../../src/core/steps/aggregate/means";

const values = Float64Array.of(1, 4, 16);
const weights = Float64Array.of(1, 1, 2);

describe("weighted means", () => {
  it("arithmetic: Σ w x / Σ w", () => {
    expect(weightedMean(arithmeticGenerator, values, weights)).toBe((1 + 4 + 32) / 4);
  });
  it("geometric: exp of the weighted mean log", () => {
    expect(weightedMean(geometricGenerator, values, weights)).toBeCloseTo(
      Math.pow(1 * 4 * 16 * 16, 1 / 4),
      12
    );
  });
  it("harmonic: total weight over the weighted sum of reciprocals", () => {
    expect(weightedMean(harmonicGenerator, values, weights)).toBeCloseTo(
      4 / (1 + 1 / 4 + 2 / 16),
      12
    );
  });
  it("generalised: p = 1 is arithmetic, p = -1 harmonic, p = 0 the geometric limit", () => {
    const arithmetic = weightedMean(arithmeticGenerator, values, weights);
    expect(weightedMean(generalisedGenerator(1), values, weights)).toBeCloseTo(arithmetic, 12);
    expect(weightedMean(generalisedGenerator(-1), values, weights)).toBeCloseTo(
      weightedMean(harmonicGenerator, values, weights),
      12
    );
    expect(generalisedGenerator(0)).toBe(geometricGenerator);
  });
  it("uses only the first `count` entries (one present child)", () => {
    expect(
      weightedMean(arithmeticGenerator, Float64Array.of(7, 99), Float64Array.of(3, 1), 1)
    ).toBe(7);
  });
  it("gives a single value back unchanged under every mean", () => {
    for (const generator of [
      arithmeticGenerator,
      geometricGenerator,
      harmonicGenerator,
      generalisedGenerator(2),
    ])
      expect(weightedMean(generator, [9], [1])).toBeCloseTo(9, 12);
  });
});
