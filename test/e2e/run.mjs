// `npm run test:e2e`: builds the add-in, serves dist/ on 127.0.0.1, opens taskpane.html in Debian's
// headless Chromium with office.js served from the @microsoft/office-js package, and checks that the
// pane renders without page errors. Then it opens the pane again with a fake workbook standing in for
// Excel (test/support/fake-excel, bundled here and injected before the page loads) and clicks through
// Create template, Validate (and an issue's cell) and Benchmark. Then it presses the ribbon's
// Valider and Benchmark as Office does, by calling the handlers that commands.js associated through
// Office.actions.associate, in bokmål and in English, and once before the pane has rendered.
// Screenshots go to test-results/e2e/ (git-ignored). Pass --no-build when dist/ was just built (as
// .ci/run does).
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
/** The local stand-in for SSB's PxWebApi 2, once it listens (see serveSsb). */
let ssbUrl;
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

/**
 * A local PxWebApi 2 for the import: /tables/07459/data answers the built JSON-stat document of
 * test/fixtures/ssb/catalogue (the pane keeps the units and years it asked for), with the CORS header
 * a browser needs to read an answer from another origin.
 */
function serveSsb() {
  const document = readFileSync(join(root, "test", "fixtures", "ssb", "catalogue", "07459-1.json"));
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (pathname !== "/tables/07459/data") {
      response.writeHead(404, { "access-control-allow-origin": "*" }).end();
      return;
    }
    response.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "access-control-allow-origin": "*",
    });
    response.end(document);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/**
 * Runs in the page before its own scripts. It stands in for the one host API the ribbon commands
 * call, Office.addin.showAsTaskpane (office.js outside Office has no Office.addin: the host's script
 * brings it), and records its calls. It presses ribbon buttons the way Office does: Office's
 * AppCommandManager looks a command's FunctionName up, upper-cased, in office.js's own registry
 * Office.actions._association.mappings, which Office.actions.associate fills; invoke() calls the
 * handler found there with an event that records event.completed(). Reading that registry rather
 * than wrapping associate means the test presses exactly what Office would find. The commands named
 * in `early` are pressed as soon as commands.js has loaded, before taskpane.js has run.
 */
function ribbonStandIn(early) {
  const ribbon = { shown: 0, completed: [], pressed: [] };
  ribbon.invoke = (name) => {
    const handler = globalThis.Office.actions._association.mappings[name.toUpperCase()];
    if (typeof handler !== "function") throw new Error(`nothing is associated with "${name}"`);
    ribbon.pressed.push({ name, paneRendered: globalThis.document.querySelector("main") !== null });
    handler({ source: { id: name }, completed: () => ribbon.completed.push(name) });
  };
  globalThis.veikartE2eRibbon = ribbon;
  const loaded = (event) => {
    const file =
      event.target instanceof globalThis.HTMLScriptElement ? event.target.src.split("/").pop() : "";
    if (file === "office.js") {
      globalThis.Office.addin ??= { showAsTaskpane: async () => void (ribbon.shown += 1) };
    }
    if (file === "commands.js") for (const name of early) ribbon.invoke(name);
  };
  globalThis.document.addEventListener("load", loaded, true);
}

async function openPane(browser, baseUrl, locale, standInScript, earlyRibbon) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 } });
  if (standInScript !== undefined) await context.addInitScript({ path: standInScript });
  if (earlyRibbon !== undefined) await context.addInitScript(ribbonStandIn, earlyRibbon);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    if (ssbUrl !== undefined && url.startsWith(ssbUrl)) return route.continue();
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

