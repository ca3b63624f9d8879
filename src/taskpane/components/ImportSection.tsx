import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DataConflict } from "../../core/import";
import { ssbApiBaseUrl } from "../../core/import/pxweb-client";
import {
  SsbUnreachableError,
  type ImportResult,
  type PreparedImport,
  type SsbImportChoices,
} from "../hooks/ssb-import-actions";
import { useTask } from "../hooks/useTask";
import {
  maxSelectedCells,
  SelectionTooLargeError,
  UnknownIndicatorError,
  type TableImportChoices,
} from "../hooks/table-import-actions";
import type { TaskControl } from "../hooks/workbook-actions";
import type { Language } from "../../core/language";
import type { PaneTexts } from "../pane-texts";
import { ActionButton } from "./ActionButton";
import { PaneSection } from "./PaneSection";
import { ResultNote } from "./ResultNote";
import { TaskStatus } from "./TaskStatus";

export interface ImportActions {
  prepareSsbImport(choices: SsbImportChoices, control: TaskControl): Promise<PreparedImport>;
  prepareTableImport(choices: TableImportChoices, control: TaskControl): Promise<PreparedImport>;
  writePreparedImport(
    prepared: PreparedImport,
    replaced: ReadonlySet<DataConflict>
  ): Promise<ImportResult>;
}

export interface ImportSectionProps {
  readonly text: PaneTexts;
  readonly language: Language;
  /** The indicators of Indikatorer, offered for the table import once the workbook has been read. */
  readonly indicatorIds: readonly string[];
  /** Absent outside Excel. */
  readonly actions: ImportActions | undefined;
}

