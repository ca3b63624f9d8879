// The ribbon and the task pane share one JavaScript runtime. A ribbon command leaves its request
// here and opens the pane; the pane runs it with its current settings and shows the result. A
// request made before the pane has loaded waits until the pane listens.

export type RibbonRequest = "validate" | "benchmark";

type RibbonListener = (request: RibbonRequest) => void;

const waiting: RibbonRequest[] = [];
let listener: RibbonListener | undefined;

export function requestFromRibbon(request: RibbonRequest): void {
  if (listener === undefined) waiting.push(request);
  else listener(request);
}

/** Receives every request from now on, and those that waited; returns the way to stop listening. */
export function listenToRibbon(handler: RibbonListener): () => void {
  listener = handler;
  for (const request of waiting.splice(0)) handler(request);
  return () => {
    if (listener === handler) listener = undefined;
  };
}
