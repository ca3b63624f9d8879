import { rank } from "../../../../src/core/steps/rank/rank";
import { datasetOf, plain, threeUnitsTwoYears } from "../support";

describe("rank step", () => {
  const dataset = datasetOf(threeUnitsTwoYears, { Index: [50, 70, 70, 10, null, 5] });
  it("ranks 1 = best within each year, ties share the minimum, missing stays missing", () => {
    expect(plain(rank(dataset, ["Index"]).overall.Index!)).toEqual([3, 1, 1, 1, null, 2]);
  });
  it("ranks within peer groups too", () => {
    expect(plain(rank(dataset, ["Index"]).withinPeerGroup.Index!)).toEqual([2, 1, 1, 1, null, 1]);
  });
  it("gives a single unit rank 1 and skips unknown columns", () => {
    const single = datasetOf([{ unit: "A" }], { Index: [3] });
    const outcome = rank(single, ["Index", "Nope"], false);
    expect(plain(outcome.overall.Index!)).toEqual([1]);
    expect(Object.keys(outcome.overall)).toEqual(["Index"]);
  });
});
