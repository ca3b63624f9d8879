import type { PeerStatistic } from "../../src/core/steps/normalise/value-scoring";
import { forgetPeers, readPeers } from "../../src/functions/peers";
import { score } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);
beforeEach(forgetPeers);

const column = (...values: unknown[]) => values.map((value) => [value]);

/** A statistic that counts how often it is computed. */
function countingStatistic(): PeerStatistic<number> & { computed: number } {
  const statistic = {
    name: "counting",
    computed: 0,
    compute: (numbers: Float64Array) => {
      statistic.computed++;
      return numbers.length;
    },
  };
  return statistic;
}

describe("peers of SCORE, NORMALISE and RANK", () => {
  it("reads the numbers times the direction, leaving out blanks, text and booleans", () => {
    const peers = readPeers(column(1, "", "a", true, 2.5), -1);
    expect("numbers" in peers && Array.from(peers.numbers)).toEqual([-1, -2.5]);
  });

  it("gives the first Excel error of the range", () => {
    const error = new FakeExcelError("#NUM!");
    expect(readPeers(column(1, error, new FakeExcelError("#REF!")), 1)).toBe(error);
  });

  it("computes a statistic once for a column filled down: new arrays with the same numbers", () => {
    const statistic = countingStatistic();
    for (let call = 0; call < 5; call++) {
      const peers = readPeers(column(3, 1, 2, "x"), 1);
      if ("numbers" in peers) peers.statistic(statistic);
    }
    expect(statistic.computed).toBe(1);
  });

  it("computes it again when a number changes, moves, or the direction turns", () => {
    const statistic = countingStatistic();
    for (const [grid, direction] of [
      [column(3, 1, 2), 1],
      [column(3, 1, 2.5), 1],
      [column(1, 3, 2.5), 1],
      [column(1, 3, 2.5), -1],
    ] as const) {
      const peers = readPeers(grid, direction);
      if ("numbers" in peers) peers.statistic(statistic);
    }
    expect(statistic.computed).toBe(4);
  });

  it("keeps scores right when the peers change between calls (the cache never answers stale)", () => {
    expect(score(column(2), column(0, 2, 4))).toEqual([[50]]);
    expect(score(column(2), column(0, 2, 8))).toEqual([[25]]);
    expect(score(column(2), column(0, 2, 4), 1, "prank")).toEqual([[50]]);
    expect(score(column(2), column(0, 2, 4, 6, 8), 1, "prank")).toEqual([[25]]);
  });
});
