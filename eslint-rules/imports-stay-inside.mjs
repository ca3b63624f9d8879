// @ts-check
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/**
 * Relative and absolute module paths must resolve inside the given folders. The path is resolved
 * against the importing file's folder, so `../core/../excel/x` is judged by where it lands, which a
 * pattern on the written path cannot do. Package imports are left to no-restricted-imports.
 * @type {import("eslint").Rule.RuleModule}
 */
const importsStayInside = {
  meta: {
    type: "problem",
    docs: { description: "A relative or absolute import must resolve inside the given folders." },
    schema: [
      {
        type: "object",
        properties: {
          folders: { type: "array", items: { type: "string" }, minItems: 1 },
          message: { type: "string" },
        },
        required: ["folders", "message"],
        additionalProperties: false,
      },
    ],
    messages: { outside: '"{{path}}" resolves to {{target}}. {{message}}' },
  },
  create(context) {
    /** @type {{ folders: string[], message: string }} */
    const { folders, message } = context.options[0];
    const fileFolder = dirname(context.filename);

    /** @param {string} target */
    const isInside = (target) =>
      folders.some((folder) => {
        const path = relative(folder, target);
        return path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
      });

    /** @param {import("estree").Node | null | undefined} node */
    const check = (node) => {
      if (node?.type !== "Literal" || typeof node.value !== "string") return;
      const path = node.value;
      if (!path.startsWith(".") && !isAbsolute(path)) return;
      const target = resolve(fileFolder, path);
      if (!isInside(target)) {
        const shown = relative(context.cwd, target) || ".";
        context.report({ node, messageId: "outside", data: { path, target: shown, message } });
      }
    };

    /** @param {any} node a node whose `source` is the module path: imports, exports, import() and import("...") types */
    const checkSource = (node) => check(node.source);
    return {
      ImportDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ImportExpression: checkSource,
      TSImportType: checkSource,
      /** @param {any} node `import name = require("...")` */
      TSExternalModuleReference: (node) => check(node.expression),
      "CallExpression[callee.type='Identifier'][callee.name='require']": (node) =>
        check(node.arguments[0]),
    };
  },
};

export default importsStayInside;
