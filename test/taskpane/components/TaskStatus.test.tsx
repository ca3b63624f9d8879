/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { TaskStatus } from "../../../src/taskpane/components/TaskStatus";
import type { Failure } from "../../../src/taskpane/office-errors";
import { paneTexts } from "../../../src/taskpane/pane-texts";

function renderFailure(failure: Failure, language: "nb" | "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskStatus
        state={{ kind: "failed", failure }}
        text={paneTexts[language]}
        onCancel={() => undefined}
      />
    </FluentProvider>
  );
}

describe("a failed action", () => {
  it("says what to do about a protected sheet in English, Excel's own text folded away", () => {
    renderFailure(
      { code: "AccessDenied", message: "You cannot perform the requested operation." },
      "en"
    );
    expect(
      screen.getByText(/^Excel refused the change: the sheet or workbook is protected/)
    ).toBeTruthy();
    expect(screen.queryByText(/You cannot perform/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    expect(
      screen.getByText("AccessDenied: You cannot perform the requested operation.")
    ).toBeTruthy();
  });

  it("asks to finish editing a cell, in bokmål", () => {
    renderFailure({ code: "InvalidOperationInCellEditMode", message: "Edit mode" }, "nb");
    expect(screen.getByText(/Trykk Enter eller Esc for å avslutte redigeringen/)).toBeTruthy();
  });

  it("shows a failure without an Office code as it came, with nothing to unfold", () => {
    renderFailure({ code: undefined, message: "Arket Data mangler." }, "nb");
    expect(screen.getByText("Arket Data mangler.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Detaljer" })).toBeNull();
  });
});
