import {
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { useAnalysis } from "../hooks/useAnalysis";
import { usePane } from "../hooks/usePane";
import { useProfile } from "../hooks/useProfile";
import type { WorkbookActions } from "../hooks/workbook-actions";
import { paneTexts } from "../pane-texts";
import { AnalysisSection } from "./AnalysisSection";
import { BenchmarkSection } from "./BenchmarkSection";
import { ErrorBoundary } from "./ErrorBoundary";
import { ImportSection } from "./ImportSection";
import { ProfileSection } from "./ProfileSection";
import { TemplateSection } from "./TemplateSection";
import { ValidationSection } from "./ValidationSection";

export interface AppProps {
  readonly language: Language;
  /** What the pane can do to the open workbook; absent outside Excel. */
  readonly actions?: WorkbookActions;
  /** True while office.js has not yet said where the pane runs: no outside-Excel notice yet. */
  readonly connecting?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

function Sections({ language, actions }: AppProps) {
  const text = paneTexts[language];
  const pane = usePane(actions, language);
  const profile = useProfile(actions, language, pane.choices);
  const analysis = useAnalysis(actions, language, pane.choices);
  return (
    <>
      <TemplateSection
        text={text}
        task={pane.template}
        withExampleData={pane.withExampleData}
        onWithExampleDataChange={pane.setWithExampleData}
        onCreate={pane.createTemplate}
      />
      <Divider />
      <ImportSection
        text={text}
        language={language}
        indicatorIds={pane.content?.framework.indicators.map((indicator) => indicator.id) ?? []}
        actions={actions}
      />
      <Divider />
      <div ref={pane.resultSections.validate}>
        <ValidationSection
          text={text}
          language={language}
          task={pane.validation}
          writeSheet={pane.writeValidationSheet}
          onWriteSheetChange={pane.setWriteValidationSheet}
          onValidate={pane.validate}
          onSelectCell={pane.selectCell}
        />
      </div>
      <Divider />
      <div ref={pane.resultSections.benchmark}>
        <BenchmarkSection
          text={text}
          language={language}
          task={pane.benchmark}
          choices={pane.choices}
          onChoicesChange={pane.setChoices}
          content={pane.content}
          onBenchmark={pane.runBenchmark}
          onSelectCell={pane.selectCell}
        />
      </div>
      <Divider />
      <AnalysisSection
        text={text}
        language={language}
        analysis={analysis}
        choices={pane.choices}
        onChoicesChange={pane.setChoices}
        content={pane.content}
      />
      <Divider />
      <ProfileSection text={text} language={language} profile={profile} content={pane.content} />
    </>
  );
}

export function App({ language, actions, connecting = false }: AppProps) {
  const styles = useStyles();
  const text = paneTexts[language];
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Title2 as="h1">Veikart</Title2>
        <Text>{text.tagline}</Text>
      </header>
      {actions === undefined && !connecting && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{text.outsideExcelTitle}</MessageBarTitle>
            {text.outsideExcelBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBoundary title={text.crashedTitle} body={text.crashedBody}>
        <Sections language={language} actions={actions} />
      </ErrorBoundary>
    </main>
  );
}
