import fc from "fast-check";
// The JSON-stat JavaScript Toolkit, by the format's author: the reference the reader is checked against.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSONstat = require("jsonstat-toolkit") as (document: unknown) => {
  value: (number | string | null)[] | null;
  status: (string | null)[] | null;
  id: string[];
  size: number[];
  Dimension(id: string): { id: string[] };
};

import { JsonStatError, readJsonStat, type JsonStatValue } from "../../../src/core/import";

interface Cube {
  readonly dimensions: readonly { readonly id: string; readonly codes: readonly string[] }[];
  readonly values: readonly JsonStatValue[];
  readonly statuses: readonly (string | undefined)[];
}

interface Shapes {
  readonly valueAsObject: boolean;
  readonly status: "array" | "object" | "none";
  readonly indexAsObject: boolean;
  /** A dimension with one category leaves category.index out and names it in category.label. */
  readonly singleWithoutIndex: boolean;
}

/** A JSON-stat 2.0 writer: the cube in the shapes asked for. */
function writeJsonStat(cube: Cube, shapes: Shapes): Record<string, unknown> {
  const dimension: Record<string, unknown> = {};
  for (const { id, codes } of cube.dimensions) {
    const label = Object.fromEntries(codes.map((code) => [code, `${code} label`]));
    dimension[id] =
      shapes.singleWithoutIndex && codes.length === 1
        ? { label: id, category: { label } }
        : {
            label: id,
            category: {
              index: shapes.indexAsObject
                ? Object.fromEntries(codes.map((code, position) => [code, position]))
                : codes,
              label,
            },
          };
  }
  const byPosition = <T>(entries: readonly T[], keep: (entry: T) => boolean) =>
    Object.fromEntries(
      entries.flatMap((entry, position) => (keep(entry) ? [[String(position), entry]] : []))
    );
  const status =
    shapes.status === "array"
      ? cube.statuses.map((entry) => entry ?? null)
      : shapes.status === "object"
        ? byPosition(cube.statuses, (entry) => entry !== undefined)
        : undefined;
  return {
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning",
    updated: "2025-02-20T07:00:00Z",
    id: cube.dimensions.map((entry) => entry.id),
    size: cube.dimensions.map((entry) => entry.codes.length),
    dimension,
    value: shapes.valueAsObject ? byPosition(cube.values, (entry) => entry !== null) : cube.values,
    ...(status === undefined ? {} : { status }),
    role: { time: [], geo: [] },
    extension: { px: { tableid: "07459" } },
  };
}

const cubes: fc.Arbitrary<Cube> = fc
  .uniqueArray(fc.constantFrom("Region", "Kjonn", "Alder", "ContentsCode", "Tid", "Sektor"), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((ids) =>
    fc
      .tuple(
        ...ids.map((id) =>
          fc
            .uniqueArray(
              fc.integer({ min: 0, max: 9999 }).map((code) => String(code).padStart(4, "0")),
              { minLength: 1, maxLength: 4 }
            )
            .map((codes) => ({ id, codes }))
        )
      )
      .chain((dimensions) => {
        const count = dimensions.reduce((product, entry) => product * entry.codes.length, 1);
        return fc
          .tuple(
            fc.array(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.constant(null)), {
              minLength: count,
              maxLength: count,
            }),
            fc.array(fc.constantFrom(undefined, "..", ":", ".", "-"), {
              minLength: count,
              maxLength: count,
            })
          )
          .map(([values, statuses]) => ({ dimensions, values, statuses }));
      })
  );

const shapes: fc.Arbitrary<Shapes> = fc.record({
  valueAsObject: fc.boolean(),
  status: fc.constantFrom("array", "object", "none"),
  indexAsObject: fc.boolean(),
  singleWithoutIndex: fc.boolean(),
});

/** The codes of the cell at a position, the last dimension varying fastest. */
function codesAt(cube: Cube, position: number): string[] {
  const codes: string[] = [];
  let rest = position;
  for (let order = cube.dimensions.length - 1; order >= 0; order--) {
    const dimensionCodes = cube.dimensions[order]?.codes ?? [];
    codes.unshift(dimensionCodes[rest % dimensionCodes.length] ?? "");
    rest = Math.floor(rest / dimensionCodes.length);
  }
  return codes;
}

/** fast-check runs a hundred cases: room for a machine under load. */
const propertyTimeout = 60_000;

