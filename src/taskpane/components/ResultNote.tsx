import { MessageBar, MessageBarBody } from "@fluentui/react-components";
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
