/**
 * @jest-environment jsdom
 */
import { act, renderHook } from "@testing-library/react";
import {
  requestFromRibbon,
  ribbonChannelKey,
  type RibbonRequest,
} from "../../../src/commands/ribbon-requests";
import { usePane } from "../../../src/taskpane/hooks/usePane";
import type { WorkbookActions } from "../../../src/taskpane/hooks/workbook-actions";

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
    selectCell: jest.fn(pending),
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
