import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workbookSheetsOf } from "../../../src/core/template";
import type { CellValue, WorkbookGrids } from "../../../src/core/validate";
import { readCellGrids } from "../../../src/node/xlsx/read-cell-grids";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { fakeWorkbookOfXlsx } from "../../support/fake-excel/load-xlsx";
import { convertWithLibreOffice, itWithLibreOffice } from "../../support/libreoffice";
import { packageProblems } from "../../support/package-check";
import {
  cellTag,
  numberCell,
  rawCell,
  textCell,
  workbookInStyle,
  type StyledWorkbook,
  type WriterStyle,
} from "../../support/xlsx-styles";
import { smallContent } from "../../core/benchmark/small-workbook";
import { runVeikart } from "../small-workbook-file";

/** LibreOffice's CSV filter with commas, double quotes and UTF-8 (its character set 76). */
const utf8Csv = "csv:Text - txt - csv (StarCalc):44,34,76";

function gridsOf(bytes: Buffer): WorkbookGrids {
  return readCellGrids(XlsxPackage.fromBuffer(bytes, "styled.xlsx"));
}

/** The cells of a sheet as exceljs reads them (through the fake Excel's loader), A1 to the last value. */
async function exceljsCells(
  bytes: Buffer,
  name: string
): Promise<{ values: unknown[][]; formats: string[][] }> {
  const sheet = (await fakeWorkbookOfXlsx(bytes)).sheet(name);
  const used = sheet?.usedBox();
  if (sheet === undefined || used === undefined) return { values: [], formats: [] };
  const box = {
    row: 0,
    column: 0,
    rowCount: used.row + used.rowCount,
    columnCount: used.column + used.columnCount,
  };
  return { values: sheet.valuesIn(box), formats: sheet.numberFormatsIn(box) };
}

/** Cells every reader reads alike: numbers, shared and inline texts, rich text, a shared formula. */
const ordinary: StyledWorkbook = {
  sheets: [
    {
      name: "Data",
      rows: [
        [textCell("Enhet"), textCell("År"), textCell("Verdi"), textCell("A & <B>")],
        [textCell("0301"), numberCell(2024), numberCell(392000), numberCell(-0.125)],
        [
          rawCell((writer, element) => {
            const [r, t, rPr, b] = ["r", "t", "rPr", "b"].map(element) as [
              string,
              string,
              string,
              string,
            ];
            const index = writer.sharedString(
              `<${r}><${rPr}><${b}/></${rPr}><${t}>Rich</${t}></${r}><${r}><${t} xml:space="preserve"> text</${t}></${r}>`
            );
            return cellTag(
              writer,
              "{ref}",
              { t: "s" },
              `<${element("v")}>${index}</${element("v")}>`
            );
          }),
          rawCell((writer, element) => {
            const t = element("t");
            const index = writer.sharedString(
              `<${t}>東京</${t}><${element("rPh")} sb="0" eb="2"><${t}>トウキョウ</${t}></${element("rPh")}><${element("phoneticPr")} fontId="1"/>`
            );
            return cellTag(
              writer,
              "{ref}",
              { t: "s" },
              `<${element("v")}>${index}</${element("v")}>`
            );
          }),
          rawCell((writer, element) =>
            cellTag(
              writer,
              "{ref}",
              {},
              `<${element("f")} t="shared" ref="C3:D3" si="0">B2*2</${element("f")}><${element("v")}>4048</${element("v")}>`
            )
          ),
          rawCell((writer, element) =>
            cellTag(
              writer,
              "{ref}",
              {},
              `<${element("f")} t="shared" si="0"/><${element("v")}>784000</${element("v")}>`
            )
          ),
        ],
        [
          rawCell((writer, element) =>
            cellTag(
              writer,
              "{ref}",
              { t: "inlineStr" },
              `<${element("is")}><${element("r")}><${element("t")}>in</${element("t")}></${element("r")}><${element("r")}><${element("t")}>line</${element("t")}></${element("r")}></${element("is")}>`
            )
          ),
          rawCell((writer, element) =>
            cellTag(writer, "{ref}", { t: "b" }, `<${element("v")}>1</${element("v")}>`)
          ),
          rawCell((writer, element) =>
            cellTag(writer, "{ref}", { t: "e" }, `<${element("v")}>#N/A</${element("v")}>`)
          ),
          rawCell((writer, element) =>
            cellTag(
              writer,
              "{ref}",
              { t: "str" },
              `<${element("f")}>"x"&amp;"y"</${element("f")}><${element("v")}>xy</${element("v")}>`
            )
          ),
        ],
      ],
      after: (element) =>
        `<${element("mergeCells")} count="1"><${element("mergeCell")} ref="A5:B6"/></${element("mergeCells")}>`,
    },
  ],
};

const ordinaryValues: CellValue[][] = [
  ["Enhet", "År", "Verdi", "A & <B>"],
  ["0301", 2024, 392000, -0.125],
  ["Rich text", "東京", 4048, 784000],
  ["inline", true, "#N/A", "xy"],
];

