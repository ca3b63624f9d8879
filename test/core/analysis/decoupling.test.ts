import {
  decoupling,
  decouplingDegreeCodes,
  decouplingDegreeNames,
  type DecouplingInput,
} from "../../../src/core/analysis/decoupling";
import { decouplingTable } from "../../support/decoupling-table";

const period = (
  pressureStart: number | null,
  pressureEnd: number | null,
  driverStart: number | null,
  driverEnd: number | null
): DecouplingInput => ({ pressureStart, pressureEnd, driverStart, driverEnd });

const valueOf = (input: DecouplingInput) => {
  const result = decoupling(input);
  if (!result.ok) throw new Error(`expected a value, got ${result.issues[0].code}`);
  return result.value;
};

const reasonOf = (input: DecouplingInput) => {
  const result = decoupling(input);
  return result.ok ? undefined : result.issues[0].code;
};

const table = decouplingTable;

describe("decoupling", () => {
  it.each(table)(
    "pressure $pressure, driver $driver: e = $elasticity, $code",
    ({ pressure, driver, elasticity: e, code: degree }) => {
      const result = valueOf(period(pressure[0], pressure[1], driver[0], driver[1]));
      expect(result.elasticity).toBe(e);
      expect(result.degree).toBe(degree);
      expect(result.pressureChange).toBeCloseTo((pressure[1] - pressure[0]) / pressure[0], 15);
      expect(result.driverChange).toBeCloseTo((driver[1] - driver[0]) / driver[0], 15);
    }
  );

  it("reaches every one of the eight degrees in the table", () => {
    expect(new Set(table.map((row) => row.code))).toEqual(new Set(decouplingDegreeCodes));
  });

  it("keeps e = 0.8 and 1.2 from decimal inputs on the coupling side despite binary rounding", () => {
    // (0.92 − 1)/(0.9 − 1) is 0.7999999999999998 and (0.88 − 1)/(0.9 − 1) 1.2000000000000002 in binary
    expect(valueOf(period(1, 0.92, 1, 0.9)).elasticity).toBeLessThan(0.8);
    expect(valueOf(period(1, 0.88, 1, 0.9)).elasticity).toBeGreaterThan(1.2);
    expect(valueOf(period(0.3, 0.324, 0.7, 0.77)).degree).toBe("expansive_coupling");
    expect(valueOf(period(1, 0.92, 1, 0.9)).degree).toBe("recessive_coupling");
    expect(valueOf(period(1, 0.88, 1, 0.9)).degree).toBe("recessive_coupling");
    expect(valueOf(period(1, 0.8799, 1, 0.9)).degree).toBe("recessive_decoupling");
    expect(valueOf(period(1, 0.9201, 1, 0.9)).degree).toBe("weak_negative_decoupling");
  });

  it("gives the driver-unchanged reason when the driver does not change, whatever the pressure does", () => {
    expect(reasonOf(period(100, 90, 50, 50))).toBe("decoupling_driver_unchanged");
    expect(reasonOf(period(100, 100, 50, 50))).toBe("decoupling_driver_unchanged");
  });

  it("gives reasons for a missing value, a start of 0 or less and a negative end", () => {
    expect(reasonOf(period(null, 90, 50, 60))).toBe("decoupling_value_missing");
    expect(reasonOf(period(100, 90, 50, Number.NaN))).toBe("decoupling_value_missing");
    expect(reasonOf(period(0, 90, 50, 60))).toBe("decoupling_start_not_positive");
    expect(reasonOf(period(100, 90, 0, 60))).toBe("decoupling_start_not_positive");
    expect(reasonOf(period(-5, 90, 50, 60))).toBe("decoupling_start_not_positive");
    expect(reasonOf(period(100, -1, 50, 60))).toBe("decoupling_end_negative");
  });

  it("allows an end value of 0: emissions gone while the economy grows is strong decoupling", () => {
    const result = valueOf(period(100, 0, 100, 110));
    expect(result.elasticity).toBe(-10);
    expect(result.degree).toBe("strong_decoupling");
  });

  it("names every degree in bokmål and English", () => {
    for (const code of decouplingDegreeCodes) {
      expect(decouplingDegreeNames[code].nb).toMatch(/kobling/);
      expect(decouplingDegreeNames[code].en).toMatch(/coupling/);
    }
  });
});