/** "2015-2024" or "2019, 2021" as years; empty when the text is not years. */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(/[,;\s]+/).filter((piece) => piece !== "")) {
    const range = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (range === null) return [];
    for (let year = Number(range[1]); year <= Number(range[2] ?? range[1]); year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

async function filesOf(list: FileList | null): Promise<{ name: string; text: string }[]> {
  return Promise.all(
    [...(list ?? [])].map(async (file) => ({ name: file.name, text: await file.text() }))
  );
}

const indicatorListId = "veikart-import-indicators";

export function ImportSection({ text, language, indicatorIds, actions }: ImportSectionProps) {
  const prepare = useTask<PreparedImport>();
  const write = useTask<ImportResult>();
  const [indicators, setIndicators] = useState("");
  const [years, setYears] = useState(`2015-${new Date().getFullYear() - 1}`);
  const [units, setUnits] = useState<"workbook" | "all">("workbook");
  const [apiUrl, setApiUrl] = useState(ssbApiBaseUrl);
  const [saved, setSaved] = useState<{ name: string; text: string }[] | undefined>(undefined);
  const [replaced, setReplaced] = useState<ReadonlySet<DataConflict>>(new Set());
  const [tableIndicator, setTableIndicator] = useState("");
  const [preparedFrom, setPreparedFrom] = useState<"ssb" | "table">("ssb");

  const run =
    actions === undefined || yearsIn(years).length === 0
      ? undefined
      : () => {
          setReplaced(new Set());
          setPreparedFrom("ssb");
          void prepare.start((control) =>
            actions.prepareSsbImport(
              {
                indicators: indicators.split(/[,;\s]+/).filter((id) => id !== ""),
                years: yearsIn(years),
                units,
                apiUrl,
                ...(saved === undefined ? {} : { savedResponses: saved }),
              },
              control
            )
          );
        };
  const importSelection =
    actions === undefined || tableIndicator.trim() === ""
      ? undefined
      : () => {
          setReplaced(new Set());
          setPreparedFrom("table");
          void prepare.start((control) =>
            actions.prepareTableImport({ indicator: tableIndicator, language }, control)
          );
        };
  const prepared = prepare.state.kind === "done" ? prepare.state.value : undefined;
  const failureCode = prepare.state.kind === "failed" ? prepare.state.failure.code : undefined;
  const running = prepare.state.kind === "running" ? prepare.state.progress : undefined;
  // The import reads; it runs no analysis.
  const progress = running !== undefined && "chunks" in running ? running : undefined;
  const unreachable = failureCode === SsbUnreachableError.code;
  const toggle = (conflict: DataConflict, on: boolean) => {
    const next = new Set(replaced);
    if (on) next.add(conflict);
    else next.delete(conflict);
    setReplaced(next);
  };

  return (
    <PaneSection title={text.importSection}>
      <Field label={text.importIndicators} hint={text.importIndicatorsHint}>
        <Input value={indicators} onChange={(_, data) => setIndicators(data.value)} />
      </Field>
      <Field label={text.importYears}>
        <Input value={years} onChange={(_, data) => setYears(data.value)} />
      </Field>
      <Field label={text.importUnits}>
        <RadioGroup
          value={units}
          onChange={(_, data) => setUnits(data.value === "all" ? "all" : "workbook")}
        >
          <Radio value="workbook" label={text.importUnitsWorkbook} />
          <Radio value="all" label={text.importUnitsAll} />
        </RadioGroup>
      </Field>
      <Field label={text.importApiAddress}>
        <Input value={apiUrl} onChange={(_, data) => setApiUrl(data.value)} />
      </Field>
      <Field label={text.importSavedResponses}>
        <input
          type="file"
          aria-label={text.importChooseFiles}
          accept=".json,application/json"
          multiple
          onChange={(event) =>
            void filesOf(event.target.files).then((files) =>
              setSaved(files.length === 0 ? undefined : files)
            )
          }
        />
      </Field>
      <ActionButton
        label={text.importFromSsb}
        hint={text.importFromSsbHint}
        unavailableHint={actions === undefined ? text.needsExcel : text.busy}
        onClick={prepare.state.kind === "running" ? undefined : run}
      />
      <Text weight="semibold">{text.importFromTable}</Text>
      <Text size={200}>{text.importFromTableHint}</Text>
      <Field label={text.importTableIndicator} hint={text.importTableIndicatorHint}>
        <Input
          value={tableIndicator}
          list={indicatorListId}
          onChange={(_, data) => setTableIndicator(data.value)}
        />
      </Field>
      <datalist id={indicatorListId}>
        {indicatorIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <ActionButton
        label={text.importSelection}
        hint={text.importSelectionHint}
        unavailableHint={actions === undefined ? text.needsExcel : text.busy}
        onClick={prepare.state.kind === "running" ? undefined : importSelection}
      />
      {progress !== undefined && progress.chunks > 0 && (
        <Text>{text.importRequests(progress.chunksRead, progress.chunks)}</Text>
      )}
      <TaskStatus state={prepare.state} text={text} onCancel={prepare.cancel} />
      {unreachable && <ResultNote intent="warning" lines={[text.importUnreachable]} />}
      {failureCode === SelectionTooLargeError.code && (
        <ResultNote intent="warning" lines={[text.importSelectionTooLarge(maxSelectedCells)]} />
      )}
      {failureCode === UnknownIndicatorError.code && (
        <ResultNote intent="warning" lines={[text.importUnknownIndicator]} />
      )}
      {prepared !== undefined && (
        <>
          {prepared.failures.length > 0 && (
            <ResultNote
              intent="warning"
              lines={
                preparedFrom === "table"
                  ? [text.importNotRead(prepared.failures.length), ...prepared.failures]
                  : [...prepared.failures]
              }
            />
          )}
          {prepared.plan.conflicts.length > 0 && (
            <>
              <Text>{text.importConflicts(prepared.plan.conflicts.length)}</Text>
              {prepared.plan.conflicts.map((conflict) => (
                <Checkbox
                  key={conflict.address}
                  checked={replaced.has(conflict)}
                  onChange={(_, data) => toggle(conflict, data.checked === true)}
                  label={text.importConflict({
                    ...conflict,
                    incoming: String(conflict.incoming.value),
                    source: conflict.incoming.source,
                  })}
                />
              ))}
              <Button onClick={() => setReplaced(new Set(prepared.plan.conflicts))}>
                {text.importReplaceAll}
              </Button>
            </>
          )}
          <Button
            appearance="primary"
            disabled={actions === undefined || write.state.kind === "running"}
            onClick={() =>
              actions !== undefined &&
              void write.start(() => actions.writePreparedImport(prepared, replaced))
            }
          >
            {text.importWrite}
          </Button>
          <TaskStatus state={write.state} text={text} onCancel={write.cancel} />
          {write.state.kind === "done" && (
            <ResultNote intent="success" lines={[text.importResult(write.state.value)]} />
          )}
        </>
      )}
    </PaneSection>
  );
}
