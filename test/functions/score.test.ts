import { score } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { readCoinrFixture, relativeDifference } from "../support/coinr-csv";
import { normalisationMethods } from "../../src/core/steps/normalise/methods";
import { quintileColumn } from "../../src/core/steps/normalise/quintile";
import { scoreChecks } from "./support/coinr-oracle";

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

describe("VEIKART.SCORE with other methods", () => {
  const peers = column(1, 2, 3, 4, 5);

  it("gives z-scores with the sample standard deviation, and a chosen mean and sd", () => {
    // mean 3, sample sd sqrt(10 / 4)
    const sd = Math.sqrt(2.5);
    expect(score(column(1, 3, 5), peers, 1, "zscore")).toEqual([[-2 / sd], [0], [2 / sd]]);
    expect(score(cell(5), peers, 1, "Z-Score", 10, 2)).toEqual([[10 + (2 / sd) * 2]]);
  });

  it("gives percentile ranks in percent and 1-6 grades with 3.5 at the mean", () => {
    expect(score(column(1, 2, 5), peers, 1, "prank")).toEqual([[0], [25], [100]]);
    expect(score(column(1, 3, 5), peers, 1, "grade")).toEqual([[1], [3.5], [6]]);
    expect(score(column(1, 5), peers, -1, "grade")).toEqual([[6], [1]]);
  });

  it("gives quintiles 1-5 by the share of peers below, as the engine's quintile method", () => {
    const ten = column(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    expect(score(column(10, 30, 55, 100), ten, 1, "quintile")).toEqual([[1], [2], [3], [5]]);
    expect(score(cell(10), ten, -1, "Quintile")).toEqual([[5]]);
    const engine = quintileColumn(Float64Array.from(ten.flat() as number[]));
    expect(score(ten, ten, 1, "quintile").flat()).toEqual([...engine.scores]);
  });

  it("gives ascending ranks and Borda counts, ties at the minimum", () => {
    const tied = column(5, 1, 5, 3);
    expect(score(tied, tied, 1, "rank")).toEqual([[3], [1], [3], [2]]);
    expect(score(tied, tied, 1, "borda")).toEqual([[2], [0], [2], [1]]);
  });

  it("scores against goalposts, capped at 0 and 100, turned around for lower is better", () => {
    expect(score(column(0, 15, 20, 40), peers, 1, "goalposts", 10, 30)).toEqual([
      [0],
      [25],
      [50],
      [100],
    ]);
    expect(score(column(15, 40), peers, "lower", "goalposts", 10, 30)).toEqual([[75], [0]]);
  });

  it("scores the distance to a target and to the maximum", () => {
    // (x - min) / (target - min) with min 1 and target 9
    expect(score(column(1, 5, 9), peers, 1, "dist2target", 9)).toEqual([[0], [0.5], [1]]);
    expect(score(column(1, 3, 5), peers, 1, "dist2max", 100)).toEqual([[0], [50], [100]]);
  });

  it("uses a min-max range given as parameters", () => {
    expect(score(column(1, 3, 5), peers, 1, "minmax", 1, 100)).toEqual([[1], [50.5], [100]]);
  });

  it("extrapolates a value outside the peers instead of capping it", () => {
    expect(score(column(0, 6), peers)).toEqual([[-25], [125]]);
  });

  it("equals the engine's normalisation of the whole column for every cross-section method", () => {
    const values = [3.5, -2, 8, 8, 0.25, 11, 4, -7.5, 2, 6];
    const grid = column(...values);
    for (const [method, parameters, settings] of [
      ["minmax", [], { method: "minmax" }],
      ["zscore", [10, 2], { method: "zscore", mean: 10, standardDeviation: 2 }],
      ["rank", [], { method: "rank" }],
      ["borda", [], { method: "borda" }],
      ["grade", [], { method: "grade" }],
      ["dist2max", [], { method: "dist2max" }],
    ] as const) {
      for (const direction of [1, -1] as const) {
        const engine = normalisationMethods[method];
        if (engine.kind !== "cross-section")
          throw new Error(`${method} is not a cross-section method`);
        const directed = Float64Array.from(values, (value) => value * direction);
        const scoreColumn = engine.scoreColumn as (
          values: Float64Array,
          settings: unknown
        ) => { scores: Float64Array };
        const expected = scoreColumn(directed, settings).scores;
        expect(score(grid, grid, direction, method, ...parameters)).toEqual(
          Array.from(expected, (value) => [value])
        );
      }
    }
  });

  it("gives #VALUE! naming the method argument when the method is unknown", () => {
    const [[result]] = score(cell(1), peers, 1, "median") as [[FakeExcelError]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/^Invalid method: use "minmax", "zscore"/);
  });

  it("gives #VALUE! naming the parameter when it is missing, unused or out of range", () => {
    const message = (...extra: unknown[]) =>
      (score(cell(1), peers, 1, ...extra) as [[FakeExcelError]])[0][0].message;
    expect(message("goalposts", 10)).toBe(
      "The method goalposts needs parameter2 (the upper goalpost, in the indicator's unit)."
    );
    expect(message("rank", 3)).toBe("The method rank does not use parameter1: leave it empty.");
    expect(message("zscore", 0, -1)).toBe("Invalid parameter2: use a number above 0.");
    expect(message("minmax", 100, 0)).toMatch(/^Invalid parameter1\/parameter2: use a lower/);
    expect(message("minmax", "ten")).toMatch(/^Invalid parameter1: use a number/);
    expect(message("goalposts", 30, 10)).toMatch(/^Invalid parameter2: use an upper goalpost/);
  });

  it("gives #N/A when a method needs more peers than there are", () => {
    const [[result]] = score(cell(1), column(1, "x"), 1, "zscore") as [[FakeExcelError]];
    expect([result.code, result.message]).toEqual([
      "#N/A",
      "The method z-score needs at least 2 numbers in the peer range; it holds 1.",
    ]);
  });

  it("gives #VALUE! when the target is no better than the weakest peer", () => {
    const [[result]] = score(cell(3), peers, 1, "dist2target", 1) as [[FakeExcelError]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/target 1 is not better/);
  });
});

describe("VEIKART.SCORE against COINr through the shared oracle checks", () => {
  it("matches every ASEM indicator with its direction", () => {
    const checks = scoreChecks({
      SCORE: score as never,
      NORMALISE: () => undefined,
      COMPOSITE: () => undefined,
      RANK: () => undefined,
    });
    expect(checks).toHaveLength(49);
    expect(checks.flatMap((check) => check.mismatches)).toEqual([]);
    expect(checks.reduce((total, check) => total + check.compared, 0)).toBeGreaterThan(2000);
  });

  it("reports mismatches for a function that scores 0..1 instead of 0..100 (the checks can fail)", () => {
    const fraction = (value: unknown, peers: unknown, direction: unknown) =>
      (score(value as never, peers as never, direction) as unknown[][]).map((row) =>
        row.map((cell) => (typeof cell === "number" ? cell / 100 : cell))
      );
    const checks = scoreChecks({
      SCORE: fraction,
      NORMALISE: () => undefined,
      COMPOSITE: () => undefined,
      RANK: () => undefined,
    });
    expect(checks.filter((check) => check.mismatches.length > 0).length).toBe(49);
  });
});
