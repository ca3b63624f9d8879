// eslint.config.mjs's layer rules for src/core, through ESLint's Node API on small files. ESLint loads
// its config with import(), which jest's module sandbox refuses, so one child process lints them all.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const repositoryRoot = join(__dirname, "..");

interface Sample {
  /** Where the code would live, relative to the repository. */
  file: string;
  code: string;
}

interface LintMessage {
  ruleId: string | null;
  message: string;
}

const lintScript = `
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
const samples = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ overrideConfigFile: "eslint.config.mjs" });
const messages = [];
for (const { file, code } of samples) {
  const [result] = await eslint.lintText(code, { filePath: file });
  messages.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(messages));
`;

/** The messages `npm run lint` would give on each sample. */
function lint(samples: readonly Sample[]): LintMessage[][] {
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", lintScript], {
    cwd: repositoryRoot,
    input: JSON.stringify(samples),
    encoding: "utf8",
  });
  return JSON.parse(output) as LintMessage[][];
}

const violations: readonly (Sample & { behaviour: string; rule: string })[] = [
  {
    behaviour: "an import of a sibling folder of src/core",
    file: "src/core/x.ts",
    code: 'import { a } from "../excel/a";\nexport const b = a;\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "an import that climbs out and comes back in through src/core/..",
    file: "src/core/x.ts",
    code: 'import { a } from "../core/../excel/a";\nexport const b = a;\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "an import that climbs above the repository and back into src",
    file: "src/core/benchmark/x.ts",
    code: 'import { a } from "../../../src/excel/a";\nexport const b = a;\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "an import of a folder whose name only starts with core",
    file: "src/core/x.ts",
    code: 'import { a } from "../core-tools/a";\nexport const b = a;\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "an absolute path outside src/core",
    file: "src/core/x.ts",
    code: `import { a } from "${join(repositoryRoot, "src/node/a")}";\nexport const b = a;\n`,
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "a re-export from outside src/core",
    file: "src/core/model/x.ts",
    code: 'export * from "../../node/a";\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "a dynamic import from outside src/core",
    file: "src/core/model/x.ts",
    code: 'export const load = () => import("../../taskpane/a");\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "a type imported inline from outside src/core",
    file: "src/core/model/x.ts",
    code: 'export type A = import("../../excel/a").A;\n',
    rule: "veikart/imports-stay-inside",
  },
  {
    behaviour: "a package of another layer",
    file: "src/core/x.ts",
    code: 'import ExcelJS from "exceljs";\nexport const b = ExcelJS;\n',
    rule: "no-restricted-imports",
  },
  {
    behaviour: "window.alert()",
    file: "src/core/x.ts",
    code: 'window.alert("x");\n',
    rule: "no-restricted-globals",
  },
  {
    behaviour: "document reached through globalThis",
    file: "src/core/x.ts",
    code: 'globalThis.document.title = "x";\n',
    rule: "no-restricted-globals",
  },
  {
    behaviour: "localStorage",
    file: "src/core/x.ts",
    code: 'export const saved = localStorage.getItem("x");\n',
    rule: "no-restricted-globals",
  },
  {
    behaviour: "navigator",
    file: "src/core/x.ts",
    code: "export const language = navigator.language;\n",
    rule: "no-restricted-globals",
  },
  {
    behaviour: "Excel.run",
    file: "src/core/x.ts",
    code: "export const run = () => Excel.run(async () => undefined);\n",
    rule: "no-restricted-globals",
  },
  {
    behaviour: "Office.onReady",
    file: "src/core/x.ts",
    code: "export const ready = () => Office.onReady();\n",
    rule: "no-restricted-globals",
  },
  {
    behaviour: "CustomFunctions.associate",
    file: "src/core/x.ts",
    code: 'CustomFunctions.associate("SCORE", () => 1);\n',
    rule: "no-restricted-globals",
  },
  {
    behaviour: "OfficeExtension.Error",
    file: "src/core/x.ts",
    code: "export const isOfficeError = (error: unknown) => error instanceof OfficeExtension.Error;\n",
    rule: "no-restricted-globals",
  },
  {
    behaviour: "an Office.js type",
    file: "src/core/x.ts",
    code: "export type Cells = Excel.Range;\n",
    rule: "no-restricted-syntax",
  },
];

const allowed: readonly (Sample & { behaviour: string })[] = [
  {
    behaviour: "src/core importing inside src/core, also by a winding path",
    file: "src/core/benchmark/x.ts",
    code: [
      'import { a } from "./a";',
      'import { b } from "../model/../steps/b";',
      'import { c } from "../../core/issues";',
      'export * from "..";',
      "export const all = [a, b, c];",
      "",
    ].join("\n"),
  },
  {
    behaviour: "src/excel importing src/core and calling Excel.run",
    file: "src/excel/x.ts",
    code: [
      'import { a } from "../core/a";',
      "export const run = () => Excel.run(async () => a);",
      'export const alert = () => window.alert("x");',
      "",
    ].join("\n"),
  },
];

describe("eslint.config.mjs in src/core", () => {
  let violationMessages: LintMessage[][];
  let allowedMessages: LintMessage[][];

  beforeAll(() => {
    const messages = lint([...violations, ...allowed]);
    violationMessages = messages.slice(0, violations.length);
    allowedMessages = messages.slice(violations.length);
  }, 60_000);

  test.each(violations.map((sample, index) => [sample.behaviour, sample.rule, index] as const))(
    "fails %s (%s)",
    (_behaviour, rule, index) => {
      const messages = violationMessages[index] ?? [];
      expect(messages.map((message) => message.ruleId)).toEqual([rule]);
      expect(messages[0]?.message).toMatch(/src\/core/);
    }
  );

  test.each(allowed.map((sample, index) => [sample.behaviour, index] as const))(
    "passes %s",
    (_behaviour, index) => {
      expect(allowedMessages[index]).toEqual([]);
    }
  );
});

describe("eslint.config.mjs in src/node", () => {
  it("fails an import of exceljs, which only the tests use (no-restricted-imports)", () => {
    const [messages = []] = lint([
      {
        file: "src/node/x.ts",
        code: 'import ExcelJS from "exceljs";\nexport const b = ExcelJS;\n',
      },
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual(["no-restricted-imports"]);
    expect(messages[0]?.message).toMatch(/src\/node\/xlsx/);
  }, 60_000);
});
