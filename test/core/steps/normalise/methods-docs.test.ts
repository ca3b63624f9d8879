// The docs' tables of normalisation methods are the registry's: docs/method.md lists every method with its
// Metode words, formula and parameters; docs/functions.md the methods a cell can use with its parameters.
// When a test here fails it prints the table; `UPDATE_DOCS=1 npx jest methods-docs` writes it into the docs
// (below the marker, up to the next blank line).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MethodParameter } from "../../../../src/core/steps/method-declaration";
import {
  normalisationMethodNames,
  normalisationMethods,
} from "../../../../src/core/steps/normalise/methods";

const marker = "<!-- generated from the registry (src/core/steps/normalise/methods.ts) -->";

/** Where the table below the marker starts and ends (at the first blank line), if the marker is there. */
function tableSpan(text: string): { start: number; end: number } | undefined {
  const markerAt = text.indexOf(marker);
  if (markerAt < 0) return undefined;
  const start = markerAt + marker.length + 1;
  const blankLine = text.indexOf("\n\n", start);
  return { start, end: blankLine < 0 ? text.length : blankLine };
}

/** The table below the marker in a docs file; replaced by `table` first when UPDATE_DOCS=1. */
function documentedTable(file: string, table: string): string {
  const path = join(__dirname, "../../../../docs", file);
  let text = readFileSync(path, "utf8");
  let span = tableSpan(text);
  if (span === undefined) return `(no marker in docs/${file})`;
  if (process.env.UPDATE_DOCS === "1") {
    text = text.slice(0, span.start) + table + text.slice(span.end);
    writeFileSync(path, text);
    span = { start: span.start, end: span.start + table.length };
  }
  return text.slice(span.start, span.end);
}

const parameterText = (parameter: MethodParameter | undefined): string =>
  parameter === undefined
    ? ""
    : `${parameter.setting}: ${parameter.meaning.en}` +
      (parameter.default === undefined ? "" : ` (${parameter.default})`);

/** A table row; a `|` inside a cell is escaped, as GitHub's tables need even in code. */
const row = (cells: readonly string[]) =>
  `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;

describe("the docs' tables of normalisation methods", () => {
  it("docs/method.md lists every method of the registry with its Metode words, formula and parameters", () => {
    const table = [
      row(["method", "Metode (bokmål; English)", "formula on x'", "parameters (default)"]),
      row(["---", "---", "---", "---"]),
      ...normalisationMethodNames.map((name) => {
        const method = normalisationMethods[name];
        return row([
          `\`${name}\``,
          [method.words.nb.join(", "), method.words.en.join(", ")].filter(Boolean).join("; "),
          method.formula,
          method.parameters.map(parameterText).join("; "),
        ]);
      }),
    ].join("\n");
    expect(documentedTable("method.md", table)).toBe(table);
  });

  it("docs/functions.md lists the methods a cell can use with parameter1 and parameter2", () => {
    const table = [
      row(["method", "score", "parameter1", "parameter2"]),
      row(["---", "---", "---", "---"]),
      ...normalisationMethodNames.flatMap((name) => {
        const method = normalisationMethods[name];
        const scoring = method.valueScoring;
        if (scoring === undefined) return [];
        const parameters = scoring.parameters ?? method.parameters;
        return [
          row([
            `\`"${name}"\`${name === "minmax" ? " (default)" : ""}`,
            method.formula,
            parameterText(parameters[0]),
            parameterText(parameters[1]),
          ]),
        ];
      }),
    ].join("\n");
    expect(documentedTable("functions.md", table)).toBe(table);
  });
});
