// @ts-check
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

/** Imports forbidden in a layer: the dependency rules of DESIGN.md section 1. */
const layer = (files, groups, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
  },
});

const excelRun = {
  selector: "MemberExpression[object.name='Excel'][property.name='run']",
  message: "Only src/excel calls Excel.run; components get actions through hooks or props.",
};

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "demo/", "test-results/"] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  layer(
    ["src/core/**"],
    [
      "**/excel",
      "**/excel/**",
      "**/functions",
      "**/functions/**",
      "**/taskpane",
      "**/taskpane/**",
      "**/commands",
      "**/commands/**",
      "**/node",
      "**/node/**",
      "react",
      "react-dom",
      "@fluentui/*",
      "exceljs",
      "fs",
      "path",
      "node:*",
      "office-*",
    ],
    "src/core is the pure engine: it imports nothing outside src/core (no Office, React, DOM, fs or xlsx)."
  ),
  layer(
    ["src/excel/**"],
    [
      "**/functions",
      "**/functions/**",
      "**/taskpane",
      "**/taskpane/**",
      "**/commands",
      "**/commands/**",
      "**/node",
      "**/node/**",
      "react",
      "react-dom",
      "@fluentui/*",
      "exceljs",
    ],
    "src/excel imports only src/core."
  ),
  layer(
    ["src/node/**"],
    [
      "**/excel",
      "**/excel/**",
      "**/functions",
      "**/functions/**",
      "**/taskpane",
      "**/taskpane/**",
      "**/commands",
      "**/commands/**",
      "react",
      "react-dom",
      "@fluentui/*",
    ],
    "src/node imports only src/core."
  ),
  layer(
    ["src/functions/**"],
    [
      "**/excel",
      "**/excel/**",
      "**/taskpane",
      "**/taskpane/**",
      "**/commands",
      "**/commands/**",
      "**/node",
      "**/node/**",
      "react",
      "react-dom",
      "@fluentui/*",
      "exceljs",
    ],
    "src/functions imports only src/core: it must load in a runtime without a DOM or React."
  ),
  layer(
    ["src/taskpane/**", "src/commands/**"],
    ["**/node", "**/node/**", "**/functions", "**/functions/**", "exceljs"],
    "The task pane and commands import only src/core and src/excel."
  ),
  layer(
    ["src/taskpane/components/**"],
    [
      "**/excel",
      "**/excel/**",
      "**/node",
      "**/node/**",
      "**/functions",
      "**/functions/**",
      "exceljs",
    ],
    "A component gets Excel actions through hooks or props, never from src/excel directly."
  ),
  {
    files: ["src/**"],
    ignores: ["src/excel/**"],
    rules: { "no-restricted-syntax": ["error", excelRun] },
  }
);
