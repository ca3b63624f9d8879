import { presentShares, screen } from "../../../../src/core/steps/screen/screen";
import { NA, datasetOf, plain } from "../support";

describe("screen", () => {
  const dataset = datasetOf([{ unit: "A" }, { unit: "B" }, { unit: "C" }], {
    x: [1, null, null],
    y: [1, 2, null],
    z: [1, 2, null],
  });
  it("measures the share of present indicators per row", () => {
    expect(plain(presentShares([Float64Array.of(1, NA), Float64Array.of(NA, NA)], 2))).toEqual([
      0.5, 0,
    ]);
  });
  it("keeps rows at or above the threshold and reports each one removed", () => {
    const { dataset: output, issues, details } = screen(dataset, { minimumShare: 2 / 3 });
    expect(output.units.map((unit) => unit.code)).toEqual(["A", "B", "C"]);
    expect(Array.from(output.rowUnit)).toEqual([0, 1]);
    expect(details.removed).toEqual([{ unitCode: "C" }]);
    expect(issues.map((issue) => [issue.code, issue.unit])).toEqual([["unit_screened_out", "C"]]);
  });
  it("keeps everything with a threshold of 0 and reports a threshold above 1", () => {
    expect(screen(dataset, { minimumShare: 0 }).dataset.rowUnit).toHaveLength(3);
    expect(screen(dataset, { minimumShare: 2 }).issues.map((issue) => issue.code)).toEqual([
      "invalid_parameter",
    ]);
  });
});
