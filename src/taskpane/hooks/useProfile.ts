// The unit profile's state: the unit chosen and the task that writes its Profil sheet, on the run the
// benchmark's choices (year, peers, method) make.
import { useCallback, useState } from "react";
import type { Language } from "../../core/language";
import { benchmarkRequestOf, type BenchmarkChoices } from "./usePane";
import { useTask, type Task } from "./useTask";
import type { OpenWorkbookProfile, WorkbookActions } from "./workbook-actions";

export interface ProfileState {
  readonly task: Task<OpenWorkbookProfile>;
  readonly unitCode: string;
  readonly setUnitCode: (unitCode: string) => void;
  /** Undefined outside Excel. */
  readonly writeProfile: (() => void) | undefined;
}

export function useProfile(
  actions: WorkbookActions | undefined,
  language: Language,
  choices: BenchmarkChoices
): ProfileState {
  const task = useTask<OpenWorkbookProfile>();
  const [unitCode, setUnitCode] = useState("");
  const { start } = task;
  const write = useCallback(() => {
    const code = unitCode.trim();
    if (actions === undefined || code === "") return;
    void start((control) =>
      actions.profile({ ...benchmarkRequestOf(choices, language), unitCode: code }, control)
    );
  }, [actions, choices, language, start, unitCode]);
  return { task, unitCode, setUnitCode, writeProfile: actions === undefined ? undefined : write };
}
