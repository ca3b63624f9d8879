// Workbooks saved by LibreOffice (when `soffice` is installed) read as exceljs reads them: LibreOffice
// writes its own styles, shared strings and cell attributes (t="n", <f aca="false">).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { copyFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTemplateWorkbook } from "../../../src/node/template-workbook";
import { readCellGrids } from "../../../src/node/xlsx/read-cell-grids";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { exceljsGridsOf } from "../../support/exceljs-grids";

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const available = hasSoffice();
const name = "reads the golden workbook and the template saved by LibreOffice as exceljs does";
if (!available)
  console.warn(`skipped (soffice not found; apt-get install libreoffice-calc): ${name}`);

(available ? it : it.skip)(
  name,
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-read-grids-"));
    await copyFile(
      join(__dirname, "..", "..", "fixtures", "golden-workbook.xlsx"),
      join(folder, "golden.xlsx")
    );
    await buildTemplateWorkbook(true).xlsx.writeFile(join(folder, "template.xlsx"));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(folder, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(folder, "saved"),
        join(folder, "golden.xlsx"),
        join(folder, "template.xlsx"),
      ],
      { stdio: "ignore", timeout: 120_000 }
    );
    for (const file of ["golden.xlsx", "template.xlsx"]) {
      const bytes = await readFile(join(folder, "saved", file));
      const grids = readCellGrids(XlsxPackage.fromBuffer(bytes, file));
      expect(grids).toStrictEqual(await exceljsGridsOf(bytes));
      expect(grids.length).toBe(5);
    }
  },
  180_000
);
