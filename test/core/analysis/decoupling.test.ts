import {
  decoupling,
  decouplingDegreeCodes,
  decouplingDegreeNames,
  type DecouplingInput,
} from "../../../src/core/analysis/decoupling";

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

// Each row worked by hand: e = (ΔP/P₀)/(ΔD/D₀). The driver grows 10 % (100 -> 110) in the first block
// and shrinks 10 % (100 -> 90) in the second.
const table = [
  // driver +10 %
  { pressure: [100, 95], driver: [100, 110], e: -0.5, degree: "strong_decoupling" },
  { pressure: [100, 100], driver: [100, 110], e: 0, degree: "strong_decoupling" },
  { pressure: [1000, 1001], driver: [100, 110], e: 0.01, degree: "weak_decoupling" },
  { pressure: [100, 104], driver: [100, 110], e: 0.4, degree: "weak_decoupling" },
  { pressure: [1000, 1079], driver: [100, 110], e: 0.79, degree: "weak_decoupling" },
  { pressure: [100, 108], driver: [100, 110], e: 0.8, degree: "expansive_coupling" },
  { pressure: [100, 110], driver: [100, 110], e: 1, degree: "expansive_coupling" },
  { pressure: [100, 112], driver: [100, 110], e: 1.2, degree: "expansive_coupling" },
  { pressure: [1000, 1121], driver: [100, 110], e: 1.21, degree: "expansive_negative_decoupling" },
  { pressure: [100, 130], driver: [100, 110], e: 3, degree: "expansive_negative_decoupling" },
  // driver −10 %
  { pressure: [100, 105], driver: [100, 90], e: -0.5, degree: "strong_negative_decoupling" },
  { pressure: [100, 100], driver: [100, 90], e: 0, degree: "strong_negative_decoupling" },
  { pressure: [100, 96], driver: [100, 90], e: 0.4, degree: "weak_negative_decoupling" },
  { pressure: [1000, 921], driver: [100, 90], e: 0.79, degree: "weak_negative_decoupling" },
  { pressure: [100, 92], driver: [100, 90], e: 0.8, degree: "recessive_coupling" },
  { pressure: [100, 88], driver: [100, 90], e: 1.2, degree: "recessive_coupling" },
  { pressure: [1000, 879], driver: [100, 90], e: 1.21, degree: "recessive_decoupling" },
  { pressure: [100, 85], driver: [100, 90], e: 1.5, degree: "recessive_decoupling" },
] as const;

describe("decoupling", () => {
  it.each(table)(
    "pressure $pressure, driver $driver: e = $e, $degree",
    ({ pressure, driver, e, degree }) => {
      const result = valueOf(period(pressure[0], pressure[1], driver[0], driver[1]));
      expect(result.elasticity).toBe(e);
      expect(result.degree).toBe(degree);
      expect(result.pressureChange).toBeCloseTo((pressure[1] - pressure[0]) / pressure[0], 15);
      expect(result.driverChange).toBeCloseTo((driver[1] - driver[0]) / driver[0], 15);
    }
  );

  it("reaches every one of the eight degrees in the table", () => {
    expect(new Set(table.map((row) => row.degree))).toEqual(new Set(decouplingDegreeCodes));
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
