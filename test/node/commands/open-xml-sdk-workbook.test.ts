import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../../../src/core/validate";
import { readCellGrids } from "../../../src/node/xlsx/read-cell-grids";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { convertWithLibreOffice, itWithLibreOffice } from "../../support/libreoffice";
import { inOpenXmlSdkStyle } from "../../support/open-xml-sdk-style";
import { runVeikart, writeSmallWorkbook } from "../small-workbook-file";

/** Every sheet's values with the run's time stamps (ISO 8601) masked, which differ between runs. */
function withoutTimes(grids: WorkbookGrids): unknown {
  return grids.map((grid) => ({
    name: grid.name,
    values: grid.values.map((cells) =>
      (cells ?? []).map((cell) =>
        typeof cell === "string" ? cell.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z?/g, "<time>") : cell
      )
    ),
  }));
}

function gridsOfFile(path: string): WorkbookGrids {
  return readCellGrids(XlsxPackage.fromBuffer(readFileSync(path), path));
}

describe("a workbook in the Open XML SDK's style (prefixed elements)", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-open-xml-sdk-"));
  const plain = join(folder, "plain.xlsx");
  const prefixed = join(folder, "prefixed.xlsx");
  beforeAll(async () => {
    await writeSmallWorkbook(plain);
    writeFileSync(prefixed, await inOpenXmlSdkStyle(readFileSync(plain)));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("is really prefixed, which exceljs (matching element names as written) cannot read at all", async () => {
    const workbookXml = XlsxPackage.fromBuffer(readFileSync(prefixed), "prefixed").text(
      "xl/workbook.xml"
    );
    expect(workbookXml).toMatch(/^<\?xml[^>]*>\s*<x:workbook xmlns:x=/);
    expect(workbookXml).toContain("<x:sheet ");
    await expect(
      new ExcelJS.Workbook().xlsx.load(readFileSync(prefixed) as unknown as ExcelJS.Buffer)
    ).rejects.toThrow();
  });

  it("validates like its plain twin", async () => {
    const fromPlain = await runVeikart(["validate", plain]);
    const fromPrefixed = await runVeikart(["validate", prefixed]);
    expect(fromPrefixed.exitCode).toBe(fromPlain.exitCode);
    expect(fromPrefixed.stdout.replaceAll(prefixed, "<input>")).toBe(
      fromPlain.stdout.replaceAll(plain, "<input>")
    );
    expect(gridsOfFile(prefixed)).toEqual(gridsOfFile(plain));
  }, 120_000);

  // The LibreOffice test below opens the outputs this test writes.
  it("benchmarks like its plain twin: the same sheets and cells written, the input's prefix kept", async () => {
    const plainOutput = join(folder, "plain.out.xlsx");
    const prefixedOutput = join(folder, "prefixed.out.xlsx");
    const fromPlain = await runVeikart(["benchmark", plain, "-o", plainOutput]);
    const fromPrefixed = await runVeikart(["benchmark", prefixed, "-o", prefixedOutput]);
    expect(fromPlain.exitCode).toBe(0);
    expect(fromPrefixed.exitCode).toBe(0);
    expect(withoutTimes(gridsOfFile(prefixedOutput))).toEqual(
      withoutTimes(gridsOfFile(plainOutput))
    );
    const output = XlsxPackage.fromBuffer(readFileSync(prefixedOutput), "out");
    expect(output.text("xl/workbook.xml")).toMatch(
      /<x:sheet name="Benchmark" sheetId="\d+" xmlns:r="[^"]+" r:id="rId\d+"\/>/
    );
    expect(output.text("xl/styles.xml")).not.toMatch(/<(?!x:|\/x:|\?xml)[a-zA-Z]/);
  }, 120_000);

  itWithLibreOffice(
    "writes output LibreOffice opens as it opens the plain twin's: every sheet, every cell",
    async () => {
      const plainOutput = join(folder, "plain.out.xlsx");
      const prefixedOutput = join(folder, "prefixed.out.xlsx");
      const resaved = join(folder, "resaved");
      convertWithLibreOffice([plainOutput, prefixedOutput], resaved, "xlsx", folder);
      const sheetsOf = async (path: string) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path);
        return workbook.worksheets.map((sheet) => {
          const rows: unknown[] = [];
          sheet.eachRow({ includeEmpty: true }, (row) =>
            rows.push(JSON.stringify(row.values).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z?/g, "<time>"))
          );
          return { name: sheet.name, rows };
        });
      };
      const fromPlain = await sheetsOf(join(resaved, "plain.out.xlsx"));
      const fromPrefixed = await sheetsOf(join(resaved, "prefixed.out.xlsx"));
      expect(fromPrefixed.map((sheet) => sheet.name)).toEqual(
        expect.arrayContaining(["Data", "Benchmark", "Validering"])
      );
      expect(fromPrefixed).toEqual(fromPlain);
    },
    240_000
  );
});
