/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { Issue } from "../../../src/core/issues";
import type { Language } from "../../../src/core/language";
import { IssueList, issuesPerPage } from "../../../src/taskpane/components/IssueList";
import { paneTexts } from "../../../src/taskpane/pane-texts";

function outliers(count: number, indicator = "GHG_TOTAL"): Issue[] {
  return Array.from({ length: count }, (_, index) => ({
    code: "value_outlier",
    severity: "warning",
    parameters: {
      indicator,
      value: 100 + index,
      score: 4,
      median: 10,
      peers: "kommune",
      threshold: 3.5,
      scale: "level",
    },
    sheet: "Data",
    cell: `Data!D${index + 2}`,
    indicator,
    // The worst three lie at rows 12, 7 and 30.
    magnitude: index === 10 ? 9 : index === 5 ? 8 : index === 28 ? 7 : 1,
  }));
}

function notNumbers(count: number): Issue[] {
  return Array.from({ length: count }, (_, index) => ({
    code: "value_not_number",
    severity: "error",
    parameters: { value: `x${index}` },
    sheet: "Data",
    cell: `Data!E${index + 2}`,
    indicator: "POPULATION",
  }));
}

function renderList(issues: readonly Issue[], language: Language, onSelectCell = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <IssueList
        issues={issues}
        language={language}
        text={paneTexts[language]}
        onSelectCell={onSelectCell}
      />
    </FluentProvider>
  );
  return onSelectCell;
}

const cellsShown = () =>
  screen
    .queryAllByRole("listitem")
    .map((item) => within(item).queryByRole("button")?.textContent ?? "");

describe("the issue list", () => {
  it("names each group by its title, indicator and count, the code only as a detail for support", () => {
    renderList(outliers(4), "nb");
    expect(screen.getByText("Uteligger · GHG_TOTAL (4)")).toBeTruthy();
    expect(screen.getByText("Kode for brukerstøtte: value_outlier")).toBeTruthy();
    expect(screen.queryByText(/^value_outlier/)).toBeNull();
  });

  it("counts in a group's heading the issues counted but not listed, and lists where they begin", () => {
    const counted: Issue = {
      code: "issues_not_listed",
      severity: "error",
      parameters: { code: "value_not_number", count: 150_000 },
      sheet: "Data",
      cell: "Data!E1002",
    };
    const listed: Issue[] = [2, 3, 4].map((row) => ({
      code: "value_not_number",
      severity: "error",
      parameters: { value: "x" },
      sheet: "Data",
      cell: `Data!E${row}`,
    }));
    renderList([...listed, counted], "en");
    expect(screen.getByText("Not a number (150003)")).toBeTruthy();
    expect(cellsShown()).toEqual(["Data!E2", "Data!E3", "Data!E4", "Data!E1002"]);
  });

  it("sums up warnings as their worst few, and opens the full list a page at a time", () => {
    renderList(outliers(60), "en");
    expect(cellsShown()).toEqual(["Data!D12", "Data!D7", "Data!D30"]);
    fireEvent.click(screen.getByRole("button", { name: "Show the full list (60)" }));
    expect(cellsShown()).toHaveLength(issuesPerPage);
    expect(cellsShown()[0]).toBe("Data!D2");
    expect(screen.getByText("Showing 25 of 60.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show 25 more" }));
    fireEvent.click(screen.getByRole("button", { name: "Show 10 more" }));
    expect(cellsShown()).toHaveLength(60);
    expect(screen.queryByRole("button", { name: /more/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show fewer" }));
    expect(cellsShown()).toEqual(["Data!D12", "Data!D7", "Data!D30"]);
  });

  it("lists errors in full up to a page, before the warnings", () => {
    renderList([...outliers(2), ...notNumbers(30)], "en");
    const groups = screen.getAllByText(/\(\d+\)$/).map((line) => line.textContent);
    expect(groups).toEqual(["Not a number · POPULATION (30)", "Outlier · GHG_TOTAL (2)"]);
    expect(cellsShown()).toHaveLength(issuesPerPage + 2);
    expect(screen.queryByRole("button", { name: /full list/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show 5 more" }));
    expect(cellsShown()).toHaveLength(32);
  });

  it("keeps 10,000 warnings to a few rows per indicator until asked", () => {
    const issues = ["A", "B", "C", "D"].flatMap((indicator) => outliers(2500, indicator));
    renderList(issues, "en");
    expect(screen.getAllByRole("listitem")).toHaveLength(4 * 3);
    const [first] = screen.getAllByRole("button", { name: "Show the full list (2500)" });
    fireEvent.click(first as HTMLElement);
    expect(screen.getAllByRole("listitem")).toHaveLength(3 * 3 + issuesPerPage);
  });

  it("selects an issue's cell when it is clicked", () => {
    const onSelectCell = renderList(outliers(1), "en");
    fireEvent.click(screen.getByRole("button", { name: "Data!D2" }));
    expect(onSelectCell).toHaveBeenCalledWith("Data!D2");
  });
});
