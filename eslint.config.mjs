// @ts-check
import eslint from "@eslint/js";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import importsStayInside from "./eslint-rules/imports-stay-inside.mjs";

/** Imports forbidden in a layer: the dependency rules stated in README.md, "Layout". */
const layer = (files, forbiddenFolders, forbiddenPackages, message) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...(forbiddenFolders.length > 0
            ? [{ regex: `^(\\.\\./)+(${forbiddenFolders.join("|")})(/|$)`, message }]
            : []),
          ...(forbiddenPackages.length > 0 ? [{ group: forbiddenPackages, message }] : []),
        ],
      },
    ],
  },
});

const coreMessage =
  "src/core is the pure engine: it imports nothing outside src/core (no Office, React, DOM, fs or xlsx).";

const coreGlobalsMessage =
  "src/core runs in Excel, in the custom functions' runtime and in Node: Office.js and the browser are reached only through src/excel and src/taskpane.";
const officeGlobals = ["Excel", "Office", "OfficeExtension", "OfficeRuntime", "CustomFunctions"];
const browserGlobals = [
  "window",
  "self",
  "document",
  "navigator",
  "location",
  "history",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "alert",
  "confirm",
  "prompt",
  "fetch",
  "XMLHttpRequest",
];

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
    [],
    [
      "react",
      "react-dom",
      "@fluentui/*",
      "exceljs",
      "fs",
      "path",
      "node:*",
      "office-*",
      "@microsoft/office-js",
    ],
    coreMessage
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
    ["react", "react-dom", "@fluentui/*", "exceljs"],
    "src/node imports only src/core, and reads and writes .xlsx through src/node/xlsx (exceljs is a test oracle only)."
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
  },
  {
    files: ["src/core/**"],
    plugins: { veikart: { rules: { "imports-stay-inside": importsStayInside } } },
    rules: {
      "veikart/imports-stay-inside": [
        "error",
        { folders: [fileURLToPath(new URL("src/core", import.meta.url))], message: coreMessage },
      ],
      "no-restricted-globals": [
        "error",
        {
          globals: [...officeGlobals, ...browserGlobals].map((name) => ({
            name,
            message: coreGlobalsMessage,
          })),
          checkGlobalObject: true,
        },
      ],
      // no-restricted-globals leaves types alone: Excel.Range and typeof Office are caught here.
      "no-restricted-syntax": [
        "error",
        {
          selector: `:matches(TSQualifiedName > Identifier.left, TSTypeQuery > Identifier.exprName)[name=/^(${officeGlobals.join("|")})$/]`,
          message: coreGlobalsMessage,
        },
      ],
    },
  }
);
