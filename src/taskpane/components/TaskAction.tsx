import type { Task } from "../hooks/useTask";
import type { PaneTexts } from "../pane-texts";
import { ActionButton } from "./ActionButton";
import { TaskStatus } from "./TaskStatus";

export interface TaskActionProps<T> {
  readonly text: PaneTexts;
  readonly label: string;
  readonly hint: string;
  readonly task: Task<T>;
  /** Absent outside Excel. */
  readonly onRun: (() => void) | undefined;
}

/** An action's button, disabled while it runs or outside Excel (the tooltip says which), and its status. */
export function TaskAction<T>({ text, label, hint, task, onRun }: TaskActionProps<T>) {
  const running = task.state.kind === "running";
  return (
    <>
      <ActionButton
        label={label}
        hint={hint}
        unavailableHint={onRun === undefined ? text.needsExcel : text.busy}
        onClick={running ? undefined : onRun}
      />
      <TaskStatus state={task.state} text={text} onCancel={task.cancel} />
    </>
  );
}
