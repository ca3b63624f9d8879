import { presentPoints } from "../../../src/core/time/series";
import { readTargetDirection } from "../../../src/core/time/target-direction";
import { reasonOf, valueOf } from "./support";

describe("presentPoints", () => {
  it("keeps the present values in year order and drops null, NaN and infinite values", () => {
    const points = presentPoints({
      years: [2021, 2019, 2020, 2022, 2023],
      values: [3, 1, null, Number.NaN, Number.POSITIVE_INFINITY],
    });
    expect(valueOf(points)).toEqual([
      { year: 2019, value: 1 },
      { year: 2021, value: 3 },
    ]);
  });

  it("gives an empty list for an empty or all-missing series", () => {
    expect(valueOf(presentPoints({ years: [], values: [] }))).toEqual([]);
    expect(valueOf(presentPoints({ years: [2020, 2021], values: [null, undefined] }))).toEqual([]);
  });

  it("reports different lengths, a year that is not a number and a repeated year", () => {
    expect(reasonOf(presentPoints({ years: [2020], values: [1, 2] }))).toBe(
      "series_length_mismatch"
    );
    expect(reasonOf(presentPoints({ years: [Number.NaN], values: [1] }))).toBe(
      "series_year_invalid"
    );
    expect(reasonOf(presentPoints({ years: [2020, 2020], values: [1, null] }))).toBe(
      "series_year_repeated"
    );
  });

  it("does not throw on input that is not a series at all", () => {
    const broken = undefined as unknown as Parameters<typeof presentPoints>[0];
    expect(valueOf(presentPoints(broken))).toEqual([]);
    const text = { years: ["2020"], values: [1] } as unknown as Parameters<typeof presentPoints>[0];
    expect(reasonOf(presentPoints(text))).toBe("series_year_invalid");
  });
});

describe("readTargetDirection", () => {
  it("reads 1, -1 and the words, and leaves an absent direction undefined", () => {
    expect(valueOf(readTargetDirection(-1))).toBe(-1);
    expect(valueOf(readTargetDirection("lavere er bedre"))).toBe(-1);
    expect(valueOf(readTargetDirection("higher"))).toBe(1);
    expect(valueOf(readTargetDirection(undefined))).toBeUndefined();
    expect(valueOf(readTargetDirection(""))).toBeUndefined();
  });

  it("refuses context (0) and unknown words", () => {
    expect(reasonOf(readTargetDirection(0))).toBe("change_direction_invalid");
    expect(reasonOf(readTargetDirection("sideways"))).toBe("change_direction_invalid");
  });
});
