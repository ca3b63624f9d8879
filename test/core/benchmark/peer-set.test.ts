import { parsePeerSet, unitCodesIn } from "../../../src/core/benchmark";

describe("parsePeerSet", () => {
  it("reads all and alle as every unit", () => {
    expect(parsePeerSet(" alle ").peers).toEqual({ kind: "all" });
    expect(parsePeerSet("all").peers).toEqual({ kind: "all" });
  });

  it("reads group:<name> and gruppe:<name> as one peer group", () => {
    expect(parsePeerSet("gruppe:storby").peers).toEqual({ kind: "group", group: "storby" });
    expect(parsePeerSet("Group: fylke").peers).toEqual({ kind: "group", group: "fylke" });
  });

  it("reads unit codes separated by commas, semicolons or spaces, as the pane does", () => {
    const expected = { kind: "units", unitCodes: ["0301", "4601", "5001"] };
    expect(parsePeerSet("0301,4601,5001").peers).toEqual(expected);
    expect(parsePeerSet("0301; 4601 ;5001").peers).toEqual(expected);
    expect(parsePeerSet(" 0301 4601\t5001 ").peers).toEqual(expected);
  });

  it("reports an empty list or a group without a name as peers_invalid", () => {
    for (const text of ["", " , ;", "gruppe:"]) {
      const parsed = parsePeerSet(text);
      expect(parsed.peers).toBeUndefined();
      expect(parsed.issues.map((issue) => issue.code)).toEqual(["peers_invalid"]);
    }
  });
});

describe("unitCodesIn", () => {
  it("leaves no empty codes between repeated separators", () => {
    expect(unitCodesIn(",,0301;;  46 ,")).toEqual(["0301", "46"]);
  });
});
