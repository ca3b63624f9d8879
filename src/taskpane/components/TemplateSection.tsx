import { Checkbox } from "@fluentui/react-components";
import type { TemplateCreation } from "../hooks/workbook-actions";
import type { Task } from "../hooks/useTask";
import type { PaneTexts } from "../pane-texts";
import { PaneSection } from "./PaneSection";
import { ResultNote } from "./ResultNote";
import { TaskAction } from "./TaskAction";

export interface TemplateSectionProps {
  readonly text: PaneTexts;
  readonly task: Task<TemplateCreation>;
  readonly withExampleData: boolean;
  readonly onWithExampleDataChange: (value: boolean) => void;
  readonly onCreate: (() => void) | undefined;
}

function outcomeLines(creation: TemplateCreation, text: PaneTexts): string[] {
  return [
    creation.created.length > 0
      ? text.templateCreated(creation.created)
      : text.templateNothingCreated,
    ...(creation.skipped.length > 0 ? [text.templateSkipped(creation.skipped)] : []),
    ...(creation.dropDownsAdded ? [] : [text.dropDownsMissing]),
  ];
}

export function TemplateSection(props: TemplateSectionProps) {
  const { text, task } = props;
  const state = task.state;
  return (
    <PaneSection title={text.templateSection}>
      <Checkbox
        label={text.withExampleData}
        checked={props.withExampleData}
        onChange={(_, data) => props.onWithExampleDataChange(data.checked === true)}
      />
      <TaskAction
        text={text}
        label={text.createTemplate}
        hint={text.createTemplateHint}
        task={task}
        onRun={props.onCreate}
      />
      {state.kind === "done" && (
        <ResultNote
          intent={state.value.skipped.length > 0 ? "warning" : "success"}
          lines={outcomeLines(state.value, text)}
        />
      )}
    </PaneSection>
  );
}
