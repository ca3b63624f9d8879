import { MessageBar, MessageBarBody } from "@fluentui/react-components";

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
