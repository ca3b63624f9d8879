// @ts-check
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

/** Imports forbidden in a layer: the dependency rules of DESIGN.md section 1. */
const layer = (files, forbiddenFolders, forbiddenPackages, message) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { regex: `^(\\.\\./)+(${forbiddenFolders.join("|")})(/|$)`, message },
          ...(forbiddenPackages.length > 0 ? [{ group: forbiddenPackages, message }] : []),
        ],
      },
    ],
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
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        Buffer: "readonly",
        __dirname: "readonly",
      },
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  layer(
    ["src/core/**"],
    ["excel", "functions", "taskpane", "commands", "node"],
    ["react", "react-dom", "@fluentui/*", "exceljs", "fs", "path", "node:*", "office-*"],
    "src/core is the pure engine: it imports nothing outside src/core (no Office, React, DOM, fs or xlsx)."
  ),
  layer(
    ["src/excel/**"],
    ["functions", "taskpane", "commands", "node"],
    ["react", "react-dom", "@fluentui/*", "exceljs"],
    "src/excel imports only src/core."
  ),
  layer(
    ["src/node/**"],
    ["excel", "functions", "taskpane", "commands"],
    ["react", "react-dom", "@fluentui/*"],
    "src/node imports only src/core."
  ),
  layer(
    ["src/functions/**"],
    ["excel", "taskpane", "commands", "node"],
    ["react", "react-dom", "@fluentui/*", "exceljs"],
    "src/functions imports only src/core: it must load in a runtime without a DOM or React."
  ),
  layer(
    ["src/taskpane/**", "src/commands/**"],
    ["node", "functions"],
    ["exceljs"],
    "The task pane and commands import only src/core and src/excel."
  ),
  layer(
    ["src/taskpane/components/**"],
    ["excel", "node", "functions"],
    ["exceljs"],
    "A component gets Excel actions through hooks or props, never from src/excel directly."
  ),
  {
    files: ["src/**"],
    ignores: ["src/excel/**"],
    rules: { "no-restricted-syntax": ["error", excelRun] },
  }
);
