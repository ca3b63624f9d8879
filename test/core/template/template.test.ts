import {
  defaultDimensions,
  defaultIndicators,
  exampleObservations,
  exampleSource,
  fylker,
  indicatorFitsLevel,
  kommuner,
  pilotUnits,
  registerByCode,
  retiredByCode,
  templateSheets,
  templateWorkbook,
} from "../../../src/core/template";

describe("the unit register", () => {
  it("holds the 357 kommuner and 15 fylker of 2024 with unique codes", () => {
    expect(kommuner).toHaveLength(357);
    expect(fylker).toHaveLength(15);
    expect(registerByCode.size).toBe(372);
    expect(kommuner.every((kommune) => /^\d{4}$/.test(kommune.code))).toBe(true);
    expect(fylker.every((fylke) => /^\d{2}$/.test(fylke.code))).toBe(true);
  });

  it("places every kommune in one of the 15 fylker", () => {
    const fylkeCodes = new Set(fylker.map((fylke) => fylke.code));
    expect(kommuner.filter((kommune) => !fylkeCodes.has(kommune.code.slice(0, 2)))).toEqual([]);
  });

  it("knows Trondheim's retired code 1601 and Viken's 30 with their successors", () => {
    expect(retiredByCode.get("1601")).toMatchObject({ retiredIn: 2018, replacedBy: ["5001"] });
    expect(retiredByCode.get("30")).toMatchObject({
      retiredIn: 2024,
      replacedBy: ["31", "32", "33"],
    });
    expect(retiredByCode.get("1507")?.replacedBy).toEqual(["1508", "1580"]);
  });

  it("never lists a current code as retired, and every successor is current", () => {
    for (const retired of retiredByCode.values()) {
      expect(registerByCode.has(retired.code)).toBe(false);
      for (const successor of retired.replacedBy) expect(registerByCode.has(successor)).toBe(true);
    }
  });
});

describe("the default catalogue", () => {
  it("has 32 indicators with unique ids in 6 dimensions, 27 of them scored (the 30 of the catalogue and the two decoupling drivers)", () => {
    expect(defaultDimensions.map((dimension) => dimension.id)).toEqual([
      "D1",
      "D2",
      "D3",
      "D4",
      "D5",
      "D6",
    ]);
    expect(new Set(defaultIndicators.map((indicator) => indicator.id)).size).toBe(32);
    expect(defaultIndicators.filter((indicator) => indicator.direction !== 0)).toHaveLength(27);
    const dimensionIds = new Set(defaultDimensions.map((dimension) => dimension.id));
    expect(defaultIndicators.every((indicator) => dimensionIds.has(indicator.parentId))).toBe(true);
  });

  it("names every indicator in bokmål and English with a unit and a source", () => {
    for (const indicator of defaultIndicators) {
      expect(indicator.name).not.toBe(indicator.nameEn);
      expect(indicator.measure.length).toBeGreaterThan(0);
      expect(indicator.source.length).toBeGreaterThan(0);
    }
  });

  it("carries the published targets with their year, and names where each is set in its source", () => {
    const targeted = defaultIndicators.filter((indicator) => indicator.target !== undefined);
    expect(targeted.map(({ id, target, targetYear }) => ({ id, target, targetYear }))).toEqual([
      { id: "EV_SHARE_NEW", target: 100, targetYear: 2025 },
      { id: "HH_WASTE_RECYCLING_SHARE", target: 55, targetYear: 2025 },
    ]);
    expect(targeted[0]?.source).toMatch(/Nasjonal transportplan/);
    expect(targeted[1]?.source).toMatch(/avfallsforskriften/);
    expect(defaultIndicators.filter((indicator) => indicator.targetYear !== undefined)).toEqual(
      targeted
    );
  });

  it("writes the targets to the Indikatorer sheet's Mål and Målår columns", () => {
    const sheet = templateWorkbook(false).find((candidate) => candidate.name === "Indikatorer");
    const [header = [], ...rows] = sheet?.values ?? [];
    const column = (name: string) => header.indexOf(name);
    const rowOf = (id: string) => rows.find((row) => row[column("Id")] === id) ?? [];
    expect([column("Mål"), column("Målår")].every((position) => position >= 0)).toBe(true);
    const ev = rowOf("EV_SHARE_NEW");
    expect([ev[column("Mål")], ev[column("Målår")]]).toEqual([100, 2025]);
    const waste = rowOf("HH_WASTE_RECYCLING_SHARE");
    expect([waste[column("Mål")], waste[column("Målår")]]).toEqual([55, 2025]);
    const ghg = rowOf("GHG_TOTAL");
    expect([ghg[column("Mål")], ghg[column("Målår")]]).toEqual([null, null]);
  });
});

describe("the pilot units and example data", () => {
  it("puts the six pilot units in three peer groups of two, all in the register", () => {
    const groups = new Map<string, string[]>();
    for (const unit of pilotUnits) {
      expect(registerByCode.get(unit.code)?.name).toBe(unit.name);
      groups.set(unit.peerGroup ?? "", [...(groups.get(unit.peerGroup ?? "") ?? []), unit.code]);
    }
    expect(Object.fromEntries(groups)).toEqual({
      storby: ["5001", "4601"],
      nabokommune: ["5035", "4624"],
      fylke: ["50", "46"],
    });
  });

  it("has a value for every pilot unit, applicable indicator and year 2019-2023, labelled illustrative", () => {
    for (const unit of pilotUnits)
      for (const indicator of defaultIndicators) {
        const years = exampleObservations
          .filter(
            (observation) =>
              observation.unitCode === unit.code && observation.indicatorId === indicator.id
          )
          .map((observation) => observation.year);
        expect(years).toEqual(
          indicatorFitsLevel(indicator.level, unit.level) ? [2019, 2020, 2021, 2022, 2023] : []
        );
      }
    expect(exampleObservations.every((observation) => observation.source === exampleSource)).toBe(
      true
    );
    expect(exampleSource).toMatch(/illustra/i);
  });
});

describe("the sheet schema", () => {
  it("gives every sheet and column an English alias and unique header keys", () => {
    expect(templateSheets.map((sheet) => sheet.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
    ]);
    for (const sheet of templateSheets) {
      const columnByName = new Map<string, string>();
      for (const column of sheet.columns) {
        expect(column.aliases.length).toBeGreaterThan(0);
        for (const name of new Set(
          [column.header, ...column.aliases].map((text) => text.toLowerCase())
        )) {
          expect(columnByName.get(name)).toBeUndefined();
          columnByName.set(name, column.key);
        }
      }
    }
  });
});
