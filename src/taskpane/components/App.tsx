import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { paneTexts } from "../pane-texts";
import { ActionButton } from "./ActionButton";

export interface AppProps {
  readonly language: Language;
  /** False when the page is opened in a plain browser rather than in Excel. */
  readonly insideExcel: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export function App({ language, insideExcel }: AppProps) {
  const styles = useStyles();
  const text = paneTexts[language];
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Title2 as="h1">Veikart</Title2>
        <Text>{text.tagline}</Text>
      </header>
      {!insideExcel && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{text.outsideExcelTitle}</MessageBarTitle>
            {text.outsideExcelBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.actions} aria-label={text.actionsLabel}>
        <ActionButton
          label={text.createTemplate}
          hint={text.createTemplateHint}
          unavailableHint={text.notYetAvailable}
        />
        <ActionButton
          label={text.validate}
          hint={text.validateHint}
          unavailableHint={text.notYetAvailable}
        />
        <ActionButton
          label={text.benchmark}
          hint={text.benchmarkHint}
          unavailableHint={text.notYetAvailable}
        />
      </section>
    </main>
  );
}
