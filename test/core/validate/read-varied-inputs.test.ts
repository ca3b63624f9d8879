import {
  alternativeLabel,
  readVariedInputs,
  variedInputLabel,
  variedInputsText,
} from "../../../src/core/validate";

describe("reading the varied inputs of the Metode sheet", () => {
  it("reads each variation in the order written, its input named in bokmål, English or as registered", () => {
    const reading = readVariedInputs(
      "Vekter = 10 %; normalisation=z-skår, min-max; imputering=ingen,gjennomsnitt;"
    );
    expect(reading.problems).toEqual([]);
    expect(reading.inputs.map((input) => input.name)).toEqual(["weights", "normalise", "impute"]);
    expect(variedInputsText(reading.inputs)).toBe(
      "weights=10%; normalise=zscore,minmax; impute=none,mean"
    );
  });

  it("reads its own text back to the same inputs", () => {
    const text = "normalise=minmax,zscore,rank; aggregate=arithmetic,geometric; weights=25%";
    expect(variedInputsText(readVariedInputs(text).inputs)).toBe(text);
  });

  it("names what is missing in a part without alternatives, and an input given twice", () => {
    const { inputs, problems } = readVariedInputs("normalisering; vekter=25%; weights=10%");
    expect(inputs.map((input) => input.name)).toEqual(["weights"]);
    expect(problems.map((problem) => [problem.code, problem.parameters])).toEqual([
      ["no_alternatives", { input: "normalise" }],
      ["duplicate_alternative", { input: "weights", value: "weights" }],
    ]);
  });

  it("reads an empty text as nothing varied, leaving it to the analysis to say so", () => {
    expect(readVariedInputs(" ; ")).toEqual({ inputs: [], problems: [] });
  });
});

describe("the words of the varied inputs", () => {
  it("give an alternative the registry's bokmål or English word, keeping a group column and a share as written", () => {
    expect(alternativeLabel("normalise", "minmax", "nb")).toBe("min-maks");
    expect(alternativeLabel("normalise", "minmax", "en")).toBe("min-max");
    expect(alternativeLabel("impute", "group-mean:region", "nb")).toBe("gruppegjennomsnitt:region");
    expect(alternativeLabel("coverage", "0.5", "nb")).toBe("0.5");
  });

  it("name an input by its word, or by its registry name when it has none", () => {
    expect(variedInputLabel("aggregate", "nb")).toBe("aggregering");
    expect(variedInputLabel("weights", "en")).toBe("weights");
    expect(variedInputLabel("something-new", "nb")).toBe("something-new");
  });
});
