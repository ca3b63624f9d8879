// The demo's Profil sheet of Stjørdal (with its two illustrative measures) opened in LibreOffice Calc: printed to PDF it is one page. Calc
// also saves it as HTML (its chart as an image it draws itself), which Chromium renders to
// test-results/profile-stjordal.png for people to look at: this LibreOffice (nogui) exports no PNG of a
// sheet, and the machine has no PDF rasteriser.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { profileSession } from "../../../src/core/profile";
import { templateWorkbook } from "../../../src/core/template";
import { demoProfileUnit } from "../../../src/node/commands/demo";
import { newWorkbookPackage } from "../../../src/node/xlsx/new-workbook";
import { writeSheetPlans } from "../../../src/node/xlsx/write-sheet-plans";
import { convertWithLibreOffice, itWithLibreOffice } from "../../support/libreoffice";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const screenshot = join(__dirname, "..", "..", "..", "test-results", "profile-stjordal.png");

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the demo's Profil sheet in LibreOffice", () => {
  const withBrowser = existsSync(chromiumPath) ? itWithLibreOffice : it.skip;
  withBrowser(
    "prints Stjørdal's profile on one portrait page and renders it to PNG",
    async () => {
      const grids = templateWorkbook(true);
      const session = profileSession(grids, {
        language: "nb",
        ranAt: "2026-12-02T00:00:00Z",
        unitCode: demoProfileUnit,
      });
      if (session.kind !== "profiled") throw new Error("no profile for Stjørdal");
      const folder = mkdtempSync(join(tmpdir(), "veikart-profile-lo-"));
      const workbook = join(folder, "profil.xlsx");
      const xlsx = newWorkbookPackage(workbook);
      writeSheetPlans(xlsx, [session.plan]);
      await xlsx.writeFile(workbook);

      convertWithLibreOffice([workbook], folder, "pdf", folder);
      const pdf = readFileSync(join(folder, "profil.pdf"), "latin1");
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);

      convertWithLibreOffice([workbook], folder, "html", folder);
      const chartImages = readdirSync(folder).filter((file) => /^profil_html_.*\.png$/.test(file));
      expect(chartImages).toHaveLength(1);
      const browser = await chromium.launch({ executablePath: chromiumPath });
      try {
        const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
        await page.goto(pathToFileURL(join(folder, "profil.html")).href);
        expect(await page.textContent("body")).toContain("Enhetsprofil: Stjørdal (5035)");
        mkdirSync(dirname(screenshot), { recursive: true });
        await page.screenshot({ path: screenshot, fullPage: true });
      } finally {
        await browser.close();
      }
      const { width, height } = pngSize(screenshot);
      expect(height).toBeGreaterThan(width);
    },
    240_000
  );
});
