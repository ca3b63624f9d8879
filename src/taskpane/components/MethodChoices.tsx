import { Field, Select } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import {
  methodSettings,
  settingLabel,
  type MethodValues,
  type SettingChoice,
} from "../../core/template";
import type { PaneTexts } from "../pane-texts";

/** The method settings the pane offers to override: those with a fixed list of choices. */
const offeredSettings = methodSettings.filter((setting) => setting.kind.type === "choice");

/** A choice in the pane's language: the bokmål word, or the English one (the last word given). */
function choiceLabel(choice: SettingChoice, language: Language): string {
  const words = choice.words;
  return language === "nb" ? (words[1] ?? choice.value) : (words[words.length - 1] ?? choice.value);
}

export interface MethodChoicesProps {
  readonly text: PaneTexts;
  readonly language: Language;
  /** The Metode sheet's values by setting key, as the latest validation read them. */
  readonly sheetValues: MethodValues | undefined;
  readonly overrides: Readonly<Record<string, string>>;
  readonly onChange: (overrides: Readonly<Record<string, string>>) => void;
}

export function MethodChoices({
  text,
  language,
  sheetValues,
  overrides,
  onChange,
}: MethodChoicesProps) {
  return (
    <>
      {offeredSettings.map((setting) => {
        const kind = setting.kind;
        if (kind.type !== "choice") return null;
        const current = sheetValues?.[setting.key] ?? setting.defaultValue;
        const currentChoice = kind.choices.find(
          (choice) => choice.value === current || choice.words.includes(String(current))
        );
        const currentLabel =
          currentChoice === undefined ? String(current) : choiceLabel(currentChoice, language);
        return (
          <Field key={setting.key} label={settingLabel(setting, language)}>
            <Select
              value={overrides[setting.key] ?? ""}
              onChange={(_, data) => {
                const rest = Object.fromEntries(
                  Object.entries(overrides).filter(([key]) => key !== setting.key)
                );
                onChange(data.value === "" ? rest : { ...rest, [setting.key]: data.value });
              }}
            >
              <option value="">{text.fromMethodSheet(currentLabel)}</option>
              {kind.choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choiceLabel(choice, language)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </>
  );
}
