import { codeOfItsYear, codesToAskFor, predecessorsIn } from "../../../src/core/import";

const codes = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code).sort();

describe("the crosswalk of unit codes", () => {
  it("knows the years a code was valid: Klæbu 5030 in 2018-2019, Halden 3001 in 2020-2023", () => {
    expect(codeOfItsYear("5030")).toEqual({
      code: "5030",
      firstYear: 2018,
      lastYear: 2019,
      successors: ["5001"],
    });
    expect(codeOfItsYear("3001")).toMatchObject({ firstYear: 2020, lastYear: 2023 });
    expect(codeOfItsYear("3101")).toEqual({ code: "3101", firstYear: 2024, successors: ["3101"] });
    expect(codeOfItsYear("0301")).toEqual({ code: "0301", successors: ["0301"] });
  });

  it("gives the codes of a year that lie in a register unit", () => {
    expect(codes(predecessorsIn("5001", 2017))).toEqual(["1601", "1662"]);
    expect(codes(predecessorsIn("5001", 2019))).toEqual(["5001", "5030"]);
    expect(codes(predecessorsIn("5001", 2024))).toEqual(["5001"]);
    expect(codes(predecessorsIn("1580", 2023))).toEqual(["1507"]);
  });

  it("maps the retired fylker: Viken split in 2024, Østfold 01 into 31", () => {
    expect(codeOfItsYear("30")).toMatchObject({ lastYear: 2023, successors: ["31", "32", "33"] });
    expect(codes(predecessorsIn("31", 2019))).toEqual(["01"]);
    expect(codes(predecessorsIn("31", 2022))).toEqual(["30"]);
  });

  it("asks for a unit's own code and every code of the years asked that lies in it", () => {
    expect([...codesToAskFor(["3101"], [2019, 2024])].sort()).toEqual(["0101", "3101"]);
  });
});
