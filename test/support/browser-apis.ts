// jsdom lacks ResizeObserver, which Fluent UI's MessageBar observes; an observer that never fires
// is what a page that is never resized would see.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class StillResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: StillResizeObserver });
}