describe("readJsonStat", () => {
  it(
    "round-trips any cube written in any shape the specification allows",
    () => {
      fc.assert(
        fc.property(cubes, shapes, (cube, shape) => {
          const dataset = readJsonStat(writeJsonStat(cube, shape));
          expect(dataset.dimensions.map((entry) => entry.id)).toEqual(
            cube.dimensions.map((entry) => entry.id)
          );
          expect(dataset.dimensions.map((entry) => entry.codes)).toEqual(
            cube.dimensions.map((entry) => entry.codes)
          );
          expect([...dataset.cells()]).toEqual(
            cube.values.map((value, position) => ({
              codes: codesAt(cube, position),
              value,
              status: shape.status === "none" ? undefined : cube.statuses[position],
            }))
          );
        })
      );
    },
    propertyTimeout
  );

  it(
    "agrees with the JSON-stat Toolkit on values, statuses and category order",
    () => {
      fc.assert(
        fc.property(cubes, shapes, (cube, shape) => {
          const document = writeJsonStat(cube, { ...shape, singleWithoutIndex: false });
          const dataset = readJsonStat(document);
          const reference = JSONstat(document);
          expect(dataset.dimensions.map((entry) => entry.id)).toEqual(reference.id);
          for (const entry of dataset.dimensions)
            expect(entry.codes).toEqual(reference.Dimension(entry.id).id);
          const values = Array.from({ length: dataset.cellCount }, (_, at) => dataset.valueAt(at));
          // The toolkit gives no values at all (null) for a value object without entries: every cell missing.
          expect(values).toEqual(reference.value ?? values.map(() => null));
          if (reference.status !== null)
            expect(
              Array.from({ length: dataset.cellCount }, (_, at) => dataset.statusAt(at))
            ).toEqual(reference.status.map((entry) => entry ?? undefined));
        })
      );
    },
    propertyTimeout
  );

  it("keeps label, updated, extension, roles, category labels and units", () => {
    const dataset = readJsonStat({
      version: "2.0",
      class: "dataset",
      label: "07459: Befolkning, etter region og år",
      source: "Statistisk sentralbyrå",
      updated: "2025-02-20T07:00:00Z",
      id: ["Region", "ContentsCode", "Tid"],
      size: [1, 1, 2],
      role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
      dimension: {
        Region: { label: "region", category: { index: { "0301": 0 }, label: { "0301": "Oslo" } } },
        ContentsCode: {
          category: {
            index: ["Personer1"],
            label: { Personer1: "Personer" },
            unit: { Personer1: { base: "personer", decimals: 0 } },
          },
        },
        Tid: { category: { index: ["2023", "2024"] } },
      },
      value: [717710, 724290],
      status: "p",
      extension: { px: { tableid: "07459" } },
    });
    expect(dataset.label).toBe("07459: Befolkning, etter region og år");
    expect(dataset.source).toBe("Statistisk sentralbyrå");
    expect(dataset.updated).toBe("2025-02-20T07:00:00Z");
    expect(dataset.extension).toEqual({ px: { tableid: "07459" } });
    expect(dataset.roles).toEqual({ geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] });
    expect(dataset.dimension("Region")?.labels).toEqual(["Oslo"]);
    expect(dataset.dimension("Tid")?.labels).toEqual(["2023", "2024"]);
    expect(dataset.dimension("ContentsCode")?.units).toEqual({
      Personer1: { base: "personer", decimals: 0 },
    });
    expect(dataset.statusAt(1)).toBe("p");
    expect(dataset.strides).toEqual([2, 2, 1]);
  });

  const valid = () => ({
    version: "2.0",
    class: "dataset",
    id: ["Region", "Tid"],
    size: [2, 2],
    dimension: {
      Region: { category: { index: ["0301", "1103"] } },
      Tid: { category: { index: { "2023": 0, "2024": 1 } } },
    },
    value: [1, 2, 3, 4],
  });

  it.each([
    ["a size that disagrees with the categories", { size: [3, 2] }, /Region.*2 categories.*3/],
    ["fewer values than cells", { value: [1, 2, 3] }, /3 entries.*4 cells/],
    ["a value keyed past the last cell", { value: { "4": 1 } }, /key "4".*0 to 3/],
    ["a value that is not a number", { value: [1, 2, true, 4] }, /position 2/],
    ["id and size of different lengths", { size: [2] }, /2 dimensions.*size gives 1/],
    ["a dimension listed in id but not described", { id: ["Region", "Alder"] }, /"Alder"/],
    ["a class other than dataset", { class: "collection" }, /class.*"collection"/],
    [
      "an index object with a position twice",
      {
        dimension: { Region: { category: { index: { a: 0, b: 0 } } }, Tid: valid().dimension.Tid },
      },
      /position 0/,
    ],
    [
      "a dimension with two categories and no index",
      {
        dimension: {
          Region: { category: { label: { a: "A", b: "B" } } },
          Tid: valid().dimension.Tid,
        },
      },
      /no category.index/,
    ],
    ["a status array of the wrong length", { status: ["..", ":"] }, /status has 2 entries/],
    ["a role naming an unknown dimension", { role: { time: ["År"] } }, /role.time/],
  ])("refuses %s with a JsonStatError naming it", (_, change, message) => {
    const read = () => readJsonStat({ ...valid(), ...change });
    expect(read).toThrow(JsonStatError);
    expect(read).toThrow(message);
  });

  it("refuses a document that is not an object", () => {
    expect(() => readJsonStat([1, 2])).toThrow(JsonStatError);
  });
});
