import { normalise } from "../../../../src/core/steps/normalise/normalise";
import { columnOf, datasetOf, flatFramework, indicator, threeUnitsTwoYears } from "../support";

const rows = threeUnitsTwoYears;

describe("normalise step", () => {
  it("multiplies by the direction first, and normalises each year by itself", () => {
    const framework = flatFramework([
      indicator("up"),
      indicator("down", "Index", { direction: -1 }),
    ]);
    const dataset = datasetOf(rows, { up: [1, 2, 3, 10, 20, 30], down: [1, 2, 3, 1, 2, 3] });
    const { dataset: output, issues } = normalise(dataset, framework, {
      method: { method: "minmax" },
    });
    expect(issues).toEqual([]);
    expect(columnOf(output, "up")).toEqual([0, 50, 100, 0, 50, 100]);
    expect(columnOf(output, "down")).toEqual([100, 50, 0, 100, 50, 0]);
  });

  it("normalises all years together when pooled", () => {
    const framework = flatFramework([indicator("up")]);
    const dataset = datasetOf(rows, { up: [0, 1, 2, 3, 4, 5] });
    const { dataset: output } = normalise(dataset, framework, {
      method: { method: "minmax" },
      scope: { pooled: true },
    });
    expect(columnOf(output, "up")).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("normalises within each peer group, and reports the one-unit group's zero range", () => {
    const framework = flatFramework([indicator("up")]);
    const dataset = datasetOf(rows.slice(0, 3), { up: [1, 3, 9] });
    const { dataset: output, issues } = normalise(dataset, framework, {
      method: { method: "minmax" },
      scope: { byPeerGroup: true },
    });
    expect(columnOf(output, "up")).toEqual([0, 100, null]);
    expect(issues.map((issue) => issue.code)).toEqual(["zero_range"]);
  });

  it("leaves context indicators out of the normalised stage", () => {
    const framework = flatFramework([
      indicator("up"),
      indicator("context", "Index", { direction: 0 }),
    ]);
    const dataset = datasetOf(rows.slice(0, 2), { up: [1, 2], context: [5, 6] });
    expect(normalise(dataset, framework).dataset.columnIds).toEqual(["up"]);
  });

  it("reports missing_target for distance to target without a target, with the indicator", () => {
    const framework = flatFramework([indicator("up"), indicator("aimed", "Index", { target: 3 })]);
    const dataset = datasetOf(rows.slice(0, 3), { up: [1, 2, 3], aimed: [1, 2, 3] });
    const { dataset: output, issues } = normalise(dataset, framework, {
      method: { method: "dist2target" },
    });
    expect(issues.map((issue) => [issue.code, issue.indicator])).toEqual([
      ["missing_target", "up"],
    ]);
    expect(columnOf(output, "up")).toEqual([null, null, null]);
    expect(columnOf(output, "aimed")).toEqual([0, 0.5, 1]);
  });

  it("uses per-indicator exceptions and records the method of each indicator", () => {
    const framework = flatFramework([indicator("a"), indicator("b")]);
    const dataset = datasetOf(rows.slice(0, 3), { a: [1, 2, 3], b: [1, 2, 3] });
    const result = normalise(dataset, framework, {
      method: { method: "minmax" },
      byIndicator: { b: { method: "rank" } },
    });
    expect(columnOf(result.dataset, "b")).toEqual([1, 2, 3]);
    expect(result.details.methods).toEqual({ a: "minmax", b: "rank" });
  });

  it("reports an invalid range once and scores nothing with it", () => {
    const framework = flatFramework([indicator("a"), indicator("b")]);
    const dataset = datasetOf(rows.slice(0, 2), { a: [1, 2], b: [1, 2] });
    const { dataset: output, issues } = normalise(dataset, framework, {
      method: { method: "minmax", lower: 10, upper: 0 },
    });
    expect(issues.map((issue) => issue.code)).toEqual(["invalid_parameter"]);
    expect(columnOf(output, "a")).toEqual([null, null]);
  });

  it("indexes each unit to its own base-year value", () => {
    const framework = flatFramework([indicator("up")]);
    const dataset = datasetOf(rows, { up: [10, 20, null, 11, 30, 5] });
    const { dataset: output, issues } = normalise(dataset, framework, {
      method: { method: "index", baseYear: 2020 },
    });
    expect(columnOf(output, "up")).toEqual([100, 100, null, 110, 150, null]);
    expect(issues.map((issue) => [issue.code, issue.unit])).toEqual([["missing_base_value", "C"]]);
  });
});
