import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { excelHostFor } from "../excel";
import { App } from "./components/App";
import { workbookActionsOf } from "./hooks/workbook-actions";
import { paneContextFrom, paneContextWithoutOffice, type PaneContext } from "./office-context";

function render(context: PaneContext): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element");
  const host = excelHostFor(context.insideExcel);
  createRoot(container).render(
    <FluentProvider theme={context.darkTheme ? webDarkTheme : webLightTheme}>
      <App
        language={context.language}
        {...(host === undefined ? {} : { actions: workbookActionsOf(host) })}
      />
    </FluentProvider>
  );
}

if (typeof Office === "undefined") {
  render(paneContextWithoutOffice());
} else {
  void Office.onReady((info) => render(paneContextFrom(info.host)));
}
