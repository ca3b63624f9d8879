import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { TaskState } from "../hooks/useTask";
import type { TaskProgress } from "../hooks/workbook-actions";
import { adviceFor, type Failure } from "../office-errors";
import type { PaneTexts } from "../pane-texts";

export interface TaskStatusProps<T> {
  readonly state: TaskState<T>;
  readonly text: PaneTexts;
  readonly onCancel: () => void;
}

/**
 * The step and how far it has come: chunks read, or runs of the robustness analysis done. Before the
 * first count is known the bar runs without a value.
 */
function progressShown(
  progress: TaskProgress | undefined,
  text: PaneTexts
): { label: string; value: number | undefined } {
  if (progress === undefined) return { label: text.progressWorking, value: undefined };
  if ("runs" in progress)
    return progress.runs === 0
      ? { label: text.progressWorking, value: undefined }
      : {
          label: text.progressAnalysing(progress.runsDone, progress.runs),
          value: progress.runsDone / progress.runs,
        };
  return progress.chunks === 0
    ? { label: text.progressWorking, value: undefined }
    : {
        label: text.progressReading(progress.chunksRead, progress.chunks),
        value: progress.chunksRead / progress.chunks,
      };
}

/** A progress bar with the current step and a Cancel button while running; the failure when it failed. */
export function TaskStatus<T>({ state, text, onCancel }: TaskStatusProps<T>) {
  if (state.kind === "running") {
    const { label, value } = progressShown(state.progress, text);
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
  if (state.kind === "failed") return <FailureNote failure={state.failure} text={text} />;
  if (state.kind === "cancelled")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{text.cancelled}</MessageBarBody>
      </MessageBar>
    );
  return null;
}

/**
 * A failure: what to do about it in the pane's language when Office gave a code the pane knows, with
 * Office's own text behind a disclosure for support; otherwise the text as it came.
 */
function FailureNote({ failure, text }: { readonly failure: Failure; readonly text: PaneTexts }) {
  const advice = adviceFor(failure);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.failedTitle}</MessageBarTitle>
        {advice === undefined ? (
          failure.message
        ) : (
          <>
            {text.failureAdvice[advice]}
            <Accordion collapsible>
              <AccordionItem value="details">
                <AccordionHeader size="small">{text.failureDetails}</AccordionHeader>
                <AccordionPanel>
                  <Caption1>
                    {failure.code}: {failure.message}
                  </Caption1>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
