import { normalise } from "../../../../src/core/steps/normalise/normalise";
import { quintileColumn, quintileOf } from "../../../../src/core/steps/normalise/quintile";
import {
  NA,
  columnOf,
  datasetOf,
  flatFramework,
  indicator,
  plain,
  threeUnitsTwoYears,
} from "../support";

describe("quintile", () => {
  it("puts ten values two to a class, the weakest in 1 and the best in 5", () => {
    const values = Float64Array.from({ length: 10 }, (_, index) => 10 * (index + 1));
    expect(plain(quintileColumn(values).scores)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("gives tied values the class of the lowest among them, and leaves a missing value missing", () => {
    // Present: 3, 3, 5, 7 (n = 4); below 3: none, below 5: two (share 0.5), below 7: three (0.75).
    const { scores } = quintileColumn(Float64Array.of(3, NA, 3, 5, 7));
    expect(plain(scores)).toEqual([1, null, 1, 3, 4]);
  });

  it("is 1 + floor(5 × the share of values below)", () => {
    expect([1, 2, 3].map((rank) => quintileOf(rank, 3))).toEqual([1, 2, 4]);
    expect(quintileOf(372, 372)).toBe(5);
  });

  it("reports a column without values as all missing", () => {
    expect(quintileColumn(Float64Array.of(NA, NA)).problem).toEqual({ kind: "all_missing" });
  });
});

describe("the normalise step with the quintile method", () => {
  it("classes each year by itself, after the direction turns a lower-is-better scale", () => {
    const framework = flatFramework([
      indicator("up"),
      indicator("down", "Index", { direction: -1 }),
    ]);
    const dataset = datasetOf(threeUnitsTwoYears, {
      up: [1, 2, 3, 30, 20, 10],
      down: [1, 2, 3, 1, 2, 3],
    });
    const { dataset: output, issues } = normalise(dataset, framework, {
      method: { method: "quintile" },
    });
    expect(issues).toEqual([]);
    // Three units: shares below 0, 1/3 and 2/3 give classes 1, 2 and 4.
    expect(columnOf(output, "up")).toEqual([1, 2, 4, 4, 2, 1]);
    expect(columnOf(output, "down")).toEqual([4, 2, 1, 4, 2, 1]);
  });
});
