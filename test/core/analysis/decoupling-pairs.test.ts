import {
  decouplingPairsOf,
  decouplingPairsText,
  defaultDecouplingPairs,
} from "../../../src/core/analysis/decoupling-pairs";
import { defaultIndicators, methodSettingOf } from "../../../src/core/template";
import { settingValue } from "../../../src/core/validate/read-method";

describe("decoupling pairs", () => {
  it("default to total emissions against employment and, for fylker, gross product", () => {
    expect(decouplingPairsOf(defaultDecouplingPairs)).toEqual([
      { pressure: "GHG_TOTAL", driver: "EMPLOYMENT_WORKPLACE" },
      { pressure: "GHG_TOTAL", driver: "GROSS_PRODUCT" },
    ]);
    const levels = new Map(defaultIndicators.map((indicator) => [indicator.id, indicator]));
    expect(levels.get("EMPLOYMENT_WORKPLACE")).toMatchObject({ level: "begge", direction: 0 });
    expect(levels.get("GROSS_PRODUCT")).toMatchObject({ level: "fylke", direction: 0 });
    expect(levels.get("GHG_TOTAL")?.level).toBe("begge");
  });

  it("read pairs separated by ; or , with spaces, and refuse anything that is not ID/ID", () => {
    expect(decouplingPairsOf(" GHG_TOTAL / POPULATION , A/B ")).toEqual([
      { pressure: "GHG_TOTAL", driver: "POPULATION" },
      { pressure: "A", driver: "B" },
    ]);
    expect(decouplingPairsOf("")).toEqual([]);
    expect(decouplingPairsOf("GHG_TOTAL")).toBeUndefined();
    expect(decouplingPairsOf("A/B/C")).toBeUndefined();
    expect(decouplingPairsOf("A B/C")).toBeUndefined();
    expect(decouplingPairsText([{ pressure: "A", driver: "B" }])).toBe("A/B");
  });

  it("are a Metode setting that reads a written list back in its canonical form", () => {
    const setting = methodSettingOf("decouplingPairs");
    if (setting === undefined) throw new Error("no decouplingPairs setting");
    expect(setting.name).toBe("Frikoblingspar");
    expect(settingValue(setting, "ghg_total/population;A/B", new Set())).toBe(
      "ghg_total/population; A/B"
    );
    expect(settingValue(setting, "GHG_TOTAL", new Set())).toBeUndefined();
  });
});