describe("reading workbooks in other writers' styles", () => {
  const styles: WriterStyle[] = ["excel", "openXmlSdk", "libreOffice", "xlsxWriter"];

  it.each(styles)("reads every cell of the %s-style workbook, the same in every style", (style) => {
    const [data] = gridsOf(workbookInStyle(ordinary, style));
    expect(data?.values).toEqual(ordinaryValues);
  });

  it.each(["excel", "libreOffice", "xlsxWriter"] as const)(
    "reads the %s-style workbook as exceljs does, every cell's value and number format",
    async (style) => {
      const bytes = workbookInStyle(ordinary, style);
      const [data] = gridsOf(bytes);
      const exceljs = await exceljsCells(bytes, "Data");
      expect(data?.values).toEqual(exceljs.values);
      expect(data?.numberFormats).toEqual(exceljs.formats);
    }
  );

  it("writes the libreOffice-style package as LibreOffice does: relationships typed by overrides, no rels default", async () => {
    const bytes = workbookInStyle(ordinary, "libreOffice");
    const contentTypes = XlsxPackage.fromBuffer(bytes, "styled.xlsx").text("[Content_Types].xml");
    expect(contentTypes).not.toContain('Extension="rels"');
    expect(await packageProblems(bytes)).toEqual([]);
  });

  /** The small workbook's sheets as plain cells (no tables) in a style. */
  const smallWorkbook: StyledWorkbook = {
    sheets: workbookSheetsOf(smallContent).map((sheet) => ({
      name: sheet.name,
      rows: sheet.values.map((row) =>
        row.map((cell) =>
          cell === null ? undefined : typeof cell === "number" ? numberCell(cell) : textCell(cell)
        )
      ),
    })),
  };

  it.each(styles)(
    "benchmarks the small workbook in the %s style into a sound package, every part with a content type",
    async (style) => {
      const folder = mkdtempSync(join(tmpdir(), "veikart-styles-"));
      try {
        const input = join(folder, `${style}.xlsx`);
        writeFileSync(input, workbookInStyle(smallWorkbook, style));
        const output = join(folder, "benchmarked.xlsx");
        const { exitCode } = await runVeikart(["benchmark", input, "-o", output]);
        expect(exitCode).toBe(0);
        expect(await packageProblems(readFileSync(output))).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  );

  /** Cells whose XML only a reader that is XML reads right: comments, CDATA, references, a redefined format. */
  const tricky: StyledWorkbook = {
    sheets: [
      {
        name: "Tricky",
        rows: [
          [
            rawCell((writer, element) =>
              cellTag(
                writer,
                "{ref}",
                {},
                `<${element("v")}>39<!-- 999999999 -->2000</${element("v")}>`
              )
            ),
            rawCell((writer, element) => {
              const t = element("t");
              const index = writer.sharedString(`<${t}><![CDATA[0301 <Oslo>]]></${t}>`);
              return cellTag(
                writer,
                "{ref}",
                { t: "s" },
                `<!-- <${element("v")}>7</${element("v")}> --><${element("v")}>${index}</${element("v")}>`
              );
            }),
            rawCell((writer, element) =>
              cellTag(writer, "{ref}", { s: 1 }, `<${element("v")}>45352</${element("v")}>`)
            ),
            rawCell((writer, element) => {
              const t = element("t");
              const index = writer.sharedString(`<${t}>&#216;stre &#x54;oten</${t}>`);
              return cellTag(
                writer,
                "{ref}",
                { t: "s" },
                `<${element("v")}>${index}</${element("v")}>`
              );
            }),
          ],
        ],
      },
    ],
    // The workbook defines built-in format 0 anew, as a date: the cell of style 1 shows a date.
    styles: (element) =>
      `<${element("numFmts")} count="1"><${element("numFmt")} numFmtId="0" formatCode="yyyy\\-mm\\-dd"/></${element("numFmts")}>` +
      `<${element("cellXfs")} count="2"><${element("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/>` +
      `<${element("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></${element("cellXfs")}>`,
  };

  it.each(styles)(
    "reads comments as nothing, CDATA and references as text, and a redefined built-in format as the workbook says (%s style)",
    (style) => {
      const [grid] = gridsOf(workbookInStyle(tricky, style));
      expect(grid?.values).toEqual([[392000, "0301 <Oslo>", 45352, "Østre Toten"]]);
      expect(grid?.numberFormats?.[0]?.[2]).toBe("yyyy-mm-dd");
    }
  );

  itWithLibreOffice(
    "reads those cells as LibreOffice does, and the Open XML SDK-style twin as its plain twin",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "veikart-styles-"));
      try {
        const files = (["excel", "openXmlSdk"] as const).map((style) => {
          const path = join(folder, `${style}.xlsx`);
          writeFileSync(path, workbookInStyle(tricky, style));
          return path;
        });
        convertWithLibreOffice(files, folder, utf8Csv, folder);
        for (const style of ["excel", "openXmlSdk"]) {
          const csv = readFileSync(join(folder, `${style}.csv`), "utf8").trim();
          expect(csv).toBe("392000,0301 <Oslo>,2024-03-01,Østre Toten");
        }
        const ordinaryPath = join(folder, "ordinary.xlsx");
        writeFileSync(ordinaryPath, workbookInStyle(ordinary, "openXmlSdk"));
        convertWithLibreOffice([ordinaryPath], folder, utf8Csv, folder);
        const rows = readFileSync(join(folder, "ordinary.csv"), "utf8").trim().split("\n");
        expect(rows.map((row) => row.split(","))).toEqual(
          ordinaryValues.map((cells) =>
            cells.map((cell) => (cell === true ? "TRUE" : String(cell)))
          )
        );
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    180_000
  );
});
