import { Field, Input } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import type { WorkbookContent } from "../../core/validate";
import type { AnalysisState } from "../hooks/useAnalysis";
import type { BenchmarkChoices } from "../hooks/usePane";
import type { OpenWorkbookAnalysis } from "../hooks/workbook-actions";
import type { PaneTexts } from "../pane-texts";
import { PaneSection } from "./PaneSection";
import { BlockedNote, keptSheetLines, ResultNote } from "./ResultNote";
import { TaskAction } from "./TaskAction";
import { YearField } from "./YearField";

/** The Metode setting the pairs field overrides. */
const pairsSetting = "decouplingPairs";

export interface AnalysisSectionProps {
  readonly text: PaneTexts;
  readonly language: Language;
  readonly analysis: AnalysisState;
  /** The benchmark's choices: the year, the peer set and the method overrides the analysis runs with. */
  readonly choices: BenchmarkChoices;
  readonly onChoicesChange: (choices: BenchmarkChoices) => void;
  /** What the latest validation read: the years and the Metode sheet's pairs. */
  readonly content: WorkbookContent | undefined;
}

function AnalysisOutcome({
  outcome,
  text,
  language,
}: {
  outcome: OpenWorkbookAnalysis;
  text: PaneTexts;
  language: Language;
}) {
  if (outcome.kind === "written") {
    const { analysis, sheet } = outcome;
    const units = new Set(analysis.decoupling.map((row) => row.unitCode)).size;
    return (
      <ResultNote
        intent="success"
        lines={[
          text.analysisWritten(sheet.sheetName, analysis.year, units),
          ...keptSheetLines(sheet, text),
        ]}
      />
    );
  }
  if (outcome.kind === "invalid")
    return <ResultNote intent="error" lines={[text.benchmarkInvalid]} />;
  return <BlockedNote issues={outcome.issues} text={text} language={language} />;
}

/** The year and the decoupling pairs (a method override), and the action that writes the Analyse sheet. */
export function AnalysisSection(props: AnalysisSectionProps) {
  const { text, language, analysis, choices, onChoicesChange, content } = props;
  const { task } = analysis;
  const fromMethodSheet = content?.settings.decouplingPairs ?? "";
  const pairs = choices.methodOverrides[pairsSetting] ?? fromMethodSheet;
  const setPairs = (typed: string) => {
    const others = Object.fromEntries(
      Object.entries(choices.methodOverrides).filter(([key]) => key !== pairsSetting)
    );
    onChoicesChange({
      ...choices,
      methodOverrides: typed === fromMethodSheet ? others : { ...others, [pairsSetting]: typed },
    });
  };
  return (
    <PaneSection title={text.analysisSection}>
      <YearField
        label={text.analysisYear}
        latestLabel={text.latestYear}
        content={content}
        year={choices.year}
        onChange={(year) => onChoicesChange({ ...choices, year })}
      />
      <Field label={text.analysisPairs} hint={text.analysisPairsHint}>
        <Input value={pairs} onChange={(_, data) => setPairs(data.value)} />
      </Field>
      <TaskAction
        text={text}
        label={text.writeAnalysis}
        hint={text.writeAnalysisHint}
        task={task}
        onRun={analysis.writeAnalysis}
      />
      {task.state.kind === "done" && (
        <AnalysisOutcome outcome={task.state.value} text={text} language={language} />
      )}
    </PaneSection>
  );
}
