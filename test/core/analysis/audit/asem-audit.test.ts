// The audit on COINr's ASEM example after the default pipeline (min-max 0..100, arithmetic mean),
// against values derived apart from this code: test/fixtures/audit/asem-audit-expected.py computes them
// with numpy from COINr's own normalised and aggregated tables (S1), by textbook formulas and, for the
// principal components, an eigendecomposition of the correlation matrix instead of an SVD of the data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EigenvalueDecomposition, Matrix } from "ml-matrix";
import { auditRun, type AuditResult } from "../../../../src/core/analysis/audit/audit";
import { runPipeline } from "../../../../src/core/pipeline/run-pipeline";
import { asemDataset, asemFramework } from "../../pipeline/coinr-fixtures";

const expected = JSON.parse(
  readFileSync(
    join(__dirname, "..", "..", "..", "fixtures", "audit", "asem-audit-expected.json"),
    "utf8"
  )
) as Omit<AuditResult, "flags">;

const thresholds = {
  highCorrelation: 0.9,
  weakCorrelation: 0.3,
  minimumAlpha: 0.7,
  minimumFirstComponentShare: 0.6,
};

const { framework } = asemFramework();
const result = runPipeline({ framework, dataset: asemDataset() });
const audit = auditRun(result, undefined, thresholds);
if (audit === undefined) throw new Error("the ASEM run did not aggregate");

const tolerance = 1e-9;
const within = (actual: number | null, wanted: number | null) =>
  actual !== null && wanted !== null && Math.abs(actual - wanted) <= tolerance;

describe("the audit on COINr's ASEM example (default pipeline)", () => {
  it("finds COINr's eight level-2 groups and their 49 indicators", () => {
    expect(audit.cronbach.map(({ group, k }) => [group, k])).toEqual(
      expected.cronbach.map(({ group, k }) => [group, k])
    );
    expect(audit.cronbach.reduce((sum, { k }) => sum + k, 0)).toBe(49);
  });

  it("gives the Pearson and Spearman correlation of every pair within a group to 1e-9", () => {
    expect(audit.correlations).toHaveLength(140);
    expect(audit.correlations.map(({ group, a, b }) => `${group}:${a}:${b}`)).toEqual(
      expected.correlations.map(({ group, a, b }) => `${group}:${a}:${b}`)
    );
    const off = audit.correlations.filter(
      (pair, index) =>
        !within(pair.pearson, expected.correlations[index]?.pearson ?? null) ||
        !within(pair.spearman, expected.correlations[index]?.spearman ?? null)
    );
    expect(off).toEqual([]);
  });

  it("gives each indicator's correlation with its group and with the index to 1e-9", () => {
    expect(audit.parentCorrelations).toHaveLength(98);
    const off = audit.parentCorrelations.filter((row, index) => {
      const wanted = expected.parentCorrelations[index];
      return (
        wanted === undefined ||
        row.code !== wanted.code ||
        row.parent !== wanted.parent ||
        !within(row.pearson, wanted.pearson)
      );
    });
    expect(off).toEqual([]);
  });

  it("gives Cronbach's alpha of every group to 1e-9, negative for SusEcFin as COINr's formula allows", () => {
    const off = audit.cronbach.filter(
      (row, index) => !within(row.alpha, expected.cronbach[index]?.alpha ?? null)
    );
    expect(off).toEqual([]);
    expect(audit.cronbach.find(({ group }) => group === "SusEcFin")?.alpha).toBeLessThan(0);
  });

  it("gives the first component's share of variance, rows used and loadings (sign rule) to 1e-9", () => {
    audit.pca.forEach((component, index) => {
      const wanted = expected.pca[index];
      if (wanted === undefined) throw new Error(`no expected component for ${component.group}`);
      expect([component.group, component.rows]).toEqual([wanted.group, wanted.rows]);
      expect(within(component.varianceShare, wanted.varianceShare)).toBe(true);
      for (const [code, loading] of Object.entries(wanted.loadings))
        expect([code, within(component.loadings[code] ?? null, loading)]).toEqual([code, true]);
      const sum = Object.values(component.loadings).reduce((total, value) => total + value, 0);
      expect(sum).toBeGreaterThan(0);
    });
  });

  it("agrees with ml-matrix's eigendecomposition of the correlation matrix of Physical's complete rows", () => {
    const codes = expected.pca[0] ? Object.keys(expected.pca[0].loadings) : [];
    const normalised = result.stages.normalised;
    if (normalised === undefined) throw new Error("no normalised stage");
    const columns = codes.map(
      (code) => normalised.columns[normalised.columnIds.indexOf(code)] as Float64Array
    );
    const rows = Array.from(columns[0] ?? [], (_, row) =>
      columns.map((column) => column[row] as number)
    ).filter((row) => row.every(Number.isFinite));
    const data = new Matrix(rows);
    const correlation = Matrix.zeros(codes.length, codes.length);
    for (let i = 0; i < codes.length; i++)
      for (let j = 0; j < codes.length; j++) {
        const a = data.getColumn(i);
        const b = data.getColumn(j);
        const meanA = a.reduce((s, v) => s + v, 0) / a.length;
        const meanB = b.reduce((s, v) => s + v, 0) / b.length;
        let product = 0;
        let squaresA = 0;
        let squaresB = 0;
        a.forEach((value, k) => {
          product += (value - meanA) * ((b[k] as number) - meanB);
          squaresA += (value - meanA) ** 2;
          squaresB += ((b[k] as number) - meanB) ** 2;
        });
        correlation.set(i, j, product / Math.sqrt(squaresA * squaresB));
      }
    const eigen = new EigenvalueDecomposition(correlation, { assumeSymmetric: true });
    const values = eigen.realEigenvalues;
    const largest = values.indexOf(Math.max(...values));
    const share = (values[largest] as number) / values.reduce((s, v) => s + v, 0);
    const physical = audit.pca.find(({ group }) => group === "Physical");
    expect(Math.abs((physical?.varianceShare ?? 0) - share)).toBeLessThan(tolerance);
    const vector = eigen.eigenvectorMatrix.getColumn(largest);
    const sign = vector.reduce((s, v) => s + v, 0) > 0 ? 1 : -1;
    codes.forEach((code, index) =>
      expect(
        Math.abs((physical?.loadings[code] ?? 0) - sign * (vector[index] as number))
      ).toBeLessThan(tolerance)
    );
  });

  it("flags what the default thresholds catch: low alpha where it is below 0.7, weak first components", () => {
    const lowAlpha = audit.flags.filter((flag) => flag.code === "audit_low_alpha");
    expect(lowAlpha.map((flag) => (flag.parameters as { group: string }).group)).toEqual(
      expected.cronbach
        .filter(({ alpha }) => alpha !== null && alpha < 0.7)
        .map(({ group }) => group)
    );
    const weakComponents = audit.flags.filter((flag) => flag.code === "audit_weak_first_component");
    expect(weakComponents.map((flag) => (flag.parameters as { group: string }).group)).toEqual(
      expected.pca
        .filter(({ varianceShare }) => varianceShare !== null && varianceShare < 0.6)
        .map(({ group }) => group)
    );
    const high = audit.flags.filter((flag) => flag.code === "audit_high_correlation");
    expect(high).toHaveLength(
      expected.correlations.filter(({ pearson }) => pearson !== null && pearson > 0.9).length
    );
  });
});
