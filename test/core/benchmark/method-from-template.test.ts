import { benchmarkWorkbook, methodFromTemplate } from "../../../src/core/benchmark";
import {
  defaultMethodValues as defaults,
  methodSettings,
  workbookSheetsOf,
} from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { smallContent } from "./small-workbook";
import { messageIn } from "../../../src/core/issues";

/** The small workbook with some Metode cells holding the words given, by setting name. */
function withMethodWords(words: Readonly<Record<string, string | number>>) {
  return workbookSheetsOf(smallContent).map((sheet) =>
    sheet.name !== "Metode"
      ? sheet
      : {
          ...sheet,
          values: sheet.values.map((row) => {
            const word = words[String(row[0])];
            return row.map((cell, column) => (column === 1 && word !== undefined ? word : cell));
          }),
        }
  );
}
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

  it("maps the words a user writes in Metode, in bokmål or English, as the validator read them", () => {
    const content = validateWorkbook(
      withMethodWords({
        Normalisering: "indeks",
        "Normalisering over år": "samlet",
        Aggregering: "generalised",
        "Potens for generalisert snitt": 3,
        Imputering: "gruppegjennomsnitt",
        Uteliggerbehandling: "winsorisering",
        Basisår: 2020,
      })
    ).content;
    const { method } = methodFromTemplate(content.settings, {}, groups);
    expect(method.settings.normalise).toEqual({
      method: { method: "index", baseYear: 2020 },
      scope: { pooled: true },
    });
    expect(method.settings.aggregate?.method).toEqual({ method: "genmean", p: 3 });
    expect(method.settings.impute).toEqual({ method: "group-mean", group: "peerGroup" });
    expect(method.settings.treat).toEqual({ method: "winsorise" });
  });

  it("runs a method the normalisation registry declares, chosen by its Metode word in either language", () => {
    for (const word of ["kvintil", "Quintile"]) {
      const content = validateWorkbook(withMethodWords({ Normalisering: word })).content;
      expect(content.settings.normalisation).toBe("quintile");
      const run = benchmarkWorkbook(content);
      expect(run.method.settings.normalise?.method).toEqual({ method: "quintile" });
      const scores = run.pipeline?.stages.normalised?.columns.flatMap((column) => [...column]);
      const present = (scores ?? []).filter((score) => !Number.isNaN(score));
      expect(present.length).toBeGreaterThan(0);
      expect(
        new Set(present.map((score) => Number.isInteger(score) && score >= 1 && score <= 5))
      ).toEqual(new Set([true]));
    }
  });

  it("applies overrides by name, key or English alias, with any allowed word", () => {
    const { method, issues } = methodFromTemplate(
      defaults,
      { Normalisering: "z-skår", coverageThreshold: "50 %", "Peer group": "storby", avstand: "x" },
      groups
    );
    expect(method.settings.normalise?.method).toEqual({
      method: "zscore",
      mean: 0,
      standardDeviation: 1,
    });
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
    expect(issues[0] && messageIn(issues[0], "en")).toBe(
      '"median" is not a valid value for Aggregering. Allowed: aritmetisk, geometrisk, harmonisk, generalisert.'
    );
    expect(method.settings.aggregate?.method).toEqual({ method: "arithmetic" });
    expect(method.coverageThreshold).toBe(0.6);
  });

  it("maps the on-track rows to the default thresholds 0.95 and 0.5 on the linear pace", () => {
    const { method, issues } = methodFromTemplate(defaults, {}, groups);
    expect(issues).toEqual([]);
    expect(method.onTrack).toEqual({ onTrackShare: 0.95, moderateShare: 0.5, pace: "linear" });
    const onTrackKeys: readonly string[] = ["onTrackShare", "moderateShare", "pace"];
    const onTrackSettings = methodSettings.filter((setting) => onTrackKeys.includes(setting.key));
    expect(onTrackSettings.map((setting) => setting.name)).toEqual([
      "På sporet: andel av nødvendig tempo",
      "Moderat fremgang: andel av nødvendig tempo",
      "Tempo mot mål",
    ]);
  });

  it("reads on-track thresholds and the compound pace by name, alias or percentage", () => {
    const { method, issues } = methodFromTemplate(
      defaults,
      {
        "På sporet: andel av nødvendig tempo": "90 %",
        "Moderate progress: share of the pace needed": "0.4",
        "Tempo mot mål": "årlig vekstrate",
      },
      groups
    );
    expect(issues).toEqual([]);
    expect(method.onTrack).toEqual({ onTrackShare: 0.9, moderateShare: 0.4, pace: "compound" });
    expect(method.values.pace).toBe("compound");
  });

  it("keeps the default thresholds and warns when moderate progress asks more than on track", () => {
    const { method, issues } = methodFromTemplate(
      defaults,
      { onTrackShare: "0.6", moderateShare: "0.8", pace: "compound" },
      groups
    );
    expect(method.onTrack).toEqual({ onTrackShare: 0.95, moderateShare: 0.5, pace: "linear" });
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["on_track_settings_invalid", "warning"],
    ]);
    expect(issues[0] && messageIn(issues[0], "nb")).toBe(
      "«Moderat fremgang: andel av nødvendig tempo» (0.8) må være fra 0 til «På sporet: andel av nødvendig tempo» (0.6), og den siste må være over 0. Vurderingen mot målene bruker standardverdiene 0,95 og 0,5."
    );
    expect(issues[0] && messageIn(issues[0], "en")).toMatch(
      /^"Moderate progress: share of the pace needed" \(0\.8\) must be from 0 to "On track: share of the pace needed" \(0\.6\)/
    );
  });

  it("warns about an on-track share of 0, which no pace ratio could fall below", () => {
    const { method, issues } = methodFromTemplate(
      defaults,
      { onTrackShare: "0", moderateShare: "0" },
      groups
    );
    expect(method.onTrack.onTrackShare).toBe(0.95);
    expect(issues.map((issue) => issue.code)).toEqual(["on_track_settings_invalid"]);
  });

  it("reports an on-track share outside 0-10 as an invalid value, like any number setting", () => {
    const { issues } = methodFromTemplate(defaults, { onTrackShare: "12" }, groups);
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["method_value_invalid", "error"],
    ]);
  });
});

describe("the on-track rows of a workbook's Metode sheet", () => {
  const withSettings = (settings: Record<string, string | number>) =>
    validateWorkbook(
      workbookSheetsOf({ ...smallContent, settings: { ...smallContent.settings, ...settings } })
    ).content;

  it("are written by the template with their defaults and read back by the validator", () => {
    const content = withSettings({});
    expect(content.settings).toMatchObject({
      onTrackShare: 0.95,
      moderateShare: 0.5,
      pace: "linear",
    });
    expect(benchmarkWorkbook(content).method.onTrack).toEqual({
      onTrackShare: 0.95,
      moderateShare: 0.5,
      pace: "linear",
    });
  });

  it("that do not fit together still let the run score, with the warning among the run's notes", () => {
    const run = benchmarkWorkbook(withSettings({ onTrackShare: 0.3, moderateShare: 0.6 }));
    expect(run.blockingIssues).toEqual([]);
    expect(run.year).toBe(2022);
    expect(run.engineIssues.map((issue) => issue.code)).toContain("on_track_settings_invalid");
  });
});
