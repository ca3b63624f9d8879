// webpack.config.js's address for the manifest copied to dist/: the real config function is run and
// its copy rule applied to manifest.xml, as `npm run build` does.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const repositoryRoot = join(__dirname, "..");
const manifestText = readFileSync(join(repositoryRoot, "manifest.xml"), "utf8");
const variable = "VEIKART_PRODUCTION_URL";

type WebpackConfigFunction = (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Promise<{ plugins: unknown[] }>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as WebpackConfigFunction;

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string | Buffer;
}

/** dist/manifest.xml as the config would write it in `mode`, with VEIKART_PRODUCTION_URL = `url`. */
async function builtManifest(mode: string, url: string | undefined): Promise<string> {
  const before = process.env[variable];
  if (url === undefined) delete process.env[variable];
  else process.env[variable] = url;
  try {
    const config = await webpackConfig({}, { mode });
    const copy = config.plugins.find(
      (plugin): plugin is { patterns: CopyPattern[] } =>
        typeof plugin === "object" && plugin !== null && "patterns" in plugin
    );
    const manifestRule = copy?.patterns.find((pattern) => pattern.from === "manifest.xml");
    if (manifestRule?.transform === undefined) throw new Error("no manifest copy rule");
    return manifestRule.transform(Buffer.from(manifestText)).toString();
  } finally {
    if (before === undefined) delete process.env[variable];
    else process.env[variable] = before;
  }
}

function addresses(manifest: string): string[] {
  return [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map(
    (match) => match[1] ?? ""
  );
}

describe("webpack.config.js: the address in dist/manifest.xml", () => {
  let warnings: jest.SpyInstance;
  beforeEach(() => {
    warnings = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warnings.mockRestore());

  it("keeps localhost in a production build without VEIKART_PRODUCTION_URL, and says how to set it", async () => {
    const manifest = await builtManifest("production", undefined);
    expect(manifest).toBe(manifestText);
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]?.[0])).toMatch(
      /VEIKART_PRODUCTION_URL is not set.*keeps https:\/\/localhost:3000\/.*VEIKART_PRODUCTION_URL=https:\/\/.* npm run build/
    );
  });

  it("points every address at VEIKART_PRODUCTION_URL when it is set", async () => {
    const host = "https://veikart.trondelagfylke.no/tillegg/";
    const manifest = await builtManifest("production", host);
    const urls = addresses(manifest);
    expect(urls.length).toBe(addresses(manifestText).length);
    expect(urls.filter((url) => !url.startsWith(host))).toEqual([]);
    expect(manifest).not.toContain("localhost");
    expect(urls).toContain(`${host}taskpane.html`);
    expect(warnings).not.toHaveBeenCalled();
  });

  it.each([
    ["an example address", "https://veikart.example.org/", /example address that cannot load/],
    ["plain http", "http://veikart.kommune.no/", /must be an https address/],
    [
      "no closing slash",
      "https://veikart.kommune.no/tillegg",
      /must be an https address ending in "\/"/,
    ],
    ["not a URL", "veikart.kommune.no", /is not a URL/],
  ])("fails the build on %s, naming the variable and an example", async (_, url, reason) => {
    const attempt = builtManifest("production", url);
    await expect(attempt).rejects.toThrow(reason);
    await expect(attempt).rejects.toThrow(/VEIKART_PRODUCTION_URL=https:\/\/your\.host\/path\//);
  });

  it("leaves the manifest on localhost in a development build, whatever the variable says", async () => {
    expect(await builtManifest("development", "https://veikart.kommune.no/")).toBe(manifestText);
    expect(warnings).not.toHaveBeenCalled();
  });
});

const builtManifestPath = join(repositoryRoot, "dist", "manifest.xml");
const describeBuilt = existsSync(builtManifestPath) ? describe : describe.skip;

describeBuilt("dist/manifest.xml, as built", () => {
  it("points at no example address (RFC 2606: example.com, .net, .org)", () => {
    const urls = addresses(readFileSync(builtManifestPath, "utf8"));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => /\.example(\.(com|net|org))?\//.test(url))).toEqual([]);
  });
});
