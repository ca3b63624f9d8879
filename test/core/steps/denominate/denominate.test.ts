import { denominate, divideColumn } from "../../../../src/core/steps/denominate/denominate";
import { NA, columnOf, datasetOf, flatFramework, indicator, plain } from "../support";

describe("denominate", () => {
  it("divides by the denominator of each row", () => {
    expect(plain(divideColumn(Float64Array.of(10, 9), Float64Array.of(2, 3)))).toEqual([5, 3]);
  });
  it("gives missing for a missing or zero denominator", () => {
    expect(plain(divideColumn(Float64Array.of(10, 9, NA), Float64Array.of(0, NA, 2)))).toEqual([
      null,
      null,
      null,
    ]);
  });
  it("divides only the indicators that name a denominator, and reports unusable ones", () => {
    const framework = flatFramework([
      indicator("perCapita", "Index", { denominator: "Population" }),
      indicator("plain"),
      indicator("perArea", "Index", { denominator: "Area" }),
    ]);
    const dataset = datasetOf(
      [{ unit: "A" }, { unit: "B" }],
      { perCapita: [100, 50], plain: [1, 2], perArea: [3, 4] },
      { Population: [10, 0] }
    );
    const { dataset: output, issues, details } = denominate(dataset, framework);
    expect(columnOf(output, "perCapita")).toEqual([10, null]);
    expect(columnOf(output, "plain")).toEqual([1, 2]);
    expect(columnOf(output, "perArea")).toEqual([null, null]);
    expect(details.denominatedIndicators).toEqual(["perCapita"]);
    expect(issues.map((issue) => [issue.code, issue.indicator, issue.unit])).toEqual([
      ["unusable_denominator", "perCapita", "B"],
      ["unknown_denominator", "perArea", undefined],
    ]);
  });
});
