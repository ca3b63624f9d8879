import { methodFromTemplate } from "../../../src/core/benchmark";
import { methodSettings } from "../../../src/core/template";

const defaults = Object.fromEntries(
  methodSettings.map((setting) => [setting.key, setting.defaultValue])
);
const groups = new Set(["storby", "fylke"]);

describe("methodFromTemplate", () => {
  it("maps the template's defaults to min-max 0-100 per year, the arithmetic mean and a 60 % threshold by weight", () => {
    const { method, issues } = methodFromTemplate(defaults, {}, groups);
    expect(issues).toEqual([]);
    expect(method.settings).toEqual({
      impute: { method: "none" },
      treat: { method: "none" },
      normalise: { method: { method: "minmax", lower: 0, upper: 100 }, scope: { pooled: false } },
      aggregate: { method: { method: "arithmetic" }, minCoverage: 0.6, coverageBasis: "weight" },
      rank: { withinPeerGroups: true },
    });
    expect(method).toMatchObject({ baseYear: 2019, coverageThreshold: 0.6, peerGroup: "alle" });
    expect(method.values.normalisation).toBe("minmax");
  });

  it("reads the words a user writes, in bokmål or English, for the settings the validator read", () => {
    const { method } = methodFromTemplate(
      {
        ...defaults,
        normalisation: "indeks",
        normalisationScope: "samlet",
        aggregation: "generalised",
        generalisedMeanPower: 3,
        imputation: "gruppegjennomsnitt",
        outlierTreatment: "winsorisering",
        baseYear: 2020,
      },
      {},
      groups
    );
    expect(method.settings.normalise).toEqual({
      method: { method: "index", baseYear: 2020 },
      scope: { pooled: true },
    });
    expect(method.settings.aggregate?.method).toEqual({ method: "genmean", p: 3 });
    expect(method.settings.impute).toEqual({ method: "group-mean", group: "peerGroup" });
    expect(method.settings.treat).toEqual({ method: "winsorise" });
  });

  it("applies overrides by name, key or English alias, with any allowed word", () => {
    const { method, issues } = methodFromTemplate(
      defaults,
      { Normalisering: "z-skår", coverageThreshold: "50 %", "Peer group": "storby", avstand: "x" },
      groups
    );
    expect(method.settings.normalise?.method).toEqual({ method: "zscore" });
    expect(method.coverageThreshold).toBe(0.5);
    expect(method.peerGroup).toBe("storby");
    expect(issues.map((issue) => issue.code)).toEqual(["method_setting_unknown"]);
  });

  it("scales distance to target and to the maximum to 0-100 like min-max", () => {
    const { method } = methodFromTemplate(defaults, { normalisation: "dist2max" }, groups);
    expect(method.settings.normalise?.method).toEqual({ method: "dist2max", scale: 100 });
  });

  it("reports a value outside the allowed ones and keeps the workbook's value", () => {
    const { method, issues } = methodFromTemplate(
      defaults,
      { Aggregering: "median", Dekningsgrense: "1.5", Sammenligningsgruppe: "nabokommune" },
      groups
    );
    expect(issues.map((issue) => [issue.code, issue.value])).toEqual([
      ["method_value_invalid", "median"],
      ["method_value_invalid", "1.5"],
      ["method_value_invalid", "nabokommune"],
    ]);
    expect(issues[0]?.message.en).toBe(
      '"median" is not a valid value for Aggregering. Allowed: aritmetisk, geometrisk, harmonisk, generalisert.'
    );
    expect(method.settings.aggregate?.method).toEqual({ method: "arithmetic" });
    expect(method.coverageThreshold).toBe(0.6);
  });
});
