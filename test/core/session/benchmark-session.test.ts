import {
  benchmarkSheetName,
  benchmarkTableNames,
  robustnessTableNames,
  validationSheetName,
  validationTableName,
} from "../../../src/core/benchmark";
import { auditRun, auditThresholdsOf } from "../../../src/core/analysis";
import type { PipelineResult } from "../../../src/core/model/pipeline-result";
import type { SheetPlan, TablePlan } from "../../../src/core/sheet-plan";
import { benchmarkSession, type BenchmarkSession } from "../../../src/core/session";
import type { SheetGrid, WorkbookGrids } from "../../../src/core/validate";
import { smallGrids } from "../benchmark/small-workbook";

const ranAt = "2026-12-02T01:00:00.000Z";

function scored(session: BenchmarkSession) {
  if (session.kind !== "scored") throw new Error(`the session was ${session.kind}`);
  return session;
}

function tableOf(plan: SheetPlan | undefined, name: string): TablePlan {
  const table = plan?.blocks.find((block) => block.kind === "table" && block.name === name);
  if (table?.kind !== "table") throw new Error(`no table ${name}`);
  return table;
}

/** The small workbook with one Data value replaced by text: a value_not_number error. */
function withTextValue(): WorkbookGrids {
  return smallGrids().map((grid): SheetGrid => {
    if (grid.name !== "Data") return grid;
    const values = grid.values.map((row) => [...(row ?? [])]);
    const valueColumn = values[0]?.indexOf("Verdi") ?? -1;
    const row = values[3];
    if (row === undefined || valueColumn < 0) throw new Error("no Data value to spoil");
    row[valueColumn] = "mange";
    return { ...grid, values };
  });
}

