import { strengthsAndWeaknesses, type StrengthsAndWeaknesses } from "../../../src/core/analysis";
import { readCoinrFixture } from "../../support/coinr-csv";
import { asemRun, unitCodesOf } from "./analysis-fixtures";

function listed(outcome: ReturnType<typeof strengthsAndWeaknesses>): StrengthsAndWeaknesses {
  if (!outcome.ok) throw new Error(outcome.reason.code);
  return outcome;
}
const codesAndRanks = (items: StrengthsAndWeaknesses["strengths"]) =>
  items.map((item) => [item.indicatorId, item.rank]);

/**
 * get_str_weak(coin, dset = "Raw", usel) with its defaults, written again straight from COINr's R source
 * on the iData/iMeta tables (R/results.R, R/DFtools.R): value × Direction, rank(-x, na.last = "keep",
 * ties.method = "min") by sorting, drop NA, drop ranks equal to the column's max rank, order (stable),
 * first 5 and last 5.
 */
function coinrStrengthsAndWeaknesses(unitCode: string): {
  strengths: (string | number)[][];
  weaknesses: (string | number)[][];
} {
  const data = readCoinrFixture("ASEM_iData.csv");
  const meta = readCoinrFixture("ASEM_iMeta.csv").filter((row) => row.Type === "Indicator");
  const own = data.find((row) => row.uCode === unitCode)!;
  const kept: { code: string; rank: number }[] = [];
  for (const indicator of meta) {
    const code = indicator.iCode!;
    const adjusted = data.map((row) =>
      row[code] === "" ? null : Number(row[code]) * Number(indicator.Direction)
    );
    const sortedDescending = adjusted
      .filter((value): value is number => value !== null)
      .sort((a, b) => b - a);
    const rankOf = (value: number) => sortedDescending.indexOf(value) + 1;
    if (own[code] === "") continue;
    const rank = rankOf(Number(own[code]) * Number(indicator.Direction));
    const maxRank = Math.max(...sortedDescending.map(rankOf));
    if (rank === maxRank) continue;
    kept.push({ code, rank });
  }
  // new_coin sorts iMeta by Level and Parent; order() is stable.
  const parentOf = new Map(meta.map((row) => [row.iCode!, row.Parent!]));
  kept.sort(
    (a, b) => a.rank - b.rank || parentOf.get(a.code)!.localeCompare(parentOf.get(b.code)!, "en")
  );
  const pairs = kept.map(({ code, rank }) => [code, rank]);
  return { strengths: pairs.slice(0, 5), weaknesses: pairs.slice(pairs.length - 5) };
}

describe("strengths and weaknesses (COINr's get_str_weak with its defaults)", () => {
  const result = asemRun();

  it('gives COINr\'s documented output for ESP (get_str_weak(coin, dset = "Raw", usel = "ESP"))', () => {
    const esp = listed(strengthsAndWeaknesses(result, "ESP"));
    expect(codesAndRanks(esp.strengths)).toEqual([
      ["CostImpEx", 1],
      ["TIRcon", 1],
      ["Tourist", 2],
      ["Flights", 3],
      ["UNVote", 3],
    ]);
    expect(codesAndRanks(esp.weaknesses)).toEqual([
      ["NEET", 33],
      ["Lang", 38],
      ["Forest", 40],
      ["TBTs", 40],
      ["PubDebt", 43],
    ]);
    // The documented values (rounded to 3 significant figures there): CostImpEx 0, Tourist 75.3, PubDebt 99.3.
    expect(esp.strengths.map((item) => item.value)[0]).toBe(0);
    expect(esp.strengths[2]!.value).toBeCloseTo(75.3, 1);
    expect(esp.weaknesses[4]!.value).toBeCloseTo(99.3, 1);
    expect(esp.strengths[0]!.dimensionId).toBe("Instit");
    expect(esp.rankedAmong).toBe(51);
  });

  it("equals COINr's rules, written again from its source, for every ASEM unit", () => {
    for (const unit of unitCodesOf(result)) {
      const ours = listed(strengthsAndWeaknesses(result, unit));
      expect([unit, codesAndRanks(ours.strengths), codesAndRanks(ours.weaknesses)]).toEqual([
        unit,
        ...Object.values(coinrStrengthsAndWeaknesses(unit)),
      ]);
    }
  });

  it("leaves out indicators where the unit is last (min_discard), and keeps them when asked", () => {
    // The unit with the fewest goods exports is last in Goods.
    const data = readCoinrFixture("ASEM_iData.csv");
    const lastInGoods = data.reduce((worst, row) =>
      Number(row.Goods) < Number(worst.Goods) ? row : worst
    );
    const unit = lastInGoods.uCode!;
    const discarding = listed(strengthsAndWeaknesses(result, unit, { weaknesses: 49 }));
    expect(discarding.weaknesses.map((item) => item.indicatorId)).not.toContain("Goods");
    const keeping = listed(
      strengthsAndWeaknesses(result, unit, { weaknesses: 49, discardLastRank: false })
    );
    expect(keeping.weaknesses.at(-1)).toMatchObject({ indicatorId: expect.any(String), rank: 51 });
    expect(keeping.weaknesses.map((item) => item.indicatorId)).toContain("Goods");
  });

  it("with unq_discard leaves out the yes/no indicator TIRcon (2 distinct values among 51)", () => {
    const esp = listed(strengthsAndWeaknesses(result, "ESP", { uniqueShareAbove: 0.2 }));
    expect(esp.strengths.map((item) => item.indicatorId)).not.toContain("TIRcon");
    // CostImpEx has many zeros but more than 20 % distinct values among the 51, so it stays.
    const costs = new Set(readCoinrFixture("ASEM_iData.csv").map((row) => row.CostImpEx));
    expect(costs.size / 51).toBeGreaterThan(0.2);
    expect(esp.strengths.map((item) => item.indicatorId)).toContain("CostImpEx");
  });

  it("ranks within the peers given: ESP among the European units", () => {
    const europe = readCoinrFixture("ASEM_iData.csv")
      .filter((row) => row.EurAsia_group === "Europe")
      .map((row) => row.uCode!);
    const esp = listed(strengthsAndWeaknesses(result, "ESP", { peers: europe }));
    expect(esp.rankedAmong).toBe(europe.length);
    // Tourist arrivals, counted by hand among the European units: 1 + those with more arrivals than ESP.
    const data = readCoinrFixture("ASEM_iData.csv").filter((row) => europe.includes(row.uCode!));
    const espTourists = Number(data.find((row) => row.uCode === "ESP")!.Tourist);
    const more = data.filter((row) => Number(row.Tourist) > espTourists).length;
    const all = listed(strengthsAndWeaknesses(result, "ESP", { peers: europe, strengths: 49 }));
    expect(all.strengths.find((item) => item.indicatorId === "Tourist")?.rank).toBe(more + 1);
    expect(esp.strengths.every((item) => item.rank <= europe.length)).toBe(true);
  });

  it("gives a reason for a unit the run does not have", () => {
    const outcome = strengthsAndWeaknesses(result, "XXX");
    expect(!outcome.ok && outcome.reason.code).toBe("unit_not_in_run");
  });
});
