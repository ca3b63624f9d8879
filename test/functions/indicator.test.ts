import { indicator } from "../../src/functions/functions";
import { defaultDimensions, defaultIndicators } from "../../src/core/template/default-catalogue";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

describe("VEIKART.INDICATOR", () => {
  it("gives the bokmål name by default", () => {
    expect(indicator("GHG_PER_CAPITA")).toBe("Klimagassutslipp per innbygger");
  });

  it("gives every field of every catalogue indicator, by English or bokmål field name", () => {
    for (const entry of defaultIndicators) {
      const dimension = defaultDimensions.find((candidate) => candidate.id === entry.parentId);
      expect(indicator(entry.id, "name")).toBe(entry.name);
      expect(indicator(entry.id, "name_en")).toBe(entry.nameEn);
      expect(indicator(entry.id, "dimension")).toBe(dimension?.name);
      expect(indicator(entry.id, "Dimensjon")).toBe(dimension?.name);
      expect(indicator(entry.id, "dimension_id")).toBe(entry.parentId);
      expect(indicator(entry.id, "unit")).toBe(entry.measure);
      expect(indicator(entry.id, "retning")).toBe(entry.direction);
      expect(indicator(entry.id, "source")).toBe(entry.source);
    }
  });

  it("finds an id in any case and with spaces around it", () => {
    expect(indicator(" ghg_per_capita ", "direction")).toBe(-1);
  });

  it("gives #N/A with a message for an unknown id", () => {
    const result = indicator("NO_SUCH") as FakeExcelError;
    expect([result.code, result.message]).toEqual([
      "#N/A",
      'The default catalogue has no indicator with id "NO_SUCH".',
    ]);
  });

  it("gives #VALUE! naming the argument for an unknown field or a blank id", () => {
    expect((indicator("GHG_TOTAL", "colour") as FakeExcelError).message).toMatch(
      /^Invalid field: use "name", "name_en"/
    );
    expect((indicator("") as FakeExcelError).message).toMatch(/^Invalid id: use an indicator id/);
  });
});