describe("benchmarkSession", () => {
  const session = scored(benchmarkSession(smallGrids(), { language: "en", ranAt }));

  it("plans the Benchmark sheet, then the Validering sheet", () => {
    expect(session.plans.map((plan) => plan.name)).toEqual([
      benchmarkSheetName,
      validationSheetName,
    ]);
  });

  it("writes the face's clock into the Benchmark sheet's header block, reading none itself", () => {
    const [benchmark] = session.plans;
    const cells = benchmark?.blocks.flatMap((block) => block.rows.flat()) ?? [];
    expect(cells).toContain(ranAt);
  });

  it("ranks on the sheet exactly the units its record ranks, from the same tables", () => {
    const ranking = tableOf(session.plans[0], benchmarkTableNames.ranking);
    const keys = Object.keys(session.record.ranking[0] ?? {});
    expect(ranking.rows).toEqual(
      session.record.ranking.map((row) => keys.map((key) => row[key] ?? null))
    );
    expect(session.record.ranking.map((row) => row.unitCode)).toEqual(["4601", "0301", "5001"]);
  });

  it("lists the run's engine issues and the audit's flags on the Validering sheet beside the validation's", () => {
    const issues = tableOf(session.plans[1], validationTableName);
    const audit = auditRun(
      session.run.pipeline as PipelineResult,
      session.run.year as number,
      auditThresholdsOf(session.validation.content.settings)
    );
    expect(session.run.engineIssues.length).toBeGreaterThan(0);
    expect(audit?.flags.length).toBeGreaterThan(0);
    expect(issues.rows).toHaveLength(
      session.validation.issues.length +
        session.run.engineIssues.length +
        (audit?.flags.length ?? 0)
    );
    expect(session.issues).toHaveLength(issues.rows.length);
  });

  it("shows each audit flag on the Validering sheet as a warning with the numbers that raised it", () => {
    const rows = tableOf(session.plans[1], validationTableName).rows.filter((row) =>
      String(row[3]).startsWith("audit_")
    );
    expect(rows.map((row) => [row[0], row[3], row[5]])).toEqual([
      ["warning", "audit_weak_dimension_correlation", "I1"],
      ["warning", "audit_weak_dimension_correlation", "I2"],
      ["warning", "audit_low_alpha", null],
    ]);
    const audit = auditRun(
      session.run.pipeline as PipelineResult,
      session.run.year as number,
      auditThresholdsOf(session.validation.content.settings)
    );
    const withDimension = audit?.parentCorrelations.find(
      (entry) => entry.code === "I2" && entry.parent === "A"
    )?.pearson;
    expect(rows[1]?.[8]).toContain(`r = ${withDimension?.toFixed(3)}`);
    expect(rows[1]?.[8]).toContain("below 0.300");
  });

  it("refuses a workbook with errors, placing each at its cell, and scores it when told to", () => {
    const refused = benchmarkSession(withTextValue(), { language: "en", ranAt });
    expect(refused.kind).toBe("invalid");
    expect(refused.issues).toContainEqual(
      expect.objectContaining({ code: "value_not_number", cell: "Data!D4" })
    );
    const forced = benchmarkSession(withTextValue(), {
      language: "en",
      ranAt,
      scoreDespiteErrors: true,
    });
    expect(scored(forced).issues).toContainEqual(
      expect.objectContaining({ code: "value_not_number", cell: "Data!D4" })
    );
  });

  it("is blocked, with nothing planned, by a year without data", () => {
    const blocked = benchmarkSession(smallGrids(), { language: "en", ranAt, year: 2019 });
    expect(blocked).toMatchObject({ kind: "blocked" });
    expect(blocked.issues.map((issue) => issue.code)).toEqual(["year_without_data"]);
    expect("plans" in blocked).toBe(false);
  });

  it("plans the Metode write-back only when saving is asked and there is something to save", () => {
    const overrides = { normalisation: "z-skår" };
    expect(
      scored(benchmarkSession(smallGrids(), { language: "en", ranAt, methodOverrides: overrides }))
        .methodSave
    ).toEqual({ kind: "not asked" });
    expect(
      scored(benchmarkSession(smallGrids(), { language: "en", ranAt, saveMethod: true })).methodSave
    ).toEqual({ kind: "not asked" });
    const saved = scored(
      benchmarkSession(smallGrids(), {
        language: "en",
        ranAt,
        methodOverrides: overrides,
        saveMethod: true,
      })
    );
    expect(saved.methodSave).toMatchObject({ kind: "write", writeBack: { sheetName: "Metode" } });
    const withoutMethod = smallGrids().filter((grid) => grid.name !== "Metode");
    expect(
      scored(
        benchmarkSession(withoutMethod, {
          language: "en",
          ranAt,
          methodOverrides: overrides,
          saveMethod: true,
        })
      ).methodSave
    ).toEqual({ kind: "no method sheet" });
  });

  describe("the robustness analysis", () => {
    const rankingColumn = (plan: SheetPlan | undefined, header: string) => {
      const ranking = tableOf(plan, benchmarkTableNames.ranking);
      const column = ranking.columns.findIndex((candidate) => candidate.header === header);
      return ranking.rows.map((row) => [row[1], column < 0 ? undefined : row[column]]);
    };

    it("runs by default on the year ranked, its nominal ranks those of the ranking", () => {
      const robustness = session.robustness;
      if (robustness === undefined) throw new Error("no robustness analysis");
      expect(robustness.result.year).toBe(session.run.year);
      expect(robustness.seed).toBe(20261202);
      const nominal = new Map(robustness.result.units.map((unit) => [unit.code, unit.nominalRank]));
      for (const row of session.record.ranking)
        expect([row.unitCode, nominal.get(String(row.unitCode)) ?? null]).toEqual([
          row.unitCode,
          row.rank,
        ]);
    });

    it("gives the ranking each unit's interval, as the robustness table has it, and charts the intervals", () => {
      const [benchmark] = session.plans;
      const section = tableOf(benchmark, robustnessTableNames.units);
      const intervalOf = new Map(section.rows.map((row) => [row[1], row[3]]));
      const intervals = rankingColumn(benchmark, "Rank interval (5-95 %)");
      expect(intervals.length).toBeGreaterThan(0);
      for (const [code, interval] of intervals) expect(interval).toBe(intervalOf.get(code));
      const chart = benchmark?.charts.find((candidate) => candidate.kind === "interval");
      expect(chart).toMatchObject({ table: robustnessTableNames.chart });
      expect(tableOf(benchmark, robustnessTableNames.chart).rows).toHaveLength(section.rows.length);
    });

    it("is left out, with its column and section, when Metode (or the run) switches it off", () => {
      const off = scored(
        benchmarkSession(smallGrids(), {
          language: "nb",
          ranAt,
          methodOverrides: { Robusthetsanalyse: "av" },
        })
      );
      expect(off.robustness).toBeUndefined();
      expect(rankingColumn(off.plans[0], "Rangintervall (5-95 %)")[0]?.[1]).toBeUndefined();
      const names = off.plans[0]?.blocks.map((block) => (block.kind === "table" ? block.name : ""));
      expect(names).not.toContain(robustnessTableNames.units);
      expect(off.plans[0]?.charts.map((chart) => chart.kind)).toEqual(["bar", "line"]);
    });

    it("runs every combination once when the inputs are discrete and few, without Sobol indices for one input", () => {
      const exhaustive = scored(
        benchmarkSession(smallGrids(), {
          language: "nb",
          ranAt,
          methodOverrides: {
            "Robusthetsanalyse: varierte valg": "normalisering=min-maks,z-skår,rangering",
          },
        })
      );
      expect(exhaustive.robustness?.result).toMatchObject({ mode: "exhaustive", runs: 3 });
      const cells = exhaustive.plans[0]?.blocks.flatMap((block) => block.rows.flat()) ?? [];
      expect(cells).toContain("alle 3 kombinasjonene av alternativene, én gang hver");
      const names = exhaustive.plans[0]?.blocks.map((block) =>
        block.kind === "table" ? block.name : ""
      );
      expect(names).toContain(robustnessTableNames.units);
      expect(names).not.toContain(robustnessTableNames.sensitivity);
    });
  });
});
