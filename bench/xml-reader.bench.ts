// The XML reader on the national workbook's Data sheet (as exceljs saves it, about 30 MB of XML): its
// tokens alone, the whole workbook read into cell grids, the same in the Open XML SDK's prefixed
// style (read element by element, without the fast patterns for Excel's own form), and saxes, the
// well-kept streaming parser, tokenizing the same text, all in one run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { SaxesParser } from "saxes";
import { workbookSheetsOf } from "../src/core/template";
import { packageOfSheets } from "../src/node/template-workbook";
import { readCellGrids } from "../src/node/xlsx/read-cell-grids";
import { workbookSheetsOf as sheetsOfPackage } from "../src/node/xlsx/workbook-sheets";
import { XlsxPackage } from "../src/node/xlsx/xlsx-package";
import { XmlReader } from "../src/node/xlsx/xml-reader";
import { inOpenXmlSdkStyle } from "../test/support/open-xml-sdk-style";
import { printTable } from "./measure";
import { nationalDataSet } from "./national-data";

/** The best of five runs, in milliseconds. */
function bestOf(work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    global.gc?.();
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function dataSheetXml(xlsx: XlsxPackage): string {
  const data = sheetsOfPackage(xlsx).find((sheet) => sheet.name === "Data");
  return (data && xlsx.text(data.partPath)) ?? "";
}

export async function xmlReaderBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "veikart-bench-xml-"));
  const written = join(folder, "template-writer.xlsx");
  await packageOfSheets(workbookSheetsOf(nationalDataSet())).writeFile(written);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(written);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  rmSync(folder, { recursive: true, force: true });
  const prefixedBytes = await inOpenXmlSdkStyle(bytes);
  const xml = dataSheetXml(XlsxPackage.fromBuffer(bytes, "national.xlsx"));
  const megabytes = Buffer.byteLength(xml) / 1e6;

  const tokens = bestOf(() => {
    const reader = new XmlReader(xml);
    while (reader.next() !== "end");
  });
  const saxes = bestOf(() => {
    const parser = new SaxesParser({ xmlns: true });
    parser.on("opentag", () => undefined);
    parser.on("text", () => undefined);
    parser.write(xml).close();
  });
  const grids = bestOf(() => readCellGrids(XlsxPackage.fromBuffer(bytes, "national.xlsx")));
  const prefixedGrids = bestOf(() =>
    readCellGrids(XlsxPackage.fromBuffer(prefixedBytes, "national-prefixed.xlsx"))
  );
  const rate = (milliseconds: number) => (megabytes / (milliseconds / 1000)).toFixed(0);
  printTable(
    `XML reader on the national Data sheet (${megabytes.toFixed(1)} MB of XML), best of 5`,
    ["what", "ms", "MB/s of Data sheet XML"],
    [
      ["XmlReader: every token", tokens.toFixed(0), rate(tokens)],
      ["saxes (xmlns): every token", saxes.toFixed(0), rate(saxes)],
      ["readCellGrids: whole workbook, Excel's form", grids.toFixed(0), rate(grids)],
      [
        "readCellGrids: whole workbook, Open XML SDK prefixes",
        prefixedGrids.toFixed(0),
        rate(prefixedGrids),
      ],
    ]
  );
}
