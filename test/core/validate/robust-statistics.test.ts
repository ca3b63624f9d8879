import fc from "fast-check";
import { pooledRobustCentres } from "../../../src/core/validate/robust-statistics";

/** The same statistics written plainly: every group sorted in full, the deviations too. */
function plainCentres(groups: readonly number[][]) {
  const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);
  const median = (values: readonly number[]) => {
    const sorted = ascending(values);
    const middle = sorted.length >> 1;
    const upper = sorted[middle] as number;
    return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
  };
  const medians = groups.map(median);
  const deviations = ascending(
    groups.flatMap((values, group) =>
      values.map((value) => Math.abs(value - (medians[group] as number)))
    )
  );
  const mad = median(deviations);
  const mean = deviations.reduce((total, deviation) => total + deviation, 0) / deviations.length;
  const scale = mad > 0 ? mad * 1.4826 : mean * 1.2533;
  return scale > 0 ? { medians, scale } : undefined;
}

describe("pooledRobustCentres", () => {
  it("gives each group's median and the pooled robust spread exactly as full sorting does", () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true })
    );
    const groups = fc.array(fc.array(value, { minLength: 1, maxLength: 60 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(groups, (drawn) => {
        expect(pooledRobustCentres(drawn)).toEqual(plainCentres(drawn));
      }),
      { numRuns: 300, seed: 20261202 }
    );
  });

  it("falls back to the mean absolute deviation when more than half the values sit on their medians", () => {
    const groups = [
      [1, 1, 1, 1, 9],
      [2, 2, 2, 2, -6],
    ];
    expect(pooledRobustCentres(groups)).toEqual({ medians: [1, 2], scale: (16 / 10) * 1.2533 });
  });

  it("gives nothing when every value equals its group's median", () => {
    expect(pooledRobustCentres([[3, 3, 3], [4]])).toBeUndefined();
  });
});
