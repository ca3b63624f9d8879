import { rank } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { rankChecks } from "./support/coinr-oracle";

beforeAll(installCustomFunctionsGlobal);

const column = (...values: unknown[]) => values.map((value) => [value]);
const unused = () => undefined;

describe("VEIKART.RANK", () => {
  it("gives 1 to the highest value, and ties share the best rank among them", () => {
    const peers = column(5, 1, 5, 3);
    expect(rank(peers, peers)).toEqual([[1], [4], [1], [3]]);
  });

  it("gives 1 to the lowest value when lower is better", () => {
    const peers = column(5, 1, 5, 3);
    expect(rank(peers, peers, "lavere")).toEqual([[3], [1], [3], [2]]);
  });

  it("ignores blanks and text among the peers, and says why a blank value has no rank", () => {
    const [[ranked], [blank]] = rank(column(7, ""), column(9, "", "..", 7, 8)) as [
      [number],
      [FakeExcelError],
    ];
    expect(ranked).toBe(3);
    expect(blank.code).toBe("#N/A");
  });

  it("ranks a value that is not among the peers by how many peers are better", () => {
    expect(rank([[100]], column(1, 2, 3))).toEqual([[1]]);
    expect(rank([[2.5]], column(1, 2, 3))).toEqual([[2]]);
  });

  it("gives #N/A with a message when the peers hold no numbers", () => {
    const [[result]] = rank([[1]], column("a")) as [[FakeExcelError]];
    expect([result.code, result.message]).toEqual(["#N/A", "The peer range holds no numbers."]);
  });

  it("passes on an Excel error among the peers", () => {
    const error = new FakeExcelError("#DIV/0!");
    expect(rank(column(1, 2), column(1, error))).toEqual([[error], [error]]);
  });

  it("matches COINr's ranks of every ASEM aggregate", () => {
    const checks = rankChecks({
      SCORE: unused,
      NORMALISE: unused,
      COMPOSITE: unused,
      RANK: rank as never,
    });
    expect(checks).toHaveLength(11);
    expect(checks.flatMap((check) => check.mismatches)).toEqual([]);
    expect(checks.reduce((total, check) => total + check.compared, 0)).toBe(11 * 51);
  });
});
