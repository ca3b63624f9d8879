import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { TaskState } from "../hooks/useTask";
import type { PaneTexts } from "../pane-texts";

export interface TaskStatusProps<T> {
  readonly state: TaskState<T>;
  readonly text: PaneTexts;
  readonly onCancel: () => void;
}

/** A progress bar with the current step and a Cancel button while running; the error when it failed. */
export function TaskStatus<T>({ state, text, onCancel }: TaskStatusProps<T>) {
  if (state.kind === "running") {
    // Progress counts chunks read; before the first count is known the bar runs without a value.
    const progress = state.progress?.chunks === 0 ? undefined : state.progress;
    const label =
      progress === undefined
        ? text.progressWorking
        : text.progressReading(progress.chunksRead, progress.chunks);
    const value = progress === undefined ? undefined : progress.chunksRead / progress.chunks;
    return (
      <div role="status">
        <Field validationMessage={label} validationState="none">
          <ProgressBar value={value} />
        </Field>
        <Button appearance="secondary" size="small" onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    );
  }
  if (state.kind === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{text.failedTitle}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  if (state.kind === "cancelled")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{text.cancelled}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
