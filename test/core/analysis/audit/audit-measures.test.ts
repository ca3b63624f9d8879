import { auditIndicatorSet } from "../../../../src/core/analysis/audit/audit";
import {
  averageRanks,
  pairwiseCovariance,
  pearsonCorrelation,
  spearmanCorrelation,
} from "../../../../src/core/analysis/audit/correlation";
import { cronbachAlpha } from "../../../../src/core/analysis/audit/cronbach-alpha";
import { firstPrincipalComponent } from "../../../../src/core/analysis/audit/principal-components";

const missing = Number.NaN;

describe("correlations over pairwise complete observations (worked by hand)", () => {
  it("uses only the rows where both are present: (1,2),(2,4),(3,5) gives r = 3/√(2·4.667) ≈ 0.98198", () => {
    // x̄ = 2, ȳ = 11/3; Σdxdy = 3, Σdx² = 2, Σdy² = 14/3
    expect(pearsonCorrelation([1, 2, 3, missing, 9], [2, 4, 5, 7, missing])).toBeCloseTo(
      3 / Math.sqrt(2 * (14 / 3)),
      14
    );
    expect(pairwiseCovariance([1, 2, 3, missing], [2, 4, 5, 7])).toBeCloseTo(1.5, 14);
  });

  it("ranks ties by their average and gives Spearman's ρ of the ranks", () => {
    expect(Array.from(averageRanks(Float64Array.from([10, 20, 20, 5])))).toEqual([2, 3.5, 3.5, 1]);
    // a monotone but not linear relation has ρ = 1 and r < 1
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 4, 9, 100])).toBeCloseTo(1, 14);
    expect(pearsonCorrelation([1, 2, 3, 4], [1, 4, 9, 100])).toBeLessThan(0.9);
  });

  it("is undefined (NaN) with fewer than two complete rows or a constant column", () => {
    expect(pearsonCorrelation([1, missing], [2, 3])).toBeNaN();
    expect(pearsonCorrelation([1, 1, 1], [2, 3, 4])).toBeNaN();
  });
});

describe("Cronbach's alpha, COINr's formula", () => {
  it("is k/(k−1)·(1 − Σvar/ΣC): x = (1,2,3), y = (1,3,2) has C = [[1, .5], [.5, 1]], alpha = 2/3", () => {
    expect(
      cronbachAlpha([
        [1, 2, 3],
        [1, 3, 2],
      ])
    ).toBeCloseTo(2 / 3, 14);
  });

  it("is 1 for identical columns and undefined for a single column", () => {
    expect(
      cronbachAlpha([
        [1, 2, 4],
        [1, 2, 4],
        [1, 2, 4],
      ])
    ).toBeCloseTo(1, 14);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
  });
});

describe("the first principal component", () => {
  it("of two columns explains (1 + |r|)/2 with loadings ±1/√2, summing positive", () => {
    const x = [1, 2, 3, 4, missing];
    const y = [2, 1, 4, 3, 8];
    const r = pearsonCorrelation(x, y);
    const component = firstPrincipalComponent([x, y]);
    expect(component?.rows).toBe(4);
    expect(component?.varianceShare).toBeCloseTo((1 + Math.abs(r)) / 2, 12);
    for (const loading of component?.loadings ?? []) expect(loading).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it("turns the loadings so they sum positive when the columns pull apart", () => {
    const component = firstPrincipalComponent([
      [1, 2, 3, 4],
      [4, 3, 2, 1],
      [1, 2, 3, 5],
    ]);
    const loadings = component?.loadings ?? [];
    expect(loadings.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
    expect(loadings[1]).toBeLessThan(0);
  });

  it("is undefined for a constant column or fewer than two complete rows", () => {
    expect(
      firstPrincipalComponent([
        [1, 1, 1],
        [1, 2, 3],
      ])
    ).toBeUndefined();
    expect(
      firstPrincipalComponent([
        [1, missing],
        [missing, 2],
      ])
    ).toBeUndefined();
  });
});

describe("auditIndicatorSet's flags", () => {
  const thresholds = {
    highCorrelation: 0.9,
    weakCorrelation: 0.3,
    minimumAlpha: 0.7,
    minimumFirstComponentShare: 0.6,
  };
  // A and B almost the same (double counting); C against the dimension
  const values = new Map([
    ["A", [1, 2, 3, 4, 5]],
    ["B", [1.1, 2, 3.1, 4, 5.2]],
    ["C", [5, 3, 4, 1, 2]],
  ]);
  const dimension = [1, 2, 3, 4, 5].map(
    (_, row) => ["A", "B", "C"].reduce((sum, code) => sum + (values.get(code)?.[row] ?? 0), 0) / 3
  );
  const audit = auditIndicatorSet({
    groups: [{ id: "D1", indicators: ["A", "B", "C"] }],
    indexId: "INDEX",
    indicatorValues: values,
    aggregateValues: new Map([
      ["D1", dimension],
      ["INDEX", dimension],
    ]),
    thresholds,
  });

  it("raises each kind of flag with the numbers that raised it", () => {
    const codes = audit.flags.map((flag) => flag.code);
    expect(codes).toEqual([
      "audit_high_correlation",
      "audit_weak_dimension_correlation",
      "audit_low_alpha",
    ]);
    const high = audit.flags[0]?.parameters as { first: string; second: string; pearson: number };
    expect([high.first, high.second]).toEqual(["A", "B"]);
    expect(high.pearson).toBeCloseTo(
      pearsonCorrelation(values.get("A") ?? [], values.get("B") ?? []),
      14
    );
    const weak = audit.flags[1]?.parameters as { indicator: string; pearson: number };
    expect(weak.indicator).toBe("C");
    expect(weak.pearson).toBeLessThan(0);
  });

  it("gives each indicator's correlation with its dimension and with the index, the index not flagged", () => {
    expect(audit.parentCorrelations.map(({ code, parent }) => `${code}:${parent}`)).toEqual([
      "A:D1",
      "A:INDEX",
      "B:D1",
      "B:INDEX",
      "C:D1",
      "C:INDEX",
    ]);
    expect(audit.flags.filter((flag) => flag.indicator === "C")).toHaveLength(1);
  });
});
