// The ribbon and the task pane share one JavaScript runtime: taskpane.html loads the functions,
// commands and taskpane bundles into one page. A ribbon command leaves its request here and opens
// the pane; the pane runs it with its current settings and shows the result. A request made before
// the pane listens waits until it does.
//
// commands.js and taskpane.js are separate webpack entries, so each carries its own copy of this
// module: module-level state would not be shared. The requests pass through one object on
// globalThis instead, under a registered symbol that every copy of this module finds alike.

/** What the ribbon can ask of the pane: each is the FunctionName of a button in manifest.xml. */
export const ribbonRequests = ["validate", "benchmark"] as const;

export type RibbonRequest = (typeof ribbonRequests)[number];

type RibbonListener = (request: RibbonRequest) => void;

interface RibbonChannel {
  /** Requests made while no pane listened, oldest first. */
  readonly waiting: RibbonRequest[];
  listener: RibbonListener | undefined;
}

/** The key of the page's one ribbon channel on globalThis. */
export const ribbonChannelKey: unique symbol = Symbol.for("veikart.ribbonRequests");

type PageWithRibbonChannel = typeof globalThis & { [ribbonChannelKey]?: RibbonChannel };

function ribbonChannel(): RibbonChannel {
  const page = globalThis as PageWithRibbonChannel;
  return (page[ribbonChannelKey] ??= { waiting: [], listener: undefined });
}

export function requestFromRibbon(request: RibbonRequest): void {
  const channel = ribbonChannel();
  if (channel.listener === undefined) channel.waiting.push(request);
  else channel.listener(request);
}

/** Receives every request from now on, and those that waited; returns the way to stop listening. */
export function listenToRibbon(handler: RibbonListener): () => void {
  const channel = ribbonChannel();
  channel.listener = handler;
  for (const request of channel.waiting.splice(0)) handler(request);
  return () => {
    if (channel.listener === handler) channel.listener = undefined;
  };
}
