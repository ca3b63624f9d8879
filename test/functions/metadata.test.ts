import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";

interface ParameterMetadata {
  readonly name: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly dimensionality?: string };
}

const source = join(__dirname, "..", "..", "src", "functions", "functions.ts");

describe("functions.json generated from the JSDoc in src/functions", () => {
  let functions: readonly FunctionMetadata[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata([source]);
    expect(generated.errors).toEqual([]);
    functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  });

  it("declares SCORE with value and peers as ranges and an optional direction", () => {
    const scoreFunction = functions.find((candidate) => candidate.id === "SCORE");
    expect(scoreFunction?.name).toBe("SCORE");
    expect(
      scoreFunction?.parameters.map(({ name, optional, dimensionality }) => ({
        name,
        optional: optional ?? false,
        dimensionality: dimensionality ?? "scalar",
      }))
    ).toEqual([
      { name: "value", optional: false, dimensionality: "matrix" },
      { name: "peers", optional: false, dimensionality: "matrix" },
      { name: "direction", optional: true, dimensionality: "scalar" },
    ]);
    expect(scoreFunction?.result.dimensionality).toBe("matrix");
  });

  it("associates each function id with a function exported by the source", async () => {
    const generated = await generateCustomFunctionsMetadata([source]);
    const exported = (await import("../../src/functions/functions")) as Record<string, unknown>;
    expect(generated.associate.length).toBe(functions.length);
    for (const association of generated.associate) {
      expect(typeof exported[association.functionName]).toBe("function");
    }
  });
});
