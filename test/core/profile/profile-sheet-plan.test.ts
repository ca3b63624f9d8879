import { benchmarkWorkbook, benchmarkRecord } from "../../../src/core/benchmark";
import {
  profileSheetName,
  profileSheetPlan,
  profileTableNames,
  unitProfile,
  type UnitProfile,
} from "../../../src/core/profile";
import { generatedMarkerText, type TablePlan } from "../../../src/core/sheet-plan";
import { templateWorkbook } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";

const run = benchmarkWorkbook(validateWorkbook(templateWorkbook(true)).content);
const stjordal = "5035";

function profileOf(unitCode: string): UnitProfile {
  const outcome = unitProfile(run, unitCode);
  if (!outcome.ok) throw new Error(`no profile for ${unitCode}`);
  return outcome.profile;
}

const tablesOf = (blocks: readonly { kind: string }[]) =>
  blocks.filter((block): block is TablePlan => block.kind === "table");

describe("unitProfile", () => {
  it("gives the demo's Stjørdal its index and rank as the ranking has them, and its peer group", () => {
    const profile = profileOf(stjordal);
    const row = benchmarkRecord(run, "en").ranking.find((entry) => entry.unitCode === stjordal);
    expect(profile).toMatchObject({
      unitName: "Stjørdal",
      peerGroup: "nabokommune",
      year: run.year,
      index: row?.index,
      rank: row?.rank,
      rankedUnits: 6,
      peerGroupSize: 2,
    });
    expect(profile.peerGroupRank === 1 || profile.peerGroupRank === 2).toBe(true);
  });

  it("splits every demo unit's index into dimension points that sum to it within 1e-9", () => {
    for (const unit of run.units) {
      const profile = profileOf(unit.code);
      const sum = profile.dimensions.reduce(
        (total, dimension) => total + (dimension.points ?? 0),
        0
      );
      expect([unit.code, Math.abs(sum - (profile.index ?? NaN)) < 1e-9]).toEqual([unit.code, true]);
    }
  });

  it("averages the points over the peer group: Stjørdal's and Bjørnafjorden's", () => {
    const own = profileOf(stjordal);
    const other = profileOf("4624");
    own.dimensions.forEach((dimension, index) => {
      const peer = other.dimensions[index]?.points ?? NaN;
      expect(dimension.peerGroupAveragePoints).toBeCloseTo(
        ((dimension.points ?? NaN) + peer) / 2,
        12
      );
    });
  });

  it("lists at most five reachable gaps, the smallest change in per cent first", () => {
    const { cheapestGaps } = profileOf(stjordal);
    expect(cheapestGaps.length).toBeGreaterThan(0);
    expect(cheapestGaps.length).toBeLessThanOrEqual(5);
    const costs = cheapestGaps.map((gap) => Math.abs(gap.percentChange ?? Infinity));
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    for (const gap of cheapestGaps)
      expect(gap.newValue - gap.currentValue).toBeCloseTo(gap.rawChange, 9);
  });

  it("gives the peer ranks of the strengths, never above the group's size", () => {
    const { strengths, weaknesses } = profileOf(stjordal);
    expect(strengths.length).toBeGreaterThan(0);
    for (const entry of [...strengths, ...weaknesses]) {
      expect(entry.rank).toBeGreaterThanOrEqual(1);
      expect(entry.peerGroupRank).not.toBeNull();
      expect(entry.peerGroupRank ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it("refuses a unit that is not in the run, naming it", () => {
    const outcome = unitProfile(run, "9999");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.reason).toMatchObject({ code: "unit_not_in_run", unit: "9999" });
  });
});

describe("profileSheetPlan", () => {
  const plan = profileSheetPlan(run, profileOf(stjordal), { language: "nb" });

  it("is a generated sheet named Profil, its tables named as listed, its chart over the contributions", () => {
    expect(plan.name).toBe(profileSheetName);
    const [marker] = plan.blocks;
    expect(marker?.kind === "notes" ? marker.rows[0]?.[0] : undefined).toBe(generatedMarkerText);
    expect(tablesOf(plan.blocks).map((table) => table.name)).toEqual([
      profileTableNames.contributions,
      profileTableNames.strengths,
      profileTableNames.weaknesses,
      profileTableNames.trends,
      profileTableNames.gaps,
      profileTableNames.targets,
    ]);
    expect(plan.charts).toEqual([
      expect.objectContaining({
        kind: "bar",
        table: profileTableNames.contributions,
        seriesColumns: [1, 2],
      }),
    ]);
  });

  it("writes the facts as readable text in bokmål: the rank as '3 av 6', a decimal comma", () => {
    const facts = plan.blocks[1];
    const rows = facts?.kind === "notes" ? facts.rows : [];
    expect(rows[0]?.[0]).toMatch(/^Enhetsprofil: Stjørdal \(5035\), 20\d\d$/);
    expect(rows.find((row) => row[0] === "Rangering")?.[1]).toMatch(/^\d av 6$/);
    expect(rows.find((row) => row[0] === "Indeks")?.[1]).toMatch(/^\d+,\d$/);
  });

  it("prints on one portrait page, the print area over every block and the chart", () => {
    expect(plan.print?.fitToPages).toEqual({ wide: 1, tall: 1 });
    expect(plan.print?.orientation).toBe("portrait");
    const area = plan.print?.area;
    for (const table of tablesOf(plan.blocks)) {
      const lastRow = table.anchor.row + Math.max(1, table.rows.length);
      expect(lastRow).toBeLessThanOrEqual(area?.last.row ?? -1);
      expect(table.anchor.column + table.columns.length - 1).toBeLessThanOrEqual(
        area?.last.column ?? -1
      );
    }
    const [chart] = plan.charts;
    expect((chart?.anchor.column ?? 0) + (chart?.widthInColumns ?? 0) - 1).toBe(area?.last.column);
    expect(area?.last.row).toBeLessThan(80);
  });

  it("keeps only the unit's rows of the targets table", () => {
    const targets = tablesOf(plan.blocks).find((table) => table.name === profileTableNames.targets);
    const ownTargets = benchmarkRecord(run, "nb").targets.filter(
      (row) => row.unitCode === stjordal
    );
    expect(targets?.rows).toHaveLength(ownTargets.length);
  });
});
