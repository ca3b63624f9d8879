/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/components/App";
import { renderPane } from "./render-pane";

describe("the task pane", () => {
  it("shows the Veikart header and the sections with their actions in bokmål", () => {
    renderPane("nb");
    expect(screen.getByRole("heading", { level: 1, name: "Veikart" })).toBeTruthy();
    for (const [section, action] of [
      ["Prosjektmal", "Lag prosjektmal"],
      ["Validering", "Valider"],
      ["Benchmark", "Benchmark"],
    ] as const) {
      const region = within(screen.getByRole("region", { name: section }));
      expect(region.getByRole("button", { name: action }).getAttribute("aria-disabled")).toBeNull();
    }
  });

  it("shows the actions in English", () => {
    renderPane("en");
    for (const name of ["Create project template", "Validate", "Benchmark"])
      expect(screen.getByRole("button", { name })).toBeTruthy();
  });

  it("outside Excel keeps the actions disabled but focusable, and says why", () => {
    renderPane("en", null);
    expect(screen.getByText("Opened outside Excel")).toBeTruthy();
    const validate = screen.getByRole("button", { name: "Validate" });
    expect(validate.getAttribute("aria-disabled")).toBe("true");
    validate.focus();
    expect(document.activeElement).toBe(validate);
  });

  it("waits for office.js before saying it is outside Excel, with its actions disabled meanwhile", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App language="en" connecting />
      </FluentProvider>
    );
    expect(screen.queryByText("Opened outside Excel")).toBeNull();
    expect(screen.getByRole("button", { name: "Validate" }).getAttribute("aria-disabled")).toBe(
      "true"
    );
  });

  it("does not show the outside-Excel notice when it can reach a workbook", () => {
    renderPane("nb");
    expect(screen.queryByText("Åpnet utenfor Excel")).toBeNull();
  });
});
