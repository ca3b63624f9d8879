import { Field, Input, Select } from "@fluentui/react-components";
import { rankOf } from "../../core/profile";
import type { Language } from "../../core/language";
import type { WorkbookContent } from "../../core/validate";
import type { ProfileState } from "../hooks/useProfile";
import type { OpenWorkbookProfile } from "../hooks/workbook-actions";
import type { PaneTexts } from "../pane-texts";
import { PaneSection } from "./PaneSection";
import { BlockedNote, keptSheetLines, ResultNote } from "./ResultNote";
import { TaskAction } from "./TaskAction";

export interface ProfileSectionProps {
  readonly text: PaneTexts;
  readonly language: Language;
  readonly profile: ProfileState;
  /** What the latest validation read: the units to choose among. */
  readonly content: WorkbookContent | undefined;
}

function ProfileOutcome({
  outcome,
  text,
  language,
}: {
  outcome: OpenWorkbookProfile;
  text: PaneTexts;
  language: Language;
}) {
  if (outcome.kind === "written") {
    const { profile, sheet } = outcome;
    return (
      <ResultNote
        intent="success"
        lines={[
          text.profileWritten(
            sheet.sheetName,
            `${profile.unitName} (${profile.unitCode}), ${profile.year}`,
            profile.rank === null ? "–" : rankOf(profile.rank, profile.rankedUnits, language)
          ),
          ...keptSheetLines(sheet, text),
        ]}
      />
    );
  }
  if (outcome.kind === "invalid")
    return <ResultNote intent="error" lines={[text.benchmarkInvalid]} />;
  const issues = outcome.kind === "no unit" ? [outcome.reason] : outcome.issues;
  return <BlockedNote issues={issues} text={text} language={language} />;
}

/** Choose a unit (from Enheter once validated, else by its code) and write its Profil sheet. */
export function ProfileSection({ text, language, profile, content }: ProfileSectionProps) {
  const { task, unitCode, setUnitCode } = profile;
  const units = content?.units ?? [];
  return (
    <PaneSection title={text.profileSection}>
      <Field label={text.profileUnit} hint={text.profileUnitHint}>
        {units.length > 0 ? (
          <Select value={unitCode} onChange={(_, data) => setUnitCode(data.value)}>
            <option value="" />
            {units.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {`${unit.name} (${unit.code})`}
              </option>
            ))}
          </Select>
        ) : (
          <Input value={unitCode} onChange={(_, data) => setUnitCode(data.value)} />
        )}
      </Field>
      <TaskAction
        text={text}
        label={text.writeProfile}
        hint={text.writeProfileHint}
        task={task}
        onRun={unitCode.trim() === "" ? undefined : profile.writeProfile}
      />
      {task.state.kind === "done" && (
        <ProfileOutcome outcome={task.state.value} text={text} language={language} />
      )}
    </PaneSection>
  );
}
