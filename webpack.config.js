// Builds the add-in into dist/: one taskpane.html page carrying the taskpane, functions and commands
// bundles (the shared runtime), functions.json from the functions' JSDoc (and its bokmål twin
// functions.nb.json), the manifest, the icons and help.html (the manifest's LearnMoreUrl and SupportUrl).
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { readFileSync } = require("node:fs");
const { localiseMetadata } = require("./src/functions/localise-metadata");

const developmentUrl = "https://localhost:3000/";
const productionUrlVariable = "VEIKART_PRODUCTION_URL";

/**
 * The address the manifest copied to dist/ points at. A production build without
 * VEIKART_PRODUCTION_URL keeps localhost, so that CI, `npm run test:e2e` and a newcomer's build work
 * unchanged, and says so in its output; a value Office could not load fails the build.
 */
function manifestUrl(production) {
  if (!production) return developmentUrl;
  const given = process.env[productionUrlVariable];
  const howTo = `${productionUrlVariable}=https://your.host/path/ npm run build`;
  if (given === undefined || given === "") {
    console.warn(
      `Veikart: ${productionUrlVariable} is not set, so dist/manifest.xml keeps ${developmentUrl} ` +
        `(for sideloading against the dev server). For a deployment: ${howTo}`
    );
    return developmentUrl;
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`${productionUrlVariable} is not a URL: "${given}". Example: ${howTo}`);
  }
  if (url.protocol !== "https:" || !given.endsWith("/") || url.search !== "" || url.hash !== "")
    throw new Error(
      `${productionUrlVariable} must be an https address ending in "/" without ? or #, ` +
        `as Office loads add-ins only over https: got "${given}". Example: ${howTo}`
    );
  // RFC 2606 reserves example.com, .net, .org and the .example domain for examples.
  if (/(^|\.)example(\.(com|net|org))?$/.test(url.hostname))
    throw new Error(
      `${productionUrlVariable} is "${given}", an example address that cannot load. Example: ${howTo}`
    );
  return given;
}

const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);

/** https with office-addin-dev-certs on a user's machine; plain http in CI or when asked (--env http). */
async function devServerProtocol(env) {
  if (process.env.CI || env.http) return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

/**
 * Emits functions.nb.json (the manifest's nb-NO metadata) from the generated functions.json and the
 * bokmål table src/functions/descriptions.nb.json; a missing or stray translation fails the build.
 */
class LocalisedFunctionsMetadataPlugin {
  constructor({ english, translations, output }) {
    this.english = english;
    this.translations = path.resolve(__dirname, translations);
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "LocalisedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.translations);
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset(this.english);
          if (english === undefined) return; // the metadata plugin has reported why
          const translations = JSON.parse(readFileSync(this.translations, "utf8"));
          const { json, problems } = localiseMetadata(
            english.source.source().toString(),
            translations
          );
          for (const problem of problems)
            compilation.errors.push(new WebpackError(`${this.translations}: ${problem}`));
          compilation.emitAsset(this.output, new sources.RawSource(json));
        }
      );
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const addInUrl = manifestUrl(production);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalisedFunctionsMetadataPlugin({
        english: "functions.json",
        translations: "src/functions/descriptions.nb.json",
        output: "functions.nb.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replaceAll(developmentUrl, addInUrl),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerProtocol(env),
          port,
        }
      : undefined,
  };
};
