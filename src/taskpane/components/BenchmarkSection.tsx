import {
  benchmarkSheetName,
  variedInputsDescription,
  wideIntervalsSentence,
} from "../../core/benchmark";
import { peerGroupsOf } from "../../core/model/units";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Language } from "../../core/language";
import type { VariedInput } from "../../core/sensitivity";
import { defaultMethodValues, type MethodValues } from "../../core/template";
import { readVariedInputs, type WorkbookContent } from "../../core/validate";
import type { BenchmarkChoices, PeerChoice } from "../hooks/usePane";
import type { Task } from "../hooks/useTask";
import type { OpenWorkbookBenchmark } from "../hooks/workbook-actions";
import type { PaneTexts } from "../pane-texts";
import { MethodChoices } from "./MethodChoices";
import { YearField } from "./YearField";
import { PaneSection } from "./PaneSection";
import { BlockedNote, keptSheetLines, ResultNote } from "./ResultNote";
import { TaskAction } from "./TaskAction";
import { ValidationResult } from "./ValidationSection";

export interface BenchmarkSectionProps {
  readonly text: PaneTexts;
  readonly language: Language;
  readonly task: Task<OpenWorkbookBenchmark>;
  readonly choices: BenchmarkChoices;
  readonly onChoicesChange: (choices: BenchmarkChoices) => void;
  readonly content: WorkbookContent | undefined;
  readonly onBenchmark: (() => void) | undefined;
  readonly onSelectCell: ((reference: string) => void) | undefined;
}

function groupsOf(content: WorkbookContent | undefined): string[] {
  if (content === undefined) return [];
  return [...peerGroupsOf(content.units)];
}

/**
 * What the robustness analysis will vary, from the Metode sheet as last validated (its defaults before
 * that) with the pane's choice of switching it on or off.
 */
function robustnessLine(
  text: PaneTexts,
  language: Language,
  values: MethodValues,
  inputs: readonly VariedInput[],
  overrides: Readonly<Record<string, string>>
): string {
  const switched = overrides["sensitivityAnalysis"] ?? values.sensitivityAnalysis;
  if (switched !== "on") return text.robustnessOff;
  return text.robustnessVaries(
    variedInputsDescription(inputs, language),
    values.sensitivityReplications
  );
}

function BenchmarkOutcome({
  outcome,
  props,
}: {
  outcome: OpenWorkbookBenchmark;
  props: BenchmarkSectionProps;
}) {
  const { text, language } = props;
  if (outcome.kind === "written")
    return (
      <ResultNote
        intent="success"
        lines={[
          text.benchmarkWritten(
            outcome.sheets[0]?.sheetName ?? benchmarkSheetName,
            outcome.run.year,
            outcome.run.units.length
          ),
          ...(outcome.robustness === undefined
            ? []
            : [`${wideIntervalsSentence(outcome.robustness.result, language)}.`]),
          ...outcome.sheets.flatMap((sheet) => keptSheetLines(sheet, text)),
          ...(outcome.methodSaved ? [text.methodSaved] : []),
        ]}
      />
    );
  if (outcome.kind === "blocked")
    return <BlockedNote issues={outcome.issues} text={text} language={language} />;
  return (
    <>
      <ResultNote intent="error" lines={[text.benchmarkInvalid]} />
      <ValidationResult
        text={text}
        language={language}
        issues={outcome.issues}
        counts={outcome.validation.summary.bySeverity}
        canScore={false}
        onSelectCell={props.onSelectCell}
      />
    </>
  );
}

export function BenchmarkSection(props: BenchmarkSectionProps) {
  const { text, language, task, choices, onChoicesChange, content } = props;
  const state = task.state;
  // Content changes once per validation; the pane re-renders on every keystroke in the choices.
  const groups = useMemo(() => groupsOf(content), [content]);
  const methodValues = content?.settings ?? defaultMethodValues;
  const variedInputs = useMemo(
    () => readVariedInputs(methodValues.sensitivityInputs).inputs,
    [methodValues.sensitivityInputs]
  );
  const setPeers = (peers: PeerChoice) => onChoicesChange({ ...choices, peers });
  return (
    <PaneSection title={text.benchmarkSection}>
      {content === undefined && <Caption1>{text.validateFirstForChoices}</Caption1>}
      <YearField
        label={text.year}
        latestLabel={text.latestYear}
        content={content}
        year={choices.year}
        onChange={(year) => onChoicesChange({ ...choices, year })}
      />
      <Field label={text.peerSet}>
        <RadioGroup
          value={choices.peers.kind}
          onChange={(_, data) => {
            if (data.value === "all") setPeers({ kind: "all" });
            else if (data.value === "group") setPeers({ kind: "group", group: groups[0] ?? "" });
            else setPeers({ kind: "units", codes: "" });
          }}
        >
          <Radio value="all" label={text.allUnits} />
          <Radio value="group" label={text.peerGroup} disabled={groups.length === 0} />
          <Radio value="units" label={text.chosenUnits} />
        </RadioGroup>
      </Field>
      {choices.peers.kind === "group" && (
        <Field label={text.peerGroup}>
          <Select
            value={choices.peers.group}
            onChange={(_, data) => setPeers({ kind: "group", group: data.value })}
          >
            {groups.map((group) => (
              <option key={group}>{group}</option>
            ))}
          </Select>
        </Field>
      )}
      {choices.peers.kind === "units" && (
        <Field label={text.chosenUnits} hint={text.chosenUnitsHint}>
          <Input
            value={choices.peers.codes}
            onChange={(_, data) => setPeers({ kind: "units", codes: data.value })}
          />
        </Field>
      )}
      <Field label={text.highlightUnits} hint={text.highlightUnitsHint}>
        <Input
          value={choices.highlight}
          onChange={(_, data) => onChoicesChange({ ...choices, highlight: data.value })}
        />
      </Field>
      <Checkbox
        label={text.withMeasures}
        checked={choices.withMeasures}
        onChange={(_, data) => onChoicesChange({ ...choices, withMeasures: data.checked === true })}
      />
      <Accordion collapsible>
        <AccordionItem value="method">
          <AccordionHeader>{text.methodSection}</AccordionHeader>
          <AccordionPanel>
            <MethodChoices
              text={text}
              language={language}
              sheetValues={content?.settings}
              overrides={choices.methodOverrides}
              onChange={(methodOverrides) => onChoicesChange({ ...choices, methodOverrides })}
            />
            <Caption1>
              {robustnessLine(text, language, methodValues, variedInputs, choices.methodOverrides)}
            </Caption1>
            <Checkbox
              label={text.saveMethod}
              checked={choices.saveMethod}
              onChange={(_, data) =>
                onChoicesChange({ ...choices, saveMethod: data.checked === true })
              }
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <TaskAction
        text={text}
        label={text.benchmark}
        hint={text.benchmarkHint}
        task={task}
        onRun={props.onBenchmark}
      />
      {state.kind === "done" && <BenchmarkOutcome outcome={state.value} props={props} />}
    </PaneSection>
  );
}
