import { score } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { readCoinrFixture, relativeDifference } from "../support/coinr-csv";

beforeAll(installCustomFunctionsGlobal);

const cell = (value: unknown) => [[value]];
const column = (...values: unknown[]) => values.map((value) => [value]);

describe("VEIKART.SCORE", () => {
  it("maps the lowest peer to 0, the highest to 100 and values between linearly", () => {
    const peers = column(10, 20, 30);
    expect(score(column(10, 20, 30, 25), peers)).toEqual([[0], [50], [100], [75]]);
  });

  it("turns the scale around when lower is better, in any of the accepted words", () => {
    const peers = column(10, 20, 30);
    for (const direction of [-1, "lower", "Lavere", " LOWER "]) {
      expect(score(cell(10), peers, direction)).toEqual([[100]]);
    }
    for (const direction of [1, "higher", "høyere", undefined, null, ""]) {
      expect(score(cell(10), peers, direction)).toEqual([[0]]);
    }
  });

  it("ignores blanks, text and booleans among the peers", () => {
    const peers = [
      [0, "", "n/a"],
      [true, 50, null],
      [100, "..", false],
    ];
    expect(score(cell(50), peers)).toEqual([[50]]);
  });

  it("returns a result in the shape of a range given as the value", () => {
    const result = score(
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      column(1, 6)
    );
    expect(result.map((row) => row.length)).toEqual([2, 2, 2]);
    expect(result[2]).toEqual([80, 100]);
  });

  it("gives #VALUE! with a message when all peers are equal", () => {
    const [[result]] = score(cell(5), column(5, 5, 5)) as [[FakeExcelError]];
    expect(result).toBeInstanceOf(FakeExcelError);
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/equal/);
  });

  it("gives #N/A with a message when the peers hold no numbers or the value is blank", () => {
    const [[noPeers]] = score(cell(5), column("a", "")) as [[FakeExcelError]];
    expect([noPeers.code, noPeers.message]).toEqual(["#N/A", "The peer range holds no numbers."]);
    const [[blank]] = score(cell(""), column(1, 2)) as [[FakeExcelError]];
    expect(blank.code).toBe("#N/A");
    expect(blank.message).toMatch(/missing/);
  });

  it("gives #VALUE! naming the argument when the direction is not understood", () => {
    const [[result]] = score(cell(5), column(1, 9), "sideways") as [[FakeExcelError]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/^Invalid direction: use 1, -1/);
  });

  it("gives #VALUE! for a value that is text", () => {
    const [[result]] = score(cell("12,5"), column(1, 20)) as [[FakeExcelError]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain("12,5");
  });

  it("passes an Excel error in the value or among the peers on unchanged", () => {
    const error = new FakeExcelError("#DIV/0!");
    expect(score(cell(error), column(1, 2))).toEqual([[error]]);
    expect(score(column(1, 2), column(1, error))).toEqual([[error], [error]]);
  });

  it("speaks bokmål when Office's display language is Norwegian", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "nb-NO" } };
    try {
      const [[result]] = score(cell(5), column(5, 5)) as [[FakeExcelError]];
      expect(result.message).toMatch(/Alle tallene/);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});

describe("VEIKART.SCORE against COINr 1.1.14 (ASEM, min-max 0..100)", () => {
  const data = readCoinrFixture("ASEM_iData.csv");
  const normalised = new Map(
    readCoinrFixture("S1_minimal_Normalised.csv").map((row) => [row.uCode, row])
  );
  const indicators = readCoinrFixture("ASEM_iMeta.csv").filter((row) => row.Type === "Indicator");

  it("has the 49 ASEM indicators and 51 units to compare", () => {
    expect(indicators).toHaveLength(49);
    expect(data).toHaveLength(51);
  });

  it.each(indicators.map((indicator) => [indicator.iCode ?? "", Number(indicator.Direction)]))(
    "matches COINr's normalised %s to 1e-9 relative",
    (indicatorId, direction) => {
      const peers = data.map((row) => [row[indicatorId] === "" ? "" : Number(row[indicatorId])]);
      const scores = score(peers, peers, direction);
      let compared = 0;
      data.forEach((row, index) => {
        const expected = normalised.get(row.uCode ?? "")?.[indicatorId] ?? "";
        const actual = scores[index]?.[0];
        if (expected === "") {
          expect(actual).toBeInstanceOf(FakeExcelError);
          return;
        }
        expect(typeof actual).toBe("number");
        expect(relativeDifference(actual as number, Number(expected))).toBeLessThan(1e-9);
        compared++;
      });
      expect(compared).toBeGreaterThan(0);
    }
  );
});
