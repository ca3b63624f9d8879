import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { excelHostFor } from "../excel";
import { App } from "./components/App";
import { workbookActionsOf } from "./hooks/workbook-actions";
import { paneContextFrom, paneContextWithoutOffice, type PaneContext } from "./office-context";

const container = document.getElementById("container");
if (container === null) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

function render(context: PaneContext, connecting: boolean): void {
  const host = excelHostFor(context.insideExcel);
  root.render(
    <FluentProvider theme={context.darkTheme ? webDarkTheme : webLightTheme}>
      <App
        language={context.language}
        connecting={connecting}
        {...(host === undefined ? {} : { actions: workbookActionsOf(host) })}
      />
    </FluentProvider>
  );
}

// The pane is drawn at once and drawn again when office.js knows the host, which can take a while.
const officeLoaded = typeof Office !== "undefined";
render(paneContextWithoutOffice(), officeLoaded);
if (officeLoaded) void Office.onReady((info) => render(paneContextFrom(info.host), false));
