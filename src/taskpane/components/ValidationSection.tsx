import {
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Issue, Severity } from "../../core/issues";
import type { Language } from "../../core/language";
import type { Task } from "../hooks/useTask";
import type { ValidationOutcome } from "../hooks/workbook-actions";
import type { PaneTexts } from "../pane-texts";
import { IssueList } from "./IssueList";
import { PaneSection } from "./PaneSection";
import { keptSheetLines, ResultNote } from "./ResultNote";
import { TaskAction } from "./TaskAction";

export interface ValidationSectionProps {
  readonly text: PaneTexts;
  readonly language: Language;
  readonly task: Task<ValidationOutcome>;
  readonly writeSheet: boolean;
  readonly onWriteSheetChange: (value: boolean) => void;
  readonly onValidate: (() => void) | undefined;
  readonly onSelectCell: ((reference: string) => void) | undefined;
}

const severities: readonly Severity[] = ["error", "warning", "info"];

/** Error when there are errors, warning when only warnings, success when neither (info alone is clean). */
export function summaryIntent(counts: Readonly<Record<Severity, number>>): MessageBarIntent {
  if (counts.error > 0) return "error";
  return counts.warning > 0 ? "warning" : "success";
}

/** The summary, the severity filter and the issues of a validation. */
export function ValidationResult(props: {
  readonly text: PaneTexts;
  readonly language: Language;
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly canScore: boolean;
  readonly onSelectCell: ((reference: string) => void) | undefined;
}) {
  const { text } = props;
  const [shown, setShown] = useState<Severity | "all">("all");
  const all = props.issues;
  const issues = useMemo(
    () => (shown === "all" ? all : all.filter((issue) => issue.severity === shown)),
    [all, shown]
  );
  return (
    <>
      <MessageBar intent={summaryIntent(props.counts)} layout="multiline">
        <MessageBarBody role="status">
          {text.validationSummary(props.counts)}.{" "}
          {props.canScore ? text.canScore : text.cannotScore}
        </MessageBarBody>
      </MessageBar>
      <Field label={text.severityFilter}>
        <Select value={shown} onChange={(_, data) => setShown(data.value as Severity | "all")}>
          <option value="all">{text.allSeverities}</option>
          {severities.map((severity) => (
            <option key={severity} value={severity}>
              {text.severityNames[severity]} ({props.counts[severity]})
            </option>
          ))}
        </Select>
      </Field>
      <IssueList
        issues={issues}
        language={props.language}
        text={text}
        onSelectCell={props.onSelectCell}
      />
    </>
  );
}

export function ValidationSection(props: ValidationSectionProps) {
  const { text, task } = props;
  const state = task.state;
  return (
    <PaneSection title={text.validationSection}>
      <Checkbox
        label={text.writeValidationSheet}
        checked={props.writeSheet}
        onChange={(_, data) => props.onWriteSheetChange(data.checked === true)}
      />
      <TaskAction
        text={text}
        label={text.validate}
        hint={text.validateHint}
        task={task}
        onRun={props.onValidate}
      />
      {state.kind === "done" && (
        <>
          {state.value.sheet !== undefined && (
            <ResultNote
              intent="success"
              lines={[
                text.sheetWritten(state.value.sheet.sheetName),
                ...keptSheetLines(state.value.sheet, text),
              ]}
            />
          )}
          <ValidationResult
            text={text}
            language={props.language}
            issues={state.value.issues}
            counts={state.value.summary.bySeverity}
            canScore={state.value.summary.canScore}
            onSelectCell={props.onSelectCell}
          />
        </>
      )}
    </PaneSection>
  );
}
