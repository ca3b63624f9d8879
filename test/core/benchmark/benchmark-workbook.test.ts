import { benchmarkRecord, benchmarkWorkbook, dataFingerprint } from "../../../src/core/benchmark";
import { smallContent, smallValidation } from "./small-workbook";
import { messageIn } from "../../../src/core/issues";

const validation = smallValidation();

describe("benchmarkWorkbook", () => {
  it("reads the small workbook without errors", () => {
    expect(validation.summary.bySeverity.error).toBe(0);
  });

  it("ranks the latest year by default with the hand-computed index and dimension scores", () => {
    const run = benchmarkWorkbook(validation.content);
    expect(run.blockingIssues).toEqual([]);
    expect(run.year).toBe(2022);
    expect(run.previousYear).toBe(2021);
    const { ranking } = benchmarkRecord(run, "en");
    expect(ranking.map((row) => [row.unitCode, row.rank, row.index, row.A, row.B])).toEqual([
      ["4601", 1, 81.25, 62.5, 100],
      ["0301", 2, 25, 50, 0],
      ["5001", null, null, 50, null],
    ]);
  });

  it("gives the change in score and rank since the previous year and the base year", () => {
    const { ranking } = benchmarkRecord(benchmarkWorkbook(validation.content), "en");
    const [second, first] = ranking;
    expect(second).toMatchObject({
      scoreChangeSincePreviousYear: 50,
      rankChangeSincePreviousYear: 2,
      scoreChangeSinceBaseYear: 50,
      rankChangeSinceBaseYear: 2,
    });
    expect(first).toMatchObject({
      scoreChangeSincePreviousYear: -50,
      rankChangeSincePreviousYear: -1,
    });
  });

  it("explains a unit below the coverage threshold instead of giving it a score", () => {
    const run = benchmarkWorkbook(validation.content);
    const unit = benchmarkRecord(run, "en").ranking.find((row) => row.unitCode === "5001");
    expect(unit).toMatchObject({ index: null, rank: null, coverage: 0.5 });
    expect(unit?.note).toBe("Coverage 50 % is below the threshold of 60 %: no index score");
    const norsk = benchmarkRecord(run, "nb").ranking.find((row) => row.unitCode === "5001");
    expect(norsk?.note).toBe("Dekning 50 % er under grensen på 60 %: ingen indeksverdi");
  });

  it("scores the unit once the threshold is lowered", () => {
    const run = benchmarkWorkbook(validation.content, {
      methodOverrides: { Dekningsgrense: "0,5" },
    });
    const unit = benchmarkRecord(run, "en").ranking.find((row) => row.unitCode === "5001");
    expect(unit).toMatchObject({ index: 50, note: null });
  });

  it("ranks an earlier year when asked, and has no previous year for the first", () => {
    const run = benchmarkWorkbook(validation.content, { year: 2021 });
    expect(run.previousYear).toBeNull();
    const { ranking } = benchmarkRecord(run, "en");
    expect(ranking.map((row) => [row.unitCode, row.rank, row.index])).toEqual([
      ["0301", 1, 75],
      ["5001", 2, 50],
      ["4601", 3, 31.25],
    ]);
    expect(ranking[0]?.scoreChangeSincePreviousYear).toBeNull();
  });

  it("gives the ranks within peer groups and the index of every unit in every year", () => {
    const record = benchmarkRecord(benchmarkWorkbook(validation.content), "en");
    expect(record.peerGroupRanking).toEqual([
      {
        peerGroup: "g1",
        rankInPeerGroup: 1,
        unitCode: "4601",
        unitName: "Kommune 2",
        index: 81.25,
      },
      { peerGroup: "g1", rankInPeerGroup: 2, unitCode: "0301", unitName: "Kommune 1", index: 25 },
      {
        peerGroup: "g2",
        rankInPeerGroup: null,
        unitCode: "5001",
        unitName: "=Kommune 3",
        index: null,
      },
    ]);
    expect(record.indexByYear).toEqual([
      { unitCode: "4601", unitName: "Kommune 2", "index.2021": 31.25, "index.2022": 81.25 },
      { unitCode: "0301", unitName: "Kommune 1", "index.2021": 75, "index.2022": 25 },
      { unitCode: "5001", unitName: "=Kommune 3", "index.2021": 50, "index.2022": null },
    ]);
    expect(record.indicatorScores[0]).toEqual({
      unitCode: "4601",
      unitName: "Kommune 2",
      I1: 50,
      I2: 75,
      I3: 100,
    });
  });

  it("compares within a peer group or chosen units only", () => {
    const group = benchmarkWorkbook(validation.content, { peers: { kind: "group", group: "g1" } });
    expect(group.units.map((unit) => unit.code)).toEqual(["0301", "4601"]);
    const ranking = benchmarkRecord(group, "en").ranking;
    // Between two units min-max gives 0 and 100: A = (100 + 0) / 2 for both, B = 100 and 0.
    expect(ranking.map((row) => [row.unitCode, row.A, row.B, row.index])).toEqual([
      ["4601", 50, 100, 75],
      ["0301", 50, 0, 25],
    ]);
    const chosen = benchmarkWorkbook(validation.content, {
      peers: { kind: "units", unitCodes: ["0301", "5001"] },
    });
    expect(chosen.units.map((unit) => unit.code)).toEqual(["0301", "5001"]);
  });

  it("blocks the run on an unknown peer group, unit, too few peers, or a year without data", () => {
    const codes = (options: Parameters<typeof benchmarkWorkbook>[1]) =>
      benchmarkWorkbook(validation.content, options).blockingIssues.map((issue) => issue.code);
    expect(codes({ peers: { kind: "group", group: "storby" } })).toEqual(["peer_group_unknown"]);
    expect(codes({ peers: { kind: "units", unitCodes: ["0301", "9999"] } })).toEqual([
      "peer_unit_unknown",
    ]);
    expect(codes({ peers: { kind: "units", unitCodes: ["0301"] } })).toEqual(["too_few_peers"]);
    expect(codes({ year: 2030 })).toEqual(["year_without_data"]);
    expect(benchmarkWorkbook(validation.content, { year: 2030 }).results).toEqual([]);
  });

  it("keeps the highlighted units once each, in the order asked for", () => {
    const run = benchmarkWorkbook(validation.content, { highlight: ["5001", "0301", "5001"] });
    expect(run.blockingIssues).toEqual([]);
    expect(run.highlighted).toEqual(["5001", "0301"]);
    expect(benchmarkRecord(run, "en").highlighted).toEqual(["5001", "0301"]);
  });

  it("blocks the run on a highlighted unit that is unknown or outside the peer set, naming it", () => {
    const unknown = benchmarkWorkbook(validation.content, { highlight: ["9999"] });
    expect(unknown.blockingIssues).toEqual([
      expect.objectContaining({ code: "highlight_unit_unknown", unit: "9999" }),
    ]);
    expect(unknown.results).toEqual([]);
    const outside = benchmarkWorkbook(validation.content, {
      peers: { kind: "group", group: "g1" },
      highlight: ["5001"],
    });
    expect(outside.blockingIssues.map((issue) => [issue.code, issue.unit])).toEqual([
      ["highlight_outside_peers", "5001"],
    ]);
    const [refusal] = outside.blockingIssues;
    expect(refusal && { nb: messageIn(refusal, "nb"), en: messageIn(refusal, "en") }).toEqual({
      nb: "Enheten «5001» som skal fremheves, er ikke i sammenligningsutvalget (gruppe g1).",
      en: 'The unit "5001" to highlight is not in the peer set (group g1).',
    });
  });

  it("uses the Metode sheet's peer group when no peer set is given", () => {
    const run = benchmarkWorkbook(
      smallValidation({ ...smallContent, settings: { baseYear: 2021, peerGroup: "g1" } }).content
    );
    expect(run.peers).toEqual({ kind: "group", group: "g1" });
  });
});

describe("dataFingerprint", () => {
  it("is the same whatever the order of the rows, and changes with one value", () => {
    const reversed = { ...smallContent, observations: [...smallContent.observations].reverse() };
    expect(dataFingerprint(reversed)).toBe(dataFingerprint(smallContent));
    expect(dataFingerprint(smallContent)).toMatch(/^[0-9a-f]{16}$/);
    const changed = {
      ...smallContent,
      observations: smallContent.observations.map((observation, index) =>
        index === 0 ? { ...observation, value: 31 } : observation
      ),
    };
    expect(dataFingerprint(changed)).not.toBe(dataFingerprint(smallContent));
  });
});
