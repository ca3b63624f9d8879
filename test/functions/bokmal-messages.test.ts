// Every message a function shows in bokmål is bokmål: no English prose inside it. What a person types
// stays as typed: argument names (direction, parameter1), quoted choices ("higher") and function names.
import fc from "fast-check";
import { compositeFunction } from "../../src/functions/composite";
import { coverageFunction } from "../../src/functions/coverage";
import { forecastFunction } from "../../src/functions/forecast";
import { functionIssues } from "../../src/functions/function-issues";
import * as functions from "../../src/functions/functions";
import { indicatorFunction } from "../../src/functions/indicator";
import { onTrackFunction } from "../../src/functions/on-track";
import { progressFunction } from "../../src/functions/progress";
import { rankFunction } from "../../src/functions/rank";
import { reachYearFunction } from "../../src/functions/reach-year";
import { normaliseFunction, scoreFunction } from "../../src/functions/score";
import { trendFunction } from "../../src/functions/trend";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { englishWordIn } from "../support/english-words";

const argumentNames = new Set(
  [
    compositeFunction,
    coverageFunction,
    forecastFunction,
    indicatorFunction,
    onTrackFunction,
    progressFunction,
    rankFunction,
    reachYearFunction,
    normaliseFunction,
    scoreFunction,
    trendFunction,
  ].flatMap((declared) => declared.argumentNames)
);

function englishIn(message: string): string | undefined {
  return englishWordIn(message.replace(/VEIKART\.\w+/g, " "), argumentNames);
}

/** Stands for every parameter of a catalogue message: text, a number, or a text in both languages. */
const anyParameter: unknown = new Proxy(
  {},
  {
    get: (_target, key) =>
      key === Symbol.toPrimitive
        ? (hint: string) => (hint === "number" ? 0.5 : "X")
        : key === "nb" || key === "en"
          ? "X"
          : anyParameter,
  }
);

describe("the functions' bokmål messages", () => {
  it("the scan finds English words in prose but not in what a person types", () => {
    expect(englishIn('Ugyldig direction: bruk 1, -1, "higher"/"lower" or "høyere"/"lavere".')).toBe(
      "or"
    );
    expect(englishIn("Ugyldig mincoverage: bruk a share from 0 to 1.")).toBe("a");
    expect(
      englishIn('Ugyldig direction: bruk 1, -1, "høyere"/"lavere" eller "higher"/"lower".')
    ).toBeUndefined();
  });

  it.each(Object.entries(functionIssues))("%s is bokmål in the catalogue", (_code, definition) => {
    const message = (definition.nb as (parameters: unknown) => string)(anyParameter);
    expect([message, englishIn(message)]).toEqual([message, undefined]);
  });

  describe("as the functions return them", () => {
    beforeAll(() => {
      installCustomFunctionsGlobal();
      (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "nb-NO" } };
    });
    afterAll(() => delete (globalThis as { Office?: unknown }).Office);

    const messagesOf = (result: unknown): string[] =>
      (Array.isArray(result) ? result.flat() : [result]).flatMap((cell: unknown) =>
        cell instanceof FakeExcelError && cell.message !== undefined ? [cell.message] : []
      );

    const peers = [[1], [2], [3], [4]];

    it("names the directions in bokmål first, joined by eller", () => {
      expect(messagesOf(functions.score([[2]], peers, "sideways"))).toEqual([
        'Ugyldig direction: bruk 1, -1, "høyere"/"lavere" eller "higher"/"lower".',
      ]);
    });
    const series = [[1, 2, 3]];
    const years = [[2020, 2021, 2022]];
    it.each([
      ["a direction it does not know", () => functions.score([[2]], peers, "sideways")],
      ["a method it does not know", () => functions.score([[2]], peers, 1, "best")],
      ["a missing goalpost", () => functions.score([[2]], peers, 1, "goalposts", 0)],
      ["goalposts the wrong way round", () => functions.score([[2]], peers, 1, "goalposts", 5, 1)],
      ["a parameter the method does not use", () => functions.score([[2]], peers, 1, "rank", 1)],
      ["a standard deviation of 0", () => functions.score([[2]], peers, 1, "zscore", 0, 0)],
      [
        "a min-max range the wrong way round",
        () => functions.score([[2]], peers, 1, "minmax", 100, 0),
      ],
      ["peers all equal", () => functions.score([[2]], [[5], [5]])],
      ["too few peers for a percentile rank", () => functions.score([[2]], [[5]], 1, "prank")],
      [
        "a target no better than the peers",
        () => functions.score([[2]], peers, 1, "dist2target", 0),
      ],
      ["text for a parameter", () => functions.score([[2]], peers, 1, "minmax", "ti")],
      [
        "a power without the generalised mean",
        () => functions.composite([[1, 2]], undefined, "geometric", null, 2),
      ],
      [
        "the generalised mean without a power",
        () => functions.composite([[1, 2]], undefined, "generalised"),
      ],
      [
        "a negative score for the geometric mean",
        () => functions.composite([[-1, 2]], undefined, "geometric"),
      ],
      ["a coverage share above 1", () => functions.composite([[1, 2]], undefined, null, 60)],
      ["a negative weight", () => functions.composite([[1, 2]], [[1, -1]])],
      ["a mean it does not know", () => functions.composite([[1, 2]], undefined, "middle")],
      ["an indicator id it does not know", () => functions.indicator("NOPE")],
      ["a field it does not know", () => functions.indicator("GHG_TOTAL", "colour")],
      ["a blank target", () => functions.progress(5, 10, null)],
      ["a text target", () => functions.progress(5, 10, "mål")],
      ["a trend method it does not know", () => functions.trend(series, years, "cubic")],
      ["a year that is not a year", () => functions.forecast(series, years, 12)],
      [
        "a moderate share above the on-track share",
        () => functions.ontrack(series, years, 10, 2030, 1, 0.5, 0.9),
      ],
      ["an on-track share out of range", () => functions.ontrack(series, years, 10, 2030, 1, 20)],
      [
        "a pace it does not know",
        () => functions.ontrack(series, years, 10, 2030, 1, null, null, "fast"),
      ],
    ])("on %s", (_case, call) => {
      const messages = messagesOf(call());
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages)
        expect([message, englishIn(message)]).toEqual([message, undefined]);
    });

    it("on arbitrary arguments, whatever they are", () => {
      const cell = fc.oneof(
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(
          "",
          "tekst",
          "higher",
          "zscore",
          "goalposts",
          "genmean",
          "GHG_TOTAL",
          "cagr"
        ),
        fc.constantFrom(null, true)
      );
      const argument = fc.oneof(
        cell,
        fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      );
      for (const implementation of Object.values(functions) as ((...given: unknown[]) => unknown)[])
        fc.assert(
          fc.property(fc.array(argument, { maxLength: 8 }), (given) => {
            for (const message of messagesOf(implementation(...given)))
              expect([message, englishIn(message)]).toEqual([message, undefined]);
          }),
          { numRuns: 150 }
        );
    });
  });
});
