// Workbooks saved by LibreOffice (when `soffice` is installed) read as exceljs reads them: LibreOffice
// writes its own styles, shared strings and cell attributes (t="n", <f aca="false">).
import { mkdtempSync } from "node:fs";
import { copyFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templatePackage } from "../../../src/node/template-workbook";
import { readCellGrids } from "../../../src/node/xlsx/read-cell-grids";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { exceljsGridsOf } from "../../support/exceljs-grids";
import { convertWithLibreOffice, itWithLibreOffice } from "../../support/libreoffice";

itWithLibreOffice(
  "reads the golden workbook and the template saved by LibreOffice as exceljs does",
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-read-grids-"));
    await copyFile(
      join(__dirname, "..", "..", "fixtures", "golden-workbook.xlsx"),
      join(folder, "golden.xlsx")
    );
    await templatePackage(true).writeFile(join(folder, "template.xlsx"));
    convertWithLibreOffice(
      [join(folder, "golden.xlsx"), join(folder, "template.xlsx")],
      join(folder, "saved"),
      "xlsx",
      folder
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
