// `npm run test:e2e`: builds the add-in, serves dist/ on 127.0.0.1, opens taskpane.html in Debian's
// headless Chromium with office.js served from the @microsoft/office-js package, and checks that the
// pane renders without page errors. Then it opens the pane again with a fake workbook standing in for
// Excel (test/support/fake-excel, bundled here and injected before the page loads) and clicks through
// Create template, Validate (and an issue's cell) and Benchmark. Screenshots go to test-results/e2e/
// (git-ignored). Pass --no-build when dist/ was just built (as .ci/run does).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";
import webpack from "webpack";

const root = resolve(import.meta.dirname, "..", "..");
const dist = join(root, "dist");
const officeJs = join(root, "node_modules", "@microsoft", "office-js", "dist");
const screenshots = join(root, "test-results", "e2e");
const standInBuild = join(root, "test-results", "e2e-stand-in");
/** The ranking of the template's example data for 2023 over all units, as the engine computes it. */
const expectedRanking = [
  "Trondheim",
  "Bergen",
  "Trøndelag",
  "Vestland",
  "Bjørnafjorden",
  "Stjørdal",
];
const interactiveTargetMilliseconds = 1000;
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

/** Bundles the fake workbook that stands in for Excel into one script for the page. */
function bundleStandIn() {
  const configuration = {
    mode: "development",
    devtool: false,
    entry: join(root, "test", "support", "fake-excel", "browser-stand-in.ts"),
    output: { path: standInBuild, filename: "excel-stand-in.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
  };
  return new Promise((done, failed) =>
    webpack(configuration, (error, stats) => {
      if (error || stats?.hasErrors())
        failed(error ?? new Error(stats?.toString("errors-only") ?? "bundle failed"));
      else done(join(standInBuild, "excel-stand-in.js"));
    })
  );
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

async function openPane(browser, baseUrl, locale, standInScript) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 } });
  if (standInScript !== undefined) await context.addInitScript({ path: standInScript });
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
  const millisecondsToVisible = Date.now() - started;
  // Interactive: office.js has told the pane where it runs and the pane has drawn itself again.
  await page.evaluate(
    () => new Promise((ready) => globalThis.Office.onReady(() => setTimeout(ready, 0)))
  );
  const millisecondsToInteractive = Date.now() - started;
  console.log(
    `e2e: ${locale}: pane visible after ${millisecondsToVisible} ms, interactive after ${millisecondsToInteractive} ms`
  );
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

async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Create template, Validate, click an issue, Benchmark: each against the fake workbook in the page. */
async function checkWorkbookFlow(browser, baseUrl, standInScript) {
  const locale = "nb-NO";
  const { context, page, problems, millisecondsToInteractive } = await openPane(
    browser,
    baseUrl,
    locale,
    standInScript
  );
  const shots = [];
  if (millisecondsToInteractive > interactiveTargetMilliseconds)
    console.warn(`e2e: interactive after ${millisecondsToInteractive} ms, over the 1 s target`);
  if (await page.getByText("Åpnet utenfor Excel").isVisible())
    fail("fake workbook: the pane says it is outside Excel although a workbook stands in");

  await page.getByRole("button", { name: "Lag prosjektmal" }).click();
  await page.getByText(/^Satte inn Indikatorer, Dimensjoner, Enheter, Data, Metode/).waitFor();
  const sheets = await page.evaluate(() =>
    globalThis.veikartExcelStandIn.workbook.sheets.map((sheet) => sheet.name)
  );
  if (sheets.join() !== "Indikatorer,Dimensjoner,Enheter,Data,Metode")
    fail(`create template: the workbook has ${JSON.stringify(sheets)}`);
  shots.push(await screenshot(page, "1-template-created.png"));

  const original = await page.evaluate(() => {
    const data = globalThis.veikartExcelStandIn.workbook.sheet("Data");
    const value = data.cell(16, 3);
    data.setValue(16, 3, "tolv");
    return value;
  });
  await page.getByRole("button", { name: "Valider" }).click();
  const issue = page.getByRole("button", { name: "Data!D17" });
  await issue.waitFor();
  const summary = await page
    .getByText(/\d+ feil, \d+ advarsler, \d+ info/)
    .first()
    .textContent();
  shots.push(await screenshot(page, "2-validated.png"));
  await issue.click();
  await page.waitForFunction(() => {
    const selection = globalThis.veikartExcelStandIn.workbook.selection;
    return selection?.sheet === "Data" && selection.box.row === 16 && selection.box.column === 3;
  });

  await page.evaluate(
    (value) => globalThis.veikartExcelStandIn.workbook.sheet("Data").setValue(16, 3, value),
    original
  );
  await page.getByRole("button", { name: "Benchmark" }).click();
  await page.getByText(/^Skrev arket Benchmark: 6 enheter rangert for 2023/).waitFor();
  const ranking = await page.evaluate(() => {
    const workbook = globalThis.veikartExcelStandIn.workbook;
    const table = workbook.tables.find((candidate) => candidate.name === "VeikartRangering");
    if (table === undefined) return [];
    const rows = table.sheet.valuesIn(table.box);
    const unitColumn = rows[0].indexOf("Enhet");
    return rows.slice(1).map((row) => row[unitColumn]);
  });
  if (JSON.stringify(ranking) !== JSON.stringify(expectedRanking))
    fail(
      `benchmark: ranking ${JSON.stringify(ranking)}, expected ${JSON.stringify(expectedRanking)}`
    );
  shots.push(await screenshot(page, "3-benchmarked.png"));
  for (const problem of problems) fail(`fake workbook: ${problem}`);
  console.log(
    `e2e: fake workbook: template, validation (${summary}), issue click selected Data!D17, ` +
      `Benchmark ranking ${ranking.join(" > ")}; interactive after ${millisecondsToInteractive} ms; ` +
      `screenshots ${shots.join(", ")}`
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
  const standInScript = await bundleStandIn();
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
    await checkWorkbookFlow(browser, baseUrl, standInScript);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(process.exitCode ? "e2e: failed" : "e2e: passed");
}

main().catch((error) => {
  fail(error instanceof Error ? error.message : String(error));
});
