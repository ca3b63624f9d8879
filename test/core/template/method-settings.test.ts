import { aggregationMethods } from "../../../src/core/steps/aggregate/methods";
import { imputationMethods } from "../../../src/core/steps/impute/methods";
import type { MethodDeclaration } from "../../../src/core/steps/method-declaration";
import { normalisationMethods } from "../../../src/core/steps/normalise/methods";
import { treatmentMethods } from "../../../src/core/steps/treat/methods";
import {
  defaultMethodValues,
  methodSettingOf,
  methodSettings,
  settingCellValue,
  templateWorkbook,
  type MethodSettingKey,
} from "../../../src/core/template";
import { settingValue } from "../../../src/core/validate/read-method";

const registries: readonly [MethodSettingKey, Readonly<Record<string, MethodDeclaration>>][] = [
  ["normalisation", normalisationMethods],
  ["imputation", imputationMethods],
  ["outlierTreatment", treatmentMethods],
  ["aggregation", aggregationMethods],
];

describe("the Metode settings", () => {
  it.each(registries)(
    "offer every method of the %s registry, with its name and its bokmål and English words",
    (key, registry) => {
      const kind = methodSettingOf(key)?.kind;
      const choices = kind?.type === "choice" ? kind.choices : [];
      expect(choices.map((choice) => choice.value)).toEqual(Object.keys(registry));
      for (const choice of choices) {
        const { words } = registry[choice.value] as MethodDeclaration;
        expect(choice.words).toEqual(expect.arrayContaining([...words.nb, ...words.en]));
        const english = words.en.at(-1);
        if (english !== undefined) expect(choice.words.at(-1)).toBe(english);
      }
    }
  );

  it("have defaults that their own reading accepts, so the template's words read back as them", () => {
    for (const setting of methodSettings) {
      const written = settingCellValue(setting, setting.defaultValue);
      expect([setting.key, settingValue(setting, written, new Set())]).toEqual([
        setting.key,
        setting.defaultValue,
      ]);
    }
  });

  it("are written by the template in the bokmål words a user reads", () => {
    const metode = templateWorkbook(false).find((sheet) => sheet.name === "Metode");
    const written = new Map(metode?.values.slice(1).map((row) => [row[0], row[1]]));
    expect(written.get("Normalisering")).toBe("min-maks");
    expect(written.get("Tempo mot mål")).toBe("lineær");
    expect(written.get("Dekningsgrense")).toBe(0.6);
    expect(defaultMethodValues.normalisation).toBe("minmax");
  });
});
