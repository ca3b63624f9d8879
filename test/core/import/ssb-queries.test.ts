import fc from "fast-check";
import { planSsbQueries, ssbCellLimit, type SsbQuery } from "../../../src/core/import";
import type { SsbSource } from "../../../src/core/model";
import { kommuner } from "../../../src/core/template";

const population: SsbSource = { table: "07459", contents: "Personer1", selections: [], scale: 1 };

const codesOf = (query: SsbQuery, dimension: string) =>
  query.selections.find((selection) => selection.dimension === dimension)?.codes ?? [];

/** fast-check runs a hundred cases: room for a machine under load. */
const propertyTimeout = 60_000;

describe("planSsbQueries", () => {
  it("asks for each unit's code and the codes of the years asked that lie in it", () => {
    const [query] = planSsbQueries(population, ["5001"], [2017, 2019, 2024]);
    expect(codesOf(query!, "Region")).toEqual(
      expect.arrayContaining(["5001", "5030", "1601", "1662"])
    );
    const [recent] = planSsbQueries(population, ["5001"], [2024]);
    expect(codesOf(recent!, "Region")).toEqual(["5001"]);
  });

  it("puts the contents, the fixed selections, the regions and the years in each request", () => {
    const source: SsbSource = {
      ...population,
      selections: [{ dimension: "Kjonn", codes: ["1", "2"] }],
    };
    const [query] = planSsbQueries(source, ["0301"], [2023, 2024]);
    expect(query).toEqual({
      role: "numerator",
      table: "07459",
      selections: [
        { dimension: "ContentsCode", codes: ["Personer1"] },
        { dimension: "Kjonn", codes: ["1", "2"] },
        { dimension: "Region", codes: ["0301"] },
        { dimension: "Tid", codes: ["2023", "2024"] },
      ],
      cellCount: 4,
    });
  });

  it("follows the numerator's requests with the denominator's", () => {
    const source: SsbSource = {
      table: "09429",
      contents: "Personer",
      selections: [],
      denominator: { table: "07459", contents: "Personer1" },
      scale: 100,
    };
    expect(
      planSsbQueries(source, ["0301"], [2024]).map((query) => [query.role, query.table])
    ).toEqual([
      ["numerator", "09429"],
      ["denominator", "07459"],
    ]);
  });

  it("keeps all 372 units and 16 years in one request under SSB's limit of 800 000 cells", () => {
    expect(ssbCellLimit).toBe(800_000);
    const years = Array.from({ length: 16 }, (_, index) => 2009 + index);
    const queries = planSsbQueries(
      population,
      kommuner.map((entry) => entry.code),
      years
    );
    expect(queries).toHaveLength(1);
  });

  it(
    "splits any request over the cell limit into requests under it that cover every region and year",
    () => {
      const units = kommuner.map((entry) => entry.code);
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 1, max: 20 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 1, max: 5000 }),
          (unitCount, yearCount, sexes, limit) => {
            const source: SsbSource = {
              ...population,
              selections: [{ dimension: "Kjonn", codes: ["0", "1", "2"].slice(0, sexes) }],
            };
            const years = Array.from({ length: yearCount }, (_, index) => 2024 - index);
            const queries = planSsbQueries(
              source,
              units.slice(0, unitCount),
              years,
              Math.max(limit, sexes)
            );
            const covered = new Set<string>();
            for (const query of queries) {
              expect(query.cellCount).toBeLessThanOrEqual(Math.max(limit, sexes));
              for (const region of codesOf(query, "Region"))
                for (const year of codesOf(query, "Tid")) covered.add(`${region} ${year}`);
            }
            const regions = new Set(queries.flatMap((query) => codesOf(query, "Region")));
            expect(covered.size).toBe(regions.size * yearCount);
          }
        )
      );
    },
    propertyTimeout
  );

  it("refuses fixed selections that alone pass the limit", () => {
    const source: SsbSource = {
      ...population,
      selections: [{ dimension: "Alder", codes: ["1", "2", "3"] }],
    };
    expect(() => planSsbQueries(source, ["0301"], [2024], 2)).toThrow(/above the limit of 2/);
  });
});
