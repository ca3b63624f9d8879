/**
 * @jest-environment jsdom
 */
import { act, render, renderHook, screen } from "@testing-library/react";
import {
  requestFromRibbon,
  ribbonChannelKey,
  type RibbonRequest,
} from "../../../src/commands/ribbon-requests";
import { usePane } from "../../../src/taskpane/hooks/usePane";
import type { WorkbookActions } from "../../../src/taskpane/hooks/workbook-actions";

/** A promise settled from outside, standing for a task the test finishes when it chooses. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** Actions whose validation and benchmark start and never finish: enough to see which ran. */
function pendingActions(): WorkbookActions & {
  validate: jest.Mock;
  benchmark: jest.Mock;
} {
  const pending = () => new Promise<never>(() => undefined);
  return {
    createTemplate: jest.fn(pending),
    validate: jest.fn(pending),
    benchmark: jest.fn(pending),
    profile: jest.fn(pending),
    analyse: jest.fn(pending),
    selectCell: jest.fn(pending),
    prepareSsbImport: jest.fn(pending),
    prepareTableImport: jest.fn(pending),
    writePreparedImport: jest.fn(pending),
  };
}

function renderPaneHook(actions: WorkbookActions | undefined) {
  return renderHook(
    ({ current }: { current: WorkbookActions | undefined }) => usePane(current, "nb"),
    { initialProps: { current: actions } }
  );
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[ribbonChannelKey];
});

describe("usePane and the ribbon", () => {
  it.each<[RibbonRequest, "validate" | "benchmark"]>([
    ["validate", "validate"],
    ["benchmark", "benchmark"],
  ])("runs a %s request from the ribbon with the pane's settings", (request, action) => {
    const actions = pendingActions();
    const { result } = renderPaneHook(actions);
    act(() => requestFromRibbon(request));
    expect(actions[action]).toHaveBeenCalledTimes(1);
    const task = action === "validate" ? result.current.validation : result.current.benchmark;
    expect(task.state.kind).toBe("running");
  });

  it("keeps a request while office.js has not yet connected the pane, and runs it once it has", () => {
    const { rerender } = renderPaneHook(undefined);
    act(() => requestFromRibbon("validate"));
    const actions = pendingActions();
    rerender({ current: actions });
    expect(actions.validate).toHaveBeenCalledTimes(1);
    expect(actions.validate).toHaveBeenCalledWith(
      { writeSheet: false, language: "nb" },
      expect.anything()
    );
    rerender({ current: actions });
    expect(actions.validate).toHaveBeenCalledTimes(1);
  });

  it("runs a request made before the pane rendered when it first renders", () => {
    requestFromRibbon("benchmark");
    const actions = pendingActions();
    renderPaneHook(actions);
    expect(actions.benchmark).toHaveBeenCalledTimes(1);
    expect(actions.validate).not.toHaveBeenCalled();
  });
});

describe("usePane keeps the ribbon's result in view", () => {
  /** The two result sections, empty, with usePane's refs on them. */
  function Sections({ actions }: { readonly actions: WorkbookActions }) {
    const pane = usePane(actions, "nb");
    return (
      <>
        <div ref={pane.resultSections.validate} data-testid="validate" />
        <div ref={pane.resultSections.benchmark} data-testid="benchmark" />
        <button onClick={pane.validate}>validate</button>
      </>
    );
  }

  const scrolledTo: string[] = [];
  beforeAll(() => {
    // jsdom has no layout and no scrollIntoView; record which section asked to be shown.
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolledTo.push(this.dataset.testid ?? "");
    };
  });
  afterAll(() => {
    delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
  });

  it("shows the latest request's section until every requested task has settled, then lets go", async () => {
    scrolledTo.length = 0;
    const validation = deferred<never>();
    const benchmark = deferred<never>();
    const actions = pendingActions();
    actions.validate.mockImplementationOnce(() => validation.promise);
    actions.benchmark.mockImplementationOnce(() => benchmark.promise);
    requestFromRibbon("validate");
    requestFromRibbon("benchmark");
    render(<Sections actions={actions} />);
    expect(scrolledTo).toEqual(["benchmark"]);

    await act(async () => benchmark.resolve({} as never));
    expect(scrolledTo).toEqual(["benchmark", "benchmark"]);
    // The validation above Benchmark settles later and grows: Benchmark is brought back into view.
    await act(async () => validation.resolve({} as never));
    expect(scrolledTo).toEqual(["benchmark", "benchmark", "benchmark"]);

    act(() => screen.getByRole("button", { name: "validate" }).click());
    expect(actions.validate).toHaveBeenCalledTimes(2);
    expect(scrolledTo).toHaveLength(3);
  });
});
