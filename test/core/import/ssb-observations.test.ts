import {
  SsbImportError,
  observationsFromSsb,
  type SsbImportRequest,
} from "../../../src/core/import";
import type { SsbSource } from "../../../src/core/model";
import { ssbResponse, type ResponseSpec } from "./ssb-dataset";

const population: SsbSource = { table: "07459", contents: "Personer1", selections: [], scale: 1 };

function importOf(
  values: ResponseSpec["values"],
  request: Partial<SsbImportRequest> = {}
): ReturnType<typeof observationsFromSsb> {
  return observationsFromSsb({
    indicator: "POPULATION",
    source: population,
    datasets: [ssbResponse({ table: "07459", contents: "Personer1", values })],
    units: Object.keys(values),
    additive: true,
    ...request,
  });
}

const valueOf = (result: ReturnType<typeof observationsFromSsb>, unit: string, year: number) =>
  result.observations.find((entry) => entry.unit === unit && entry.year === year);

describe("observationsFromSsb", () => {
  it("gives each unit's value with the table, contents and SSB's update time as its source", () => {
    const result = importOf({ "0301": { 2023: 717710, 2024: 724290 } });
    expect(result.observations).toEqual([
      {
        unit: "0301",
        indicator: "POPULATION",
        year: 2023,
        value: 717710,
        source: "SSB 07459/Personer1, oppdatert 2025-02-20T07:00:00Z",
      },
      expect.objectContaining({ year: 2024, value: 724290 }),
    ]);
  });

  it("sums a merged kommune's count from the codes of each year (Trondheim and Klæbu)", () => {
    const result = importOf(
      {
        "1601": { 2017: 190000, 2019: ".." },
        "1662": { 2017: 6000, 2019: ".." },
        "5001": { 2017: "..", 2019: 200000, 2020: 207000 },
        "5030": { 2017: "..", 2019: 6100, 2020: ".." },
      },
      { units: ["5001"] }
    );
    expect(valueOf(result, "5001", 2017)?.value).toBe(196000);
    expect(valueOf(result, "5001", 2019)?.value).toBe(206100);
    expect(valueOf(result, "5001", 2020)?.value).toBe(207000);
  });

  it("computes a merged unit's rate from summed numerators and denominators, not the mean of rates", () => {
    const source: SsbSource = {
      table: "12345",
      contents: "Antall",
      selections: [],
      denominator: { table: "07459", contents: "Personer1" },
      scale: 1000,
    };
    const result = observationsFromSsb({
      indicator: "CARS_PER_1000",
      source,
      datasets: [
        ssbResponse({
          table: "12345",
          contents: "Antall",
          values: { "5001": { 2019: 100000 }, "5030": { 2019: 1000 } },
        }),
      ],
      denominatorDatasets: [
        ssbResponse({
          table: "07459",
          contents: "Personer1",
          values: { "5001": { 2019: 200000 }, "5030": { 2019: 5000 } },
        }),
      ],
      units: ["5001"],
      additive: false,
    });
    // (100000 + 1000) / (200000 + 5000) * 1000; the mean of the two rates would be 350.
    expect(valueOf(result, "5001", 2019)?.value).toBeCloseTo(492.6829, 4);
    expect(valueOf(result, "5001", 2019)?.source).toBe(
      "SSB 12345/Antall, oppdatert 2025-02-20T07:00:00Z; nevner SSB 07459/Personer1, oppdatert 2025-02-20T07:00:00Z; skala 1000"
    );
  });

  it("reports a rate of a merged unit without its denominator instead of averaging it", () => {
    const result = importOf(
      { "5001": { 2019: 12.5 }, "5030": { 2019: 10 } },
      { units: ["5001"], additive: false }
    );
    expect(result.observations).toEqual([]);
    expect(result.report.notAdditive).toEqual([
      { unit: "5001", year: 2019, codes: ["5001", "5030"] },
    ]);
  });

  it("passes a renumbered kommune's rate through: one code of its year is not a merger", () => {
    const result = importOf(
      { "0101": { 2019: 12.5 }, "3001": { 2022: 13 }, "3101": { 2024: 14 } },
      { units: ["3101"], additive: false }
    );
    expect(result.observations.map((entry) => [entry.year, entry.value])).toEqual([
      [2019, 12.5],
      [2022, 13],
      [2024, 14],
    ]);
  });

  it("reports a unit whose area in a year includes a code later split, and guesses nothing", () => {
    const result = importOf(
      {
        "1805": { 2019: 14000 },
        "1850": { 2019: 1900 },
        "1854": { 2019: 2500 },
        "1806": { 2019: "..", 2024: 22000 },
      },
      { units: ["1806", "1875"] }
    );
    expect(valueOf(result, "1806", 2019)).toBeUndefined();
    expect(result.report.splits).toEqual(
      expect.arrayContaining([
        { unit: "1806", year: 2019, codes: ["1805", "1850", "1854"] },
        { unit: "1875", year: 2019, codes: ["1850"] },
      ])
    );
    expect(valueOf(result, "1806", 2024)?.value).toBe(22000);
  });

  it("keeps SSB's symbols as missing values and reads '-' as zero", () => {
    const result = importOf({
      "0301": { 2020: "..", 2021: ":", 2022: ".", 2023: "-" },
    });
    expect(
      result.observations.map((entry) => [entry.year, entry.value, entry.missing ?? null])
    ).toEqual([
      [2020, null, ".."],
      [2021, null, ":"],
      [2022, null, "."],
      [2023, 0, null],
    ]);
    expect(result.report.missingAtSource).toBe(3);
  });

  it("makes a merged sum missing, with the symbol, when one predecessor is confidential", () => {
    const result = importOf(
      { "5001": { 2019: 200000 }, "5030": { 2019: ":" } },
      {
        units: ["5001"],
      }
    );
    expect(valueOf(result, "5001", 2019)).toEqual(
      expect.objectContaining({ value: null, missing: ":" })
    );
  });

  it("leaves out the whole country and KOSTRA groups unless asked, and reports unknown codes", () => {
    const values = {
      "0": { 2024: 5550203 },
      EAK: { 2024: 5550203 },
      EKG13: { 2024: 1000 },
      "0301": { 2024: 724290 },
      "9876": { 2024: 1 },
    };
    const left = importOf(values, { units: ["0301"] });
    expect(left.observations.map((entry) => entry.unit)).toEqual(["0301"]);
    expect(left.report.aggregates).toEqual(["0", "EAK", "EKG13"]);
    expect(left.report.unknownCodes).toEqual(["9876"]);
    expect(left.report.notAsked).toEqual([]);
    const asked = importOf(values, { units: ["0301"], includeAggregates: true });
    expect(asked.observations.map((entry) => entry.unit)).toEqual(["0301", "0", "EAK", "EKG13"]);
  });

  it("leaves out the fylker when kommuner are asked, and reports them", () => {
    const result = importOf(
      { "03": { 2024: 724290 }, "0301": { 2024: 724290 } },
      { units: ["0301"] }
    );
    expect(result.observations.map((entry) => entry.unit)).toEqual(["0301"]);
    expect(result.report.notAsked).toEqual(["03"]);
  });

  it("takes a table in today's borders (SSB's K- codes) as it is for earlier years", () => {
    const result = importOf({ "K-3101": { 2019: 31000, 2024: 31500 } }, { units: ["3101"] });
    expect(result.observations.map((entry) => [entry.year, entry.value])).toEqual([
      [2019, 31000],
      [2024, 31500],
    ]);
  });

  it("sums the codes of a selection that lists several, and divides by a zero denominator into '.'", () => {
    const source: SsbSource = {
      table: "09429",
      contents: "Personer",
      selections: [{ dimension: "Nivaa", codes: ["03a", "04a"] }],
      denominator: { table: "07459", contents: "Personer1" },
      scale: 100,
    };
    const result = observationsFromSsb({
      indicator: "HIGHER_EDU_SHARE",
      source,
      datasets: [
        ssbResponse({
          table: "09429",
          contents: "Personer",
          values: { "0301": { 2023: 0 }, "1103": { 2023: 0 } },
          extra: [{ id: "Nivaa", codes: ["01", "03a", "04a"] }],
          extraValue: (_, [level]) => (level === "03a" ? 300 : level === "04a" ? 200 : 9999),
        }),
      ],
      denominatorDatasets: [
        ssbResponse({
          table: "07459",
          contents: "Personer1",
          values: { "0301": { 2023: 1000 }, "1103": { 2023: 0 } },
        }),
      ],
      units: ["0301", "1103"],
      additive: false,
    });
    expect(valueOf(result, "0301", 2023)?.value).toBe(50);
    expect(valueOf(result, "1103", 2023)).toEqual(
      expect.objectContaining({ value: null, missing: "." })
    );
  });

  it("refuses a response with a dimension the source does not fix, naming it", () => {
    const run = () =>
      observationsFromSsb({
        indicator: "POPULATION",
        source: population,
        datasets: [
          ssbResponse({
            table: "07459",
            contents: "Personer1",
            values: { "0301": { 2024: 1 } },
            extra: [{ id: "Kjonn", codes: ["1", "2"] }],
          }),
        ],
        units: ["0301"],
        additive: true,
      });
    expect(run).toThrow(SsbImportError);
    expect(run).toThrow(/2 categories along Kjonn/);
  });

  it("refuses a source with a denominator when no response for it is given", () => {
    expect(() =>
      importOf(
        { "0301": { 2024: 1 } },
        { source: { ...population, denominator: { table: "07459", contents: "Personer1" } } }
      )
    ).toThrow(/no response for it/);
  });
});
