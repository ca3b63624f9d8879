import {
  rankIntervalText,
  robustnessDefinitions,
  robustnessSentence,
  variedInputsDescription,
} from "../../../src/core/benchmark/robustness-texts";
import type { SensitivityResult, UnitUncertainty } from "../../../src/core/sensitivity";
import { readVariedInputs } from "../../../src/core/validate";

/** A unit's statistics with the ranks given; the index's statistics do not enter the sentence. */
function unit(ranks: {
  nominal: number | null;
  best: number | null;
  weakest: number | null;
  p5?: number | null;
  p95?: number | null;
  share?: number;
}): UnitUncertainty {
  const index = { nominal: null, median: null, p5: null, p95: null, min: null, max: null };
  const unitRanks: UnitUncertainty = {
    code: "5001",
    nominalRank: ranks.nominal,
    medianRank: ranks.nominal,
    p5: ranks.p5 === undefined ? ranks.best : ranks.p5,
    p95: ranks.p95 === undefined ? ranks.weakest : ranks.p95,
    minRank: ranks.best,
    maxRank: ranks.weakest,
    shareAtOrAboveNominal: ranks.nominal === null ? null : (ranks.share ?? 0),
    index,
  };
  return unitRanks;
}

describe("the robustness sentence", () => {
  it("says how often the top unit stays first and how low it ever falls, as the issue words it", () => {
    const top = unit({ nominal: 1, best: 1, weakest: 2, share: 0.94 });
    expect(robustnessSentence(top, "nb")).toBe(
      "Rangert som nr. 1 i 94 % av alternativene; aldri lavere enn nr. 2."
    );
    expect(robustnessSentence(top, "en")).toBe(
      "Ranked no. 1 in 94 % of the alternatives; never lower than no. 2."
    );
  });

  it("gives a unit below the top its rank or better, and its best and weakest rank", () => {
    const fourth = unit({ nominal: 4, best: 2, weakest: 9, share: 0.615 });
    expect(robustnessSentence(fourth, "nb")).toBe(
      "Rangert som nr. 4 eller bedre i 62 % av alternativene; mellom nr. 2 og nr. 9."
    );
    expect(robustnessSentence(fourth, "en")).toBe(
      "Ranked no. 4 or better in 62 % of the alternatives; between no. 2 and no. 9."
    );
  });

  it("says so when a unit holds one rank in every alternative", () => {
    const steady = unit({ nominal: 3, best: 3, weakest: 3, share: 1 });
    expect(robustnessSentence(steady, "nb")).toBe("Rangert som nr. 3 i alle alternativene.");
    expect(robustnessSentence(steady, "en")).toBe("Ranked no. 3 in every alternative.");
  });

  it("gives only the best rank of a unit that never falls below its own, such as the last", () => {
    const last = unit({ nominal: 6, best: 4, weakest: 6, share: 1 });
    expect(robustnessSentence(last, "nb")).toBe(
      "Rangert som nr. 6 eller bedre i alle alternativene; som best nr. 4."
    );
    expect(robustnessSentence(last, "en")).toBe(
      "Ranked no. 6 or better in every alternative; at best no. 4."
    );
  });

  it("never rounds a share that is not all up to 100 %, nor one that is some down to 0 %", () => {
    expect(
      robustnessSentence(unit({ nominal: 1, best: 1, weakest: 4, share: 0.998 }), "en")
    ).toMatch(/in 99 % of/);
    expect(
      robustnessSentence(unit({ nominal: 5, best: 1, weakest: 8, share: 0.002 }), "en")
    ).toMatch(/in 1 % of/);
  });

  it("explains a unit without a rank, and where it ranked when some alternatives ranked it", () => {
    expect(robustnessSentence(unit({ nominal: null, best: null, weakest: null }), "nb")).toBe(
      "Ingen rangering med metoden i Metode-arket (ingen indeksverdi)."
    );
    expect(robustnessSentence(unit({ nominal: null, best: 5, weakest: 6 }), "en")).toBe(
      "No rank under the Metode sheet's method (no index score); ranked between no. 5 and no. 6 in some of the alternatives."
    );
  });
});

describe("the rank interval", () => {
  it("is written from the 5 % to the 95 % rank, one number when they are the same, blank without ranks", () => {
    expect(rankIntervalText(unit({ nominal: 4, best: 1, weakest: 9, p5: 2, p95: 7 }), "nb")).toBe(
      "2–7"
    );
    expect(rankIntervalText(unit({ nominal: 3, best: 3, weakest: 3 }), "en")).toBe("3");
    expect(rankIntervalText(unit({ nominal: null, best: null, weakest: null }), "nb")).toBe("");
  });

  it("keeps one decimal where a percentile falls between two ranks, with the language's decimal mark", () => {
    const between = unit({ nominal: 4, best: 1, weakest: 9, p5: 2.35, p95: 7 });
    expect(rankIntervalText(between, "nb")).toBe("2,4–7");
    expect(rankIntervalText(between, "en")).toBe("2.4–7");
  });
});

describe("what varies, in words", () => {
  it("names the inputs and their alternatives in the reader's language", () => {
    const { inputs } = readVariedInputs("normalise=minmax,zscore,rank; weights=25%");
    expect(variedInputsDescription(inputs, "nb")).toBe(
      "normalisering: min-maks, z-skår, rangering; vekter: ±25 %"
    );
    expect(variedInputsDescription(inputs, "en")).toBe(
      "normalisation: min-max, z-score, rank; weights: ±25 %"
    );
  });
});

describe("the robustness section's definitions", () => {
  const resultVarying = (text: string): SensitivityResult => ({
    mode: "sampled",
    runs: 1000,
    year: 2023,
    inputs: readVariedInputs(text).inputs,
    units: [
      unit({ nominal: 1, best: 1, weakest: 2, p5: 1, p95: 2, share: 0.9 }),
      unit({ nominal: 2, best: 1, weakest: 7, p5: 1, p95: 6, share: 0.5 }),
    ],
    sensitivity: [],
    issues: [],
  });

  it("count the intervals wider than three places and warn that varied normalisations mix index scales", () => {
    const rows = new Map(robustnessDefinitions(resultVarying("normalise=minmax,rank"), 7, "en"));
    expect(rows.get("Intervals wider than 3 places")).toBe(1);
    expect(rows.get("Seed")).toBe(7);
    expect(rows.get("Index values")).toMatch(/compare the ranks/);
  });

  it("say nothing of index scales when the normalisation does not vary", () => {
    const rows = new Map(robustnessDefinitions(resultVarying("weights=25%"), 7, "nb"));
    expect(rows.get("Varierte valg")).toBe("vekter: ±25 %");
    expect(rows.has("Indeksverdier")).toBe(false);
  });
});
