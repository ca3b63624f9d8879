import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import { App } from "../../../src/taskpane/components/App";
import { workbookActionsOf } from "../../../src/taskpane/hooks/workbook-actions";
import { hostOf } from "../../excel/host";
import { fakeExcel, type FakeExcel } from "../../support/fake-excel";

/**
 * The pane on a fake workbook, with the real actions of src/excel behind it. `null` renders the
 * pane outside Excel, with no workbook to reach.
 */
export function renderPane(language: Language, fake: FakeExcel | null = fakeExcel()) {
  const actions = fake === null ? undefined : workbookActionsOf(hostOf(fake));
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} {...(actions === undefined ? {} : { actions })} />
    </FluentProvider>
  );
  return { ...rendered, fake };
}
