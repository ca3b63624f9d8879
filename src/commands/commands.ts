import { requestFromRibbon, ribbonRequests, type RibbonRequest } from "./ribbon-requests";

/**
 * Ribbon commands of the shared runtime: the ExecuteFunction handlers that manifest.xml names in
 * its `<FunctionName>` elements. Each handler tells Office it is done with `event.completed()`,
 * whether its work succeeded or not; otherwise Office keeps the button busy.
 */

/** Handles one click. Resolves after `event.completed()` has been called; never rejects. */
export type RibbonCommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/**
 * Leaves the request for the pane, which runs it with its current settings and shows its result or
 * its failure, then opens the pane on it and completes the event.
 */
async function runInPane(event: Office.AddinCommands.Event, request: RibbonRequest): Promise<void> {
  try {
    requestFromRibbon(request);
    await Office.addin.showAsTaskpane();
  } catch (error: unknown) {
    // Opening the pane is what can fail here. The request is with the pane by then, which runs it
    // and shows its outcome when the user opens it; this failure itself has no pane to show in.
    console.error(`Veikart: the ribbon command "${request}" could not open the task pane.`, error);
  } finally {
    event.completed();
  }
}

/** The handler of each command: the same action as the pane's button, with the pane's settings. */
export const ribbonCommands: Readonly<Record<RibbonRequest, RibbonCommandHandler>> = {
  validate: (event) => runInPane(event, "validate"),
  benchmark: (event) => runInPane(event, "benchmark"),
};

/** Associates every ribbon command with its handler in the shared runtime. */
export function registerRibbonCommands(): void {
  for (const name of ribbonRequests) {
    Office.actions.associate(name, ribbonCommands[name]);
  }
}

// office.js defines Office.actions as soon as it loads, so the commands are associated when this
// module loads, as in Microsoft's templates. Without office.js (tests, a plain browser) the module
// still loads and registers nothing.
if (typeof Office !== "undefined" && typeof Office.actions !== "undefined") {
  registerRibbonCommands();
}
