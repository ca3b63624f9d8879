import { decoupling } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";
import { decouplingTable } from "../support/decoupling-table";

beforeAll(installCustomFunctionsGlobal);

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("VEIKART.DECOUPLING", () => {
  it.each(decouplingTable)(
    "pressure $pressure, driver $driver: e = $elasticity, $code",
    ({ pressure, driver, elasticity, code, english }) => {
      const [pressureStart, pressureEnd] = pressure;
      const [driverStart, driverEnd] = driver;
      expect(decoupling(pressureStart, pressureEnd, driverStart, driverEnd)).toBe(elasticity);
      expect(decoupling(pressureStart, pressureEnd, driverStart, driverEnd, "code")).toBe(code);
      expect(decoupling(pressureStart, pressureEnd, driverStart, driverEnd, "class")).toBe(english);
    }
  );

  it("names the degree in bokmål when Office speaks Norwegian", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "nb-NO" } };
    expect(decoupling(100, 95, 100, 110, "class")).toBe("sterk frikobling");
    expect(decoupling(100, 88, 100, 90, "klasse")).toBe("resessiv kobling");
  });

  it("gives #N/A with a message when the driver does not change or a value is blank", () => {
    const unchanged = decoupling(100, 90, 50, 50) as FakeExcelError;
    expect([unchanged.code, unchanged.message]).toEqual([
      "#N/A",
      "The driver did not change (50); the elasticity divides by a change of 0 and is undefined.",
    ]);
    const blank = decoupling("", 90, 50, 60) as FakeExcelError;
    expect([blank.code, blank.message]).toEqual([
      "#N/A",
      "The pressure_start is missing: the cell is empty.",
    ]);
  });

  it("gives #VALUE! with a message for a start of 0, a negative end, text or an unknown output", () => {
    const zero = decoupling(0, 90, 50, 60) as FakeExcelError;
    expect([zero.code, zero.message]).toEqual([
      "#VALUE!",
      "The pressure at the start is 0; a relative change needs a start value above 0.",
    ]);
    expect((decoupling(100, 90, 50, -1) as FakeExcelError).code).toBe("#VALUE!");
    expect((decoupling(100, "ti", 50, 60) as FakeExcelError).message).toMatch(
      /^Invalid pressure_end: use the pressure/
    );
    expect((decoupling(100, 90, 50, 60, "degree") as FakeExcelError).message).toMatch(
      /^Invalid output: use "elasticity"/
    );
  });
});