/** The whole page, or with `fullPage` false what the pane shows in its viewport. */
async function screenshot(page, name, fullPage = true) {
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** The units of the fake workbook's ranking table, best first; fails unless they are the expected ones. */
async function checkRanking(page, label) {
  const ranking = await page.evaluate(() => {
    const workbook = globalThis.veikartExcelStandIn.workbook;
    const table = workbook.tables.find((candidate) => candidate.name === "VeikartRangering");
    if (table === undefined) return [];
    const rows = table.sheet.valuesIn(table.box);
    const unitColumn = rows[0].findIndex((header) => header === "Enhet" || header === "Unit");
    return rows.slice(1).map((row) => row[unitColumn]);
  });
  if (JSON.stringify(ranking) !== JSON.stringify(expectedRanking))
    fail(
      `${label}: ranking ${JSON.stringify(ranking)}, expected ${JSON.stringify(expectedRanking)}`
    );
  return ranking;
}

/** Plants a word in Data!D17 (a value cell of the example data); returns the value it replaced. */
function plantTextInValueCell(page) {
  return page.evaluate(() => {
    const data = globalThis.veikartExcelStandIn.workbook.sheet("Data");
    const value = data.cell(16, 3);
    data.setValue(16, 3, "tolv");
    return value;
  });
}

function restoreValueCell(page, value) {
  return page.evaluate(
    (original) => globalThis.veikartExcelStandIn.workbook.sheet("Data").setValue(16, 3, original),
    value
  );
}

/** What the pane says after each step, in the two languages it speaks. */
const paneTexts = {
  "nb-NO": {
    tag: "nb",
    createTemplate: "Lag prosjektmal",
    templateCreated: /^Satte inn Indikatorer, Dimensjoner, Enheter, Data, Metode, Tiltak/,
    validationSummary: /(\d+) feil, (\d+) advarsler, (\d+) info/,
    benchmarkWritten: /^Skrev arket Benchmark: 6 enheter rangert for 2023/,
    benchmarkInvalid: /^Valideringen fant feil, så ingenting ble beregnet/,
    failedTitle: "Noe gikk galt",
    importFromSsb: "Hent fra SSB",
    importYears: "År (for eksempel 2015-2024)",
    importApiAddress: "API-adresse",
    importConflicts: /^12 verdier er ulike i arbeidsboken/,
    importReplaceAll: "Erstatt alle fra denne kilden",
    importWrite: "Skriv til Data",
    importResult: /^Lagt til 12, uendret 0, i konflikt 12 \(erstattet 12\), mangler hos kilden 0/,
  },
  "en-US": {
    tag: "en",
    createTemplate: "Create project template",
    templateCreated: /^Inserted Indikatorer, Dimensjoner, Enheter, Data, Metode, Tiltak/,
    validationSummary: /(\d+) errors, (\d+) warnings, (\d+) info/,
    benchmarkWritten: /^Wrote the sheet Benchmark: 6 units ranked for 2023/,
    benchmarkInvalid: /^Validation found errors, so nothing was scored/,
    failedTitle: "Something went wrong",
  },
};

/** Create template, Validate, click an issue, Benchmark: each against the fake workbook in the page. */
async function checkWorkbookFlow(browser, baseUrl, standInScript) {
  const locale = "nb-NO";
  const text = paneTexts[locale];
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

  await page.getByRole("button", { name: text.createTemplate }).click();
  await page.getByText(text.templateCreated).waitFor();
  const sheets = await page.evaluate(() =>
    globalThis.veikartExcelStandIn.workbook.sheets.map((sheet) => sheet.name)
  );
  if (sheets.join() !== "Indikatorer,Dimensjoner,Enheter,Data,Metode,Tiltak")
    fail(`create template: the workbook has ${JSON.stringify(sheets)}`);
  shots.push(await screenshot(page, "1-template-created.png"));

  const original = await plantTextInValueCell(page);
  await page.getByRole("button", { name: "Valider" }).click();
  const issue = page.getByRole("button", { name: "Data!D17" });
  await issue.waitFor();
  const summary = await page.getByText(text.validationSummary).first().textContent();
  shots.push(await screenshot(page, "2-validated.png"));
  await issue.click();
  await page.waitForFunction(() => {
    const selection = globalThis.veikartExcelStandIn.workbook.selection;
    return selection?.sheet === "Data" && selection.box.row === 16 && selection.box.column === 3;
  });

  await restoreValueCell(page, original);
  await page.getByRole("button", { name: "Benchmark" }).click();
  await page.getByText(text.benchmarkWritten).waitFor();
  const ranking = await checkRanking(page, "benchmark");
  shots.push(await screenshot(page, "3-benchmarked.png"));
  for (const problem of problems) fail(`fake workbook: ${problem}`);
  console.log(
    `e2e: fake workbook: template, validation (${summary}), issue click selected Data!D17, ` +
      `Benchmark ranking ${ranking.join(" > ")}; interactive after ${millisecondsToInteractive} ms; ` +
      `screenshots ${shots.join(", ")}`
  );
  await context.close();
}

/** Whether the element lies inside the pane's viewport, once the pane has had a moment to scroll. */
function isInView(locator) {
  return locator.evaluate(
    (element) =>
      new Promise((answer) => {
        const deadline = globalThis.performance.now() + 2000;
        const look = () => {
          const box = element.getBoundingClientRect();
          const inside = box.top >= 0 && box.bottom <= globalThis.innerHeight;
          if (inside || globalThis.performance.now() > deadline) answer(inside);
          else globalThis.requestAnimationFrame(look);
        };
        look();
      })
  );
}

/** Fails unless each ribbon command in `names` completed its event once and opened the pane once. */
async function checkRibbonRecord(page, label, names) {
  const record = await page.evaluate(() => {
    const { shown, completed, pressed } = globalThis.veikartE2eRibbon;
    return { shown, completed, pressed: pressed.map((press) => press.name) };
  });
  if (JSON.stringify(record.pressed) !== JSON.stringify(names))
    fail(`${label}: pressed ${JSON.stringify(record.pressed)}, expected ${JSON.stringify(names)}`);
  if (JSON.stringify([...record.completed].sort()) !== JSON.stringify([...names].sort()))
    fail(`${label}: event.completed() for ${JSON.stringify(record.completed)}`);
  if (record.shown !== names.length)
    fail(`${label}: showAsTaskpane called ${record.shown} times for ${names.length} commands`);
}

/**
 * Presses a ribbon button through office.js's registry and waits until the pane shows `result`, in
 * view; returns the milliseconds from the press to the result.
 */
async function pressRibbon(page, label, name, result) {
  const started = Date.now();
  await page.evaluate((command) => globalThis.veikartE2eRibbon.invoke(command), name);
  await result.waitFor({ timeout: 15000 }).catch((error) => {
    throw new Error(`${label}: the pane did not show the result: ${error.message}`);
  });
  const milliseconds = Date.now() - started;
  if (!(await isInView(result))) fail(`${label}: the pane did not open on the result`);
  return milliseconds;
}

/**
 * The ribbon's Valider (with a word planted in a value cell) and Benchmark on the template's example
 * data, each pressed as Office presses it: the pane shows the result and the workbook holds it.
 */
async function checkRibbonCommands(browser, baseUrl, standInScript, locale) {
  const text = paneTexts[locale];
  const { context, page, problems } = await openPane(browser, baseUrl, locale, standInScript, []);
  await page.getByRole("button", { name: text.createTemplate }).click();
  await page.getByText(text.templateCreated).waitFor();

  const original = await plantTextInValueCell(page);
  const summary = page.getByText(text.validationSummary).first();
  const validateLabel = `${locale}: ribbon validate`;
  const validateMilliseconds = await pressRibbon(page, validateLabel, "validate", summary);
  const summaryText = await summary.textContent();
  const errors = Number(text.validationSummary.exec(summaryText ?? "")?.[1]);
  if (errors !== 1) fail(`${validateLabel}: "${summaryText}", expected the one planted error`);
  await page.getByRole("button", { name: "Data!D17" }).waitFor();
  await checkRibbonRecord(page, validateLabel, ["validate"]);
  const validateShot = await screenshot(page, `ribbon-validate-${text.tag}.png`, false);

  await restoreValueCell(page, original);
  const written = page.getByText(text.benchmarkWritten);
  const benchmarkLabel = `${locale}: ribbon benchmark`;
  const benchmarkMilliseconds = await pressRibbon(page, benchmarkLabel, "benchmark", written);
  const ranking = await checkRanking(page, benchmarkLabel);
  await checkRibbonRecord(page, benchmarkLabel, ["validate", "benchmark"]);
  const benchmarkShot = await screenshot(page, `ribbon-benchmark-${text.tag}.png`, false);

  // Excel refuses every operation (the fake's injected GeneralException): the pane says so.
  await page.evaluate(() => {
    globalThis.veikartExcelStandIn.recorder.failWhen = () => true;
  });
  const failedLabel = `${locale}: ribbon benchmark refused by Excel`;
  const failure = page.getByRole("region", { name: "Benchmark" }).getByText(text.failedTitle);
  const failedMilliseconds = await pressRibbon(page, failedLabel, "benchmark", failure);
  await checkRibbonRecord(page, failedLabel, ["validate", "benchmark", "benchmark"]);
  await checkRanking(page, `${failedLabel}: the sheet written before`);
  const failedShot = await screenshot(page, `ribbon-benchmark-failed-${text.tag}.png`, false);

  for (const problem of problems) fail(`${locale}: ribbon: ${problem}`);
  console.log(
    `e2e: ${locale}: ribbon validate showed "${summaryText}" after ${validateMilliseconds} ms, ` +
      `screenshot ${validateShot}`
  );
  console.log(
    `e2e: ${locale}: ribbon benchmark wrote the Benchmark sheet (${ranking.join(" > ")}) and ` +
      `the pane said so after ${benchmarkMilliseconds} ms, screenshot ${benchmarkShot}`
  );
  console.log(
    `e2e: ${locale}: ribbon benchmark refused by Excel: the pane showed "${text.failedTitle}" ` +
      `after ${failedMilliseconds} ms, screenshot ${failedShot}`
  );
  await context.close();
}

/**
 * Valider and Benchmark pressed on the ribbon as soon as commands.js has associated them, before
 * taskpane.js has run, on a workbook without the template: once the pane has rendered it runs both,
 * shows the validation's errors and says that Benchmark scored nothing.
 */
async function checkRibbonBeforePane(browser, baseUrl, standInScript) {
  const locale = "nb-NO";
  const text = paneTexts[locale];
  const label = `${locale}: ribbon before the pane`;
  const { context, page, problems } = await openPane(browser, baseUrl, locale, standInScript, [
    "validate",
    "benchmark",
  ]);
  const pressedBeforePane = await page.evaluate(() =>
    globalThis.veikartE2eRibbon.pressed.every((press) => !press.paneRendered)
  );
  if (!pressedBeforePane) fail(`${label}: the commands were pressed after the pane had rendered`);
  const summary = page.getByText(text.validationSummary).first();
  await summary.waitFor({ timeout: 15000 });
  const invalid = page.getByText(text.benchmarkInvalid);
  await invalid.waitFor({ timeout: 15000 });
  if (!(await isInView(invalid))) fail(`${label}: the pane did not open on Benchmark's result`);
  await checkRibbonRecord(page, label, ["validate", "benchmark"]);
  const sheets = await page.evaluate(() =>
    globalThis.veikartExcelStandIn.workbook.sheets.map((sheet) => sheet.name)
  );
  if (sheets.length !== 0) fail(`${label}: the empty workbook now has ${JSON.stringify(sheets)}`);
  const shot = await screenshot(page, `ribbon-before-pane-${text.tag}.png`, false);
  for (const problem of problems) fail(`${label}: ${problem}`);
  console.log(
    `e2e: ${label}: both requests waited for the pane, which showed "${await summary.textContent()}" ` +
      `and Benchmark's refusal; screenshot ${shot}`
  );
  await context.close();
}

/** Create template, then Hent fra SSB against the local PxWebApi: conflicts listed, all replaced, written. */
async function checkImportFlow(browser, baseUrl, standInScript) {
  const locale = "nb-NO";
  const text = paneTexts[locale];
  const { context, page, problems } = await openPane(browser, baseUrl, locale, standInScript);
  await page.getByRole("button", { name: text.createTemplate }).click();
  await page.getByText(text.templateCreated).waitFor();
  await page.getByLabel(text.importYears).fill("2017-2020");
  await page.getByLabel(text.importApiAddress).fill(ssbUrl);
  await page.getByRole("button", { name: text.importFromSsb }).click();
  await page.getByText(text.importConflicts).waitFor({ timeout: 15000 });
  await page.getByRole("button", { name: text.importReplaceAll }).click();
  await page.getByRole("button", { name: text.importWrite }).click();
  const result = page.getByText(text.importResult);
  await result.waitFor({ timeout: 15000 });
  const rows = await page.evaluate(() => {
    const data = globalThis.veikartExcelStandIn.workbook.sheet("Data");
    return data
      .grid()
      .filter((row) => row[2] === "POPULATION" && String(row[5]).startsWith("SSB 07459"));
  });
  if (rows.length !== 24)
    fail(
      `import: ${rows.length} POPULATION rows from SSB in Data, expected 24 (12 added, 12 replaced)`
    );
  await result.scrollIntoViewIfNeeded();
  const shot = await screenshot(page, "import-ssb-nb.png");
  for (const problem of problems) fail(`import: ${problem}`);
  console.log(
    `e2e: import: "${await result.textContent()}", ${rows.length} rows from SSB; screenshot ${shot}`
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
  const ssbServer = await serveSsb();
  ssbUrl = `http://127.0.0.1:${ssbServer.address().port}`;
  try {
    await checkPane(browser, baseUrl, {
      locale: "nb-NO",
      buttons: [
        "Lag prosjektmal",
        "", // the saved-responses file input: no text, its name is its aria-label
        "Hent fra SSB",
        "Importer merket område",
        "Valider",
        "Metode",
        "Benchmark",
        "Skriv analyse",
        "Skriv profil",
      ],
      outsideNotice: "Åpnet utenfor Excel",
      screenshot: "taskpane-nb.png",
    });
    await checkPane(browser, baseUrl, {
      locale: "en-US",
      buttons: [
        "Create project template",
        "", // the saved-responses file input: no text, its name is its aria-label
        "Fetch from SSB",
        "Import the selected range",
        "Validate",
        "Method",
        "Benchmark",
        "Write analysis",
        "Write profile",
      ],
      outsideNotice: "Opened outside Excel",
      screenshot: "taskpane-en.png",
    });
    await checkWorkbookFlow(browser, baseUrl, standInScript);
    await checkRibbonCommands(browser, baseUrl, standInScript, "nb-NO");
    await checkRibbonCommands(browser, baseUrl, standInScript, "en-US");
    await checkRibbonBeforePane(browser, baseUrl, standInScript);
    await checkImportFlow(browser, baseUrl, standInScript);
  } finally {
    await browser.close();
    server.close();
    ssbServer.close();
  }
  console.log(process.exitCode ? "e2e: failed" : "e2e: passed");
}

main().catch((error) => {
  fail(error instanceof Error ? error.message : String(error));
});
