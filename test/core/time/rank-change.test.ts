import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { resultsOf } from "../../../src/core/pipeline/results";
import { rankChange, rankChangesOf } from "../../../src/core/time/rank-change";
import { datasetOf, flatFramework, indicator } from "../steps/support";
import { reasonOf, valueOf } from "./support";

describe("rankChange", () => {
  it("counts places gained: from 5th to 2nd is 5 - 2 = +3, from 2nd to 5th is -3, unchanged is 0", () => {
    expect(valueOf(rankChange(5, 2))).toBe(3);
    expect(valueOf(rankChange(2, 5))).toBe(-3);
    expect(valueOf(rankChange(1, 1))).toBe(0);
  });

  it("gives rank_missing when either rank is missing or not a number", () => {
    expect(reasonOf(rankChange(null, 2))).toBe("rank_missing");
    expect(reasonOf(rankChange(3, undefined))).toBe("rank_missing");
    expect(reasonOf(rankChange(Number.NaN, 1))).toBe("rank_missing");
  });
});

describe("rankChangesOf", () => {
  // x: 2020 A=1 B=2 C=3 (ranks 3, 2, 1); 2021 A=5 B=2 C=null (ranks 1, 2, -)
  const rows = ["A", "B", "C"].flatMap((unit) => [
    { unit, year: 2020, peerGroup: unit === "C" ? "small" : "big" },
    { unit, year: 2021, peerGroup: unit === "C" ? "small" : "big" },
  ]);
  const results = resultsOf(
    runPipeline({
      framework: flatFramework([indicator("x")]),
      dataset: datasetOf(rows, { x: [1, 5, 2, 2, 3, null] }),
    })
  );

  it("gives each unit's ranks in both years and the places gained", () => {
    const changes = rankChangesOf(results, "Index", 2020, 2021);
    expect(changes.map(({ unitCode, fromRank, toRank }) => [unitCode, fromRank, toRank])).toEqual([
      ["A", 3, 1],
      ["B", 2, 2],
      ["C", 1, null],
    ]);
    expect(valueOf(changes[0]!.change)).toBe(2);
    expect(valueOf(changes[1]!.change)).toBe(0);
    expect(reasonOf(changes[2]!.change)).toBe("rank_missing");
  });

  it("uses the ranks within the peer group when asked: A goes from 2nd to 1st among the big units", () => {
    const changes = rankChangesOf(results, "Index", 2020, 2021, true);
    expect(valueOf(changes[0]!.change)).toBe(1);
  });

  it("gives an empty list for years without results and rank_missing for an unknown aggregate", () => {
    expect(rankChangesOf(results, "Index", 2010, 2011)).toEqual([]);
    expect(reasonOf(rankChangesOf(results, "Nothing", 2020, 2021)[0]!.change)).toBe("rank_missing");
  });
});
