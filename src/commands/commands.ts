import { requestFromRibbon, type RibbonRequest } from "./ribbon-requests";

/**
 * Ribbon commands of the shared runtime: the ExecuteFunction handlers that manifest.xml names in
 * its `<FunctionName>` elements. Each handler tells Office it is done with `event.completed()`,
 * whether its work succeeded or not; otherwise Office keeps the button busy.
 */

/** The FunctionName of every ExecuteFunction button in manifest.xml. */
export const ribbonCommandNames = ["validate", "benchmark"] as const;

export type RibbonCommandName = (typeof ribbonCommandNames)[number];

/** Handles one click. Resolves after `event.completed()` has been called; never rejects. */
export type RibbonCommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/** Leaves the request for the pane, which runs it with its current settings, and shows the pane. */
async function runInPane(request: RibbonRequest): Promise<void> {
  requestFromRibbon(request);
  await Office.addin.showAsTaskpane();
}

/** Runs `action`, reports a failure on the console, and always completes the event. */
async function completeAfter(
  event: Office.AddinCommands.Event,
  name: RibbonCommandName,
  action: () => Promise<void>
): Promise<void> {
  try {
    await action();
  } catch (error: unknown) {
    // A ribbon command has no surface of its own to show an error on.
    console.error(`Veikart: the ribbon command "${name}" failed.`, error);
  } finally {
    event.completed();
  }
}

/**
 * The handler of each command: the same action as the pane's button, with the pane's current
 * settings; the pane opens on its result.
 */
export const ribbonCommands: Readonly<Record<RibbonCommandName, RibbonCommandHandler>> = {
  validate: (event) => completeAfter(event, "validate", () => runInPane("validate")),
  benchmark: (event) => completeAfter(event, "benchmark", () => runInPane("benchmark")),
};

/** Associates every ribbon command with its handler in the shared runtime. */
export function registerRibbonCommands(): void {
  for (const name of ribbonCommandNames) {
    Office.actions.associate(name, ribbonCommands[name]);
  }
}

// office.js defines Office.actions as soon as it loads, so the commands are associated when this
// module loads, as in Microsoft's templates. Without office.js (tests, a plain browser) the module
// still loads and registers nothing.
if (typeof Office !== "undefined" && typeof Office.actions !== "undefined") {
  registerRibbonCommands();
}
