import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { messageIn, titleOf, type Issue } from "../../core/issues";
import type { Language } from "../../core/language";
import type { GeneratedSheetWrite } from "../hooks/workbook-actions";
import type { PaneTexts } from "../pane-texts";

export interface ResultNoteProps {
  readonly intent: "success" | "warning" | "info" | "error";
  readonly lines: readonly string[];
}

/** A finished action's outcome in plain sentences. */
export function ResultNote({ intent, lines }: ResultNoteProps) {
  if (lines.length === 0) return null;
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The line naming the user's sheets a generated sheet stepped around; none when it kept none. */
export function keptSheetLines(sheet: GeneratedSheetWrite, text: PaneTexts): string[] {
  return sheet.userSheetsKept.length > 0 ? [text.userSheetsKept(sheet.userSheetsKept)] : [];
}

/** Why an action's choices do not fit the workbook: each blocking issue by title and message. */
export function BlockedNote({
  issues,
  text,
  language,
}: {
  issues: readonly Issue[];
  text: PaneTexts;
  language: Language;
}) {
  return (
    <ResultNote
      intent="error"
      lines={[
        text.benchmarkBlocked,
        ...issues.map((issue) => `${titleOf(issue, language)}: ${messageIn(issue, language)}`),
      ]}
    />
  );
}
