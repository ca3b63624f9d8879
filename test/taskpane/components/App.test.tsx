/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { App, type AppProps } from "../../../src/taskpane/components/App";

function renderApp(props: AppProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>
  );
}

describe("the task pane", () => {
  it("shows the Veikart header and the three actions in bokmål", () => {
    renderApp({ language: "nb", insideExcel: true });
    expect(screen.getByRole("heading", { level: 1, name: "Veikart" })).toBeTruthy();
    const actions = within(screen.getByRole("region", { name: "Handlinger" }));
    expect(actions.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Lag prosjektmal",
      "Valider",
      "Benchmark",
    ]);
  });

  it("shows the three actions in English", () => {
    renderApp({ language: "en", insideExcel: true });
    for (const name of ["Create project template", "Validate", "Benchmark"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
  });

  it("keeps actions that do not exist yet disabled but focusable, with a description", () => {
    renderApp({ language: "en", insideExcel: true });
    const validate = screen.getByRole("button", { name: "Validate" });
    expect(validate.getAttribute("aria-disabled")).toBe("true");
    validate.focus();
    expect(document.activeElement).toBe(validate);
  });

  it("says clearly when it is opened outside Excel, and not inside", () => {
    const outside = renderApp({ language: "en", insideExcel: false });
    expect(screen.getByText("Opened outside Excel")).toBeTruthy();
    outside.unmount();
    renderApp({ language: "nb", insideExcel: true });
    expect(screen.queryByText("Åpnet utenfor Excel")).toBeNull();
  });
});
