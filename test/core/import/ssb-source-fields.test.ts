import {
  formatSsbSelections,
  formatSsbTableContents,
  parseSsbDenominator,
  parseSsbSelections,
  parseSsbTable,
  readSsbValue,
  isAggregateRegion,
} from "../../../src/core/import";
import { defaultIndicators, templateWorkbook } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";

describe("the SSB columns as text", () => {
  it("reads a table number of five digits, padding one typed as a number", () => {
    expect(parseSsbTable("07459")).toBe("07459");
    expect(parseSsbTable(7459)).toBe("07459");
    expect(parseSsbTable("7459")).toBeUndefined();
    expect(parseSsbTable("074590")).toBeUndefined();
  });

  it("reads selections, one dimension each, several codes apart by commas, and writes them back", () => {
    const reading = parseSsbSelections(" Kjonn=2 ; Alder=020,021 ");
    expect(reading).toEqual({
      kind: "selections",
      selections: [
        { dimension: "Kjonn", codes: ["2"] },
        { dimension: "Alder", codes: ["020", "021"] },
      ],
    });
    if (reading.kind === "selections")
      expect(formatSsbSelections(reading.selections)).toBe("Kjonn=2;Alder=020,021");
    expect(parseSsbSelections("")).toEqual({ kind: "selections", selections: [] });
  });

  it.each([
    ["Kjonn", "Kjonn"],
    ["Kjonn=", "Kjonn="],
    ["=2", "=2"],
    ["Kjonn=2;Kjonn=1", "Kjonn=1"],
    ["Alder=020,,021", "Alder=020,,021"],
  ])("names the part of the selection %p that cannot be read", (text, part) => {
    expect(parseSsbSelections(text)).toEqual({ kind: "malformed", part });
  });

  it("reads a denominator as table/contents and writes it back", () => {
    const denominator = parseSsbDenominator("07459 / Personer1");
    expect(denominator).toEqual({ table: "07459", contents: "Personer1" });
    expect(formatSsbTableContents(denominator!)).toBe("07459/Personer1");
    expect(parseSsbDenominator("07459")).toBeUndefined();
    expect(parseSsbDenominator("7459/Personer1")).toBeUndefined();
  });
});

describe("SSB's symbols", () => {
  it.each([
    [12, undefined, { value: 12 }],
    [12, "p", { value: 12 }],
    [null, "..", { value: null, missing: ".." }],
    [null, ":", { value: null, missing: ":" }],
    [null, ".", { value: null, missing: "." }],
    [null, "...", { value: null, missing: "..." }],
    [null, undefined, { value: null, missing: ".." }],
    [null, "-", { value: 0 }],
    [0, "-", { value: 0 }],
    ["-", undefined, { value: 0 }],
    [":", undefined, { value: null, missing: ":" }],
    ["12.5", undefined, { value: 12.5 }],
    ["n/a", undefined, { value: null, missing: ".." }],
  ] as const)("reads the value %p with the status %p as %p", (value, status, expected) => {
    expect(readSsbValue(value, status)).toEqual(expected);
  });

  it.each([
    ["0", true],
    ["EAK", true],
    ["EAKUO", true],
    ["EKG13", true],
    ["EKA03", true],
    ["0301", false],
    ["03", false],
  ])("tells SSB's aggregate %p (%p) from a unit", (code, aggregate) => {
    expect(isAggregateRegion(code)).toBe(aggregate);
  });
});

describe("the default catalogue's SSB sources", () => {
  it("are written by the template and read back from it as they are", () => {
    const grids = templateWorkbook(false).map((sheet) => ({
      name: sheet.name,
      values: sheet.values,
    }));
    const read = validateWorkbook(grids).content.framework.indicators;
    const withSource = defaultIndicators.filter((indicator) => indicator.ssbSource !== undefined);
    expect(withSource.length).toBeGreaterThan(0);
    for (const indicator of withSource)
      expect(read.find((entry) => entry.id === indicator.id)?.ssbSource).toEqual(
        indicator.ssbSource
      );
  });
});
