// The scatter and interval charts as written into a workbook: read back by an independent XML parser
// (exceljs cannot read charts), and opened by LibreOffice, which must find the same cells behind
// every series.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser, type Document, type Element as XmlElement } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeSheetPlans } from "../../../src/node/xlsx/write-sheet-plans";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { expectSoundPackage } from "../../support/package-check";
import { convertWithLibreOffice, itWithLibreOffice } from "../../support/libreoffice";
import { chartsSheetPlan as plan } from "../../support/charts-sheet-plan";

const chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";

function children(parent: XmlElement | Document, name: string): XmlElement[] {
  const list = parent.getElementsByTagNameNS(chartNamespace, name);
  return Array.from({ length: list.length }, (_, index) => list.item(index) as XmlElement);
}

/** The formula of the numRef or strRef under `parent`'s child `name`. */
function referenceOf(parent: XmlElement, name: string): string | undefined {
  const [child] = children(parent, name);
  return child === undefined ? undefined : (children(child, "f")[0]?.textContent ?? undefined);
}

async function writtenWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Data").getCell("A1").value = "x";
  const xlsx = XlsxPackage.fromBuffer(
    Buffer.from(await workbook.xlsx.writeBuffer()),
    "charts.xlsx"
  );
  writeSheetPlans(xlsx, [plan]);
  return xlsx.toBuffer();
}

async function chartParts(bytes: Buffer): Promise<Document[]> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files)
    .filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))
    .sort();
  return Promise.all(
    paths.map(async (path) =>
      new DOMParser().parseFromString((await zip.file(path)?.async("string")) ?? "", "text/xml")
    )
  );
}

describe("chart parts of scatter and interval charts", () => {
  let bytes: Buffer;
  let scatter: Document;
  let interval: Document;

  beforeAll(async () => {
    bytes = await writtenWorkbook();
    const parts = await chartParts(bytes);
    scatter = parts.find((part) => children(part, "scatterChart").length > 0) as Document;
    interval = parts.find((part) => children(part, "barChart").length > 0) as Document;
  });

  it("writes a sound package with one part per chart", async () => {
    await expectSoundPackage(bytes, "the workbook with charts");
    expect(scatter).toBeDefined();
    expect(interval).toBeDefined();
  });

  it("points each scatter series' x and y at its own table's cells, the reference lines at their rows", () => {
    const series = children(scatter, "ser").map((ser) => ({
      name: children(ser, "tx")[0]?.textContent,
      x: referenceOf(ser, "xVal"),
      y: referenceOf(ser, "yVal"),
      marker: children(children(ser, "marker")[0] as XmlElement, "symbol")[0]?.getAttribute("val"),
    }));
    expect(series).toEqual([
      { name: "Enheter", x: "Analyse!$B$5:$B$7", y: "Analyse!$C$5:$C$7", marker: "circle" },
      { name: "e = 0,8", x: "Analyse!$G$5:$G$6", y: "Analyse!$H$5:$H$6", marker: "none" },
      { name: "Akse", x: "Analyse!$G$7:$G$8", y: "Analyse!$H$7:$H$8", marker: "none" },
    ]);
  });

  it("caches the cells' numbers and leaves an empty cell out of the cache", () => {
    const [points] = children(scatter, "ser");
    const yValues = children(children(points as XmlElement, "yVal")[0] as XmlElement, "pt").map(
      (point) => [point.getAttribute("idx"), point.textContent]
    );
    expect(yValues).toEqual([
      ["0", "-1"],
      ["2", "5"],
    ]);
  });

  it("gives the scatter chart two value axes with their titles and no category axis", () => {
    const axes = children(scatter, "valAx").map((axis) => ({
      position: children(axis, "axPos")[0]?.getAttribute("val"),
      title: children(axis, "title")[0]?.textContent,
    }));
    expect(axes).toEqual([
      { position: "b", title: "Driver (%)" },
      { position: "l", title: "Press (%)" },
    ]);
    expect(children(scatter, "catAx")).toHaveLength(0);
    expect(children(scatter, "scatterStyle")[0]?.getAttribute("val")).toBe("lineMarker");
  });

  it("draws the interval as stacked horizontal bars whose base series has no fill", () => {
    const [bar] = children(interval, "barChart") as [XmlElement];
    const setting = (name: string) => children(bar, name)[0]?.getAttribute("val");
    expect([setting("barDir"), setting("grouping"), setting("overlap")]).toEqual([
      "bar",
      "stacked",
      "100",
    ]);
    const series = children(bar, "ser");
    expect(series.map((ser) => referenceOf(ser, "val"))).toEqual([
      "Analyse!$B$13:$B$15",
      "Analyse!$C$13:$C$15",
    ]);
    expect(series.map((ser) => referenceOf(ser, "cat"))).toEqual([
      "Analyse!$A$13:$A$15",
      "Analyse!$A$13:$A$15",
    ]);
    const fillOf = (ser: XmlElement) =>
      (children(ser, "spPr")[0]?.childNodes[0] as XmlElement | undefined)?.localName;
    expect(series.map(fillOf)).toEqual(["noFill", "solidFill"]);
    expect(series[0]?.getElementsByTagNameNS(drawingNamespace, "solidFill").length ?? -1).toBe(0);
    expect(
      children(interval, "catAx")[0]
        ?.getElementsByTagNameNS(chartNamespace, "orientation")[0]
        ?.getAttribute("val")
    ).toBe("maxMin");
    expect(children(children(interval, "valAx")[0] as XmlElement, "title")[0]?.textContent).toBe(
      "Rang"
    );
  });

  itWithLibreOffice(
    "opens in LibreOffice, which reads a scatter chart and a stacked bar chart over the same cells",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "veikart-charts-"));
      const workbook = join(folder, "charts.xlsx");
      writeFileSync(workbook, bytes);
      convertWithLibreOffice([workbook], folder, "ods", folder);
      const ods = await JSZip.loadAsync(readFileSync(join(folder, "charts.ods")));
      const contents = await Promise.all(
        Object.keys(ods.files)
          .filter((path) => /^Object \d+\/content\.xml$/.test(path))
          .map(async (path) => (await ods.file(path)?.async("string")) ?? "")
      );
      const chartOf = (chartClass: string) =>
        contents.find((content) => content.includes(`chart:class="chart:${chartClass}"`)) ?? "";
      const seriesOf = (content: string) =>
        [
          ...content.matchAll(
            /<chart:series [^>]*chart:values-cell-range-address="([^"]+)"[^>]*>(?:<chart:domain table:cell-range-address="([^"]+)"\/>)?/g
          ),
        ].map((match) => [match[1], match[2]]);
      expect(seriesOf(chartOf("scatter"))).toEqual([
        ["Analyse.C5:Analyse.C7", "Analyse.B5:Analyse.B7"],
        ["Analyse.H5:Analyse.H6", "Analyse.G5:Analyse.G6"],
        ["Analyse.H7:Analyse.H8", "Analyse.G7:Analyse.G8"],
      ]);
      const bar = chartOf("bar");
      expect(seriesOf(bar).map(([values]) => values)).toEqual([
        "Analyse.B13:Analyse.B15",
        "Analyse.C13:Analyse.C15",
      ]);
      expect(bar).toContain('chart:stacked="true"');
    },
    180_000
  );
});
