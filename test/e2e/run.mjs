// `npm run test:e2e`: builds the add-in, serves dist/ on 127.0.0.1, opens taskpane.html in Debian's
// headless Chromium with office.js served from the @microsoft/office-js package, and checks that the
// pane renders without page errors. Screenshots go to test-results/e2e/ (git-ignored).
// Pass --no-build when dist/ was just built (as .ci/run does).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..", "..");
const dist = join(root, "dist");
const officeJs = join(root, "node_modules", "@microsoft", "office-js", "dist");
const screenshots = join(root, "test-results", "e2e");
const officeCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

function fail(message) {
  console.error(`e2e: FAILED: ${message}`);
  process.exitCode = 1;
}

function build() {
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("the production build failed");
}

/** A file below `folder`, or undefined when the path escapes it or does not exist. */
function fileBelow(folder, relativePath) {
  const path = normalize(join(folder, decodeURIComponent(relativePath)));
  if (!path.startsWith(folder + sep) || !existsSync(path) || !statSync(path).isFile())
    return undefined;
  return path;
}

function serve(folder) {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const path = fileBelow(folder, pathname.slice(1));
    if (path === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": contentTypes[extname(path)] ?? "application/octet-stream",
    });
    response.end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

async function openPane(browser, baseUrl, locale) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    if (url.startsWith(officeCdn)) {
      const path = fileBelow(officeJs, url.slice(officeCdn.length).split("?")[0]);
      if (path !== undefined) {
        return route.fulfill({ path, contentType: contentTypes[extname(path)] ?? "text/plain" });
      }
    }
    return route.abort();
  });
  const started = Date.now();
  await page.goto(`${baseUrl}taskpane.html`);
  await page.getByRole("heading", { name: "Veikart", level: 1 }).waitFor({ timeout: 15000 });
  await page.getByRole("button").first().waitFor();
  const millisecondsToInteractive = Date.now() - started;
  return { context, page, problems, millisecondsToInteractive };
}

async function checkPane(browser, baseUrl, { locale, buttons, outsideNotice, screenshot }) {
  const { context, page, problems, millisecondsToInteractive } = await openPane(
    browser,
    baseUrl,
    locale
  );
  const names = await page.getByRole("button").allTextContents();
  if (JSON.stringify(names) !== JSON.stringify(buttons)) {
    fail(`${locale}: buttons ${JSON.stringify(names)}, expected ${JSON.stringify(buttons)}`);
  }
  if (!(await page.getByText(outsideNotice).isVisible()))
    fail(`${locale}: no "${outsideNotice}" notice`);
  const functionsLoaded = await page.evaluate(() => typeof globalThis.CustomFunctions === "object");
  if (!functionsLoaded) fail(`${locale}: the CustomFunctions runtime from office.js is not there`);
  for (const problem of problems) fail(`${locale}: ${problem}`);
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, screenshot);
  await page.screenshot({ path, fullPage: true });
  console.log(
    `e2e: ${locale}: ${names.length} buttons, interactive after ${millisecondsToInteractive} ms, screenshot ${path}`
  );
  await context.close();
}

async function main() {
  if (!process.argv.includes("--no-build")) build();
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: build first");
  // Playwright starts Chromium with a fresh temporary profile (its own --user-data-dir) every time.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const server = await serve(dist);
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;
  try {
    await checkPane(browser, baseUrl, {
      locale: "nb-NO",
      buttons: ["Lag prosjektmal", "Valider", "Benchmark"],
      outsideNotice: "Åpnet utenfor Excel",
      screenshot: "taskpane-nb.png",
    });
    await checkPane(browser, baseUrl, {
      locale: "en-US",
      buttons: ["Create project template", "Validate", "Benchmark"],
      outsideNotice: "Opened outside Excel",
      screenshot: "taskpane-en.png",
    });
  } finally {
    await browser.close();
    server.close();
  }
  console.log(process.exitCode ? "e2e: failed" : "e2e: passed");
}

main().catch((error) => {
  fail(error instanceof Error ? error.message : String(error));
});
