// Opening workbooks that are hostile, odd or not workbooks at all: each ends with exit 2 and a message
// naming the file and what to do, or with the right result, and never by unpacking without bound.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { workbookSheetsOf } from "../../src/core/template";
import { packageOfSheets } from "../../src/node/template-workbook";
import { openWorkbook } from "../../src/node/workbook-grids";
import { XlsxPackage } from "../../src/node/xlsx/xlsx-package";
import * as zipArchiveModule from "../../src/node/xlsx/zip-archive";
import { readZipEntries, zipArchive, type ZipEntry } from "../../src/node/xlsx/zip-archive";
import { smallContent, smallUnits } from "../core/benchmark/small-workbook";
import { runVeikart, writeSmallWorkbook } from "./small-workbook-file";

const folder = mkdtempSync(join(tmpdir(), "veikart-open-"));

/** The small workbook's package with one part's text replaced. */
function smallWorkbookWith(partPath: string, change: (text: string) => string): XlsxPackage {
  const xlsx = packageOfSheets(workbookSheetsOf(smallContent));
  const reopened = XlsxPackage.fromBuffer(xlsx.toBuffer(), "small.xlsx");
  reopened.setText(partPath, change(reopened.text(partPath) ?? ""));
  return reopened;
}

/** A deflated entry of `size` spaces whose directory record declares `declared` bytes. */
function spacesEntry(name: string, size: number, declared: number): ZipEntry {
  const content = Buffer.alloc(size, 0x20);
  const [entry] = readZipEntries(
    zipArchive([
      {
        name,
        storedName: Buffer.from(name),
        utf8Name: true,
        method: 8,
        crc32: 0,
        uncompressedSize: declared,
        compressed: deflateRawSync(content, { level: 9 }),
      },
    ])
  );
  if (entry === undefined) throw new Error("one entry expected");
  return entry;
}

/** The small workbook with its Data sheet replaced by a bomb of `size` bytes declaring `declared`. */
function bombWorkbook(path: string, size: number, declared: number): void {
  const entries = readZipEntries(packageOfSheets(workbookSheetsOf(smallContent)).toBuffer()).map(
    (entry) =>
      entry.name === "xl/worksheets/sheet4.xml" ? spacesEntry(entry.name, size, declared) : entry
  );
  writeFileSync(path, zipArchive(entries));
}

describe("opening a workbook", () => {
  it("refuses a folder", async () => {
    const { exitCode, stderr } = await runVeikart(["validate", folder]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`veikart: ${folder} is a folder, not a workbook\n`);
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const fifo = join(folder, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const { exitCode, stderr } = await runVeikart(["validate", fifo]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(`${fifo} is a pipe or a device, not a file`);
  });

  it("refuses a file larger than --max-size before reading it", async () => {
    const big = join(folder, "big.xlsx");
    writeFileSync(big, Buffer.alloc(2_000_000));
    const { exitCode, stderr } = await runVeikart(["validate", big, "--max-size", "1MB"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("is 2 MB, more than it may unpack to: the limit is 1 MB (--max-size)");
  });

  it("refuses a part whose honest declared size passes the limit, before inflating it", async () => {
    const bomb = join(folder, "honest-bomb.xlsx");
    bombWorkbook(bomb, 3_000_000, 3_000_000);
    const { exitCode, stderr } = await runVeikart(["validate", bomb, "--max-size", "2MB"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(
      "the part xl/worksheets/sheet4.xml unpacks to 3 MB, more than one part may (2 MB)"
    );
    expect(stderr).toContain("run again with a larger one, such as --max-size 8MB");
  });

  it("stops inflating a part that holds more than it declares, at the declared size", async () => {
    const bomb = join(folder, "lying-bomb.xlsx");
    bombWorkbook(bomb, 50_000_000, 1000);
    const { exitCode, stderr } = await runVeikart(["validate", bomb]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(
      "the zip entry xl/worksheets/sheet4.xml is damaged (it holds more than the 1,000 bytes it declares)"
    );
  });

  it("refuses a package whose parts together pass the limit", async () => {
    const entries = readZipEntries(packageOfSheets(workbookSheetsOf(smallContent)).toBuffer());
    const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    const largest = Math.max(...entries.map((entry) => entry.uncompressedSize));
    const xlsx = XlsxPackage.fromBuffer(zipArchive(entries), "small.xlsx", {
      packageBytes: Math.max(largest, total - 1),
    });
    expect(() => {
      for (const entry of entries) xlsx.text(entry.name);
    }).toThrow(/its parts unpack to more than/);
  });

  it("inflates each part once, however often it is read", () => {
    const xlsx = XlsxPackage.fromBuffer(
      packageOfSheets(workbookSheetsOf(smallContent)).toBuffer(),
      "small.xlsx"
    );
    const inflations = jest.spyOn(zipArchiveModule, "inflateEntry");
    try {
      for (let read = 0; read < 3; read++) xlsx.text("xl/worksheets/sheet4.xml");
      expect(inflations).toHaveBeenCalledTimes(1);
    } finally {
      inflations.mockRestore();
    }
  });

  it("reads 2,000 merges over whole columns as the empty cells they are", async () => {
    const merges = Array.from(
      { length: 2000 },
      (_, index) =>
        `<mergeCell ref="${index % 2 === 0 ? "H" : "I"}1:${index % 2 === 0 ? "H" : "I"}1048576"/>`
    ).join("");
    const path = join(folder, "whole-column-merges.xlsx");
    writeFileSync(
      path,
      smallWorkbookWith("xl/worksheets/sheet4.xml", (xml) =>
        xml.replace(/(<\/sheetData>)/, `$1<mergeCells count="2000">${merges}</mergeCells>`)
      ).toBuffer()
    );
    // Time and memory of the issue's own case are measured in bench/hostile-files.ts.
    const { exitCode, stderr } = await runVeikart(["validate", path]);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
  }, 30_000);

  it("refuses two sheet entries that point at one part (a small file asking for its largest part again and again)", async () => {
    const xlsx = smallWorkbookWith("xl/workbook.xml", (xml) =>
      xml.replace(
        "</sheets>",
        Array.from(
          { length: 200 },
          (_, index) => `<sheet name="Kopi${index}" sheetId="${100 + index}" r:id="rId4"/>`
        ).join("") + "</sheets>"
      )
    );
    const path = join(folder, "two-hundred.xlsx");
    writeFileSync(path, xlsx.toBuffer());
    await expect(openWorkbook(path)).rejects.toThrow(
      /the sheets \S+ and Kopi0 are the same part \(xl\/worksheets\/sheet\d\.xml\)/
    );
  });

  it("names the part of an invalid character reference, with exit 2", async () => {
    const path = join(folder, "bad-reference.xlsx");
    writeFileSync(
      path,
      smallWorkbookWith("xl/worksheets/sheet3.xml", (xml) =>
        xml.replace("Kommune 1", "Kommune &#xFFFFFFF;")
      ).toBuffer()
    );
    const { exitCode, stderr } = await runVeikart(["validate", path]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("xl/worksheets/sheet3.xml");
    expect(stderr).not.toContain("unexpected failure");
  });
});

describe("texts from the workbook", () => {
  const hostileUnits = smallUnits.map((unit, index) =>
    index === 0
      ? { ...unit, name: "Oslo\nkommune" }
      : index === 1
        ? // Excel keeps control characters in a cell as _xHHHH_ escapes, which the reader decodes.
          { ...unit, name: "Evil_x001B_[2J_x001B_]0;owned_x0007_ kommune" }
        : unit
  );
  const input = join(folder, "hostile-names.xlsx");
  beforeAll(() => writeSmallWorkbook(input, { ...smallContent, units: hostileUnits }));

  it("prints unit names without escape sequences or line breaks, and the JSON keeps them escaped", async () => {
    const text = await runVeikart(["benchmark", input, "-o", join(folder, "text.xlsx")]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain("Evil kommune");
    expect(text.stdout).toContain("Oslo kommune");
    expect(text.stdout).not.toContain("\u001b");
    const json = await runVeikart(["benchmark", input, "--json"]);
    expect(json.stdout).toContain("Evil\\u001b[2J\\u001b]0;owned\\u0007 kommune");
  }, 60_000);

  it("writes a unit name with a line break as a table column named as its header cell", async () => {
    const output = join(folder, "line-break.xlsx");
    // runVeikart checks every written package: each table's column names equal its header cells.
    const { exitCode } = await runVeikart(["benchmark", input, "-o", output]);
    expect(exitCode).toBe(0);
    const xlsx = XlsxPackage.fromBuffer(readFileSync(output), "line-break.xlsx");
    const tables = xlsx.partPaths().filter((path) => path.startsWith("xl/tables/"));
    const columnNames = tables.map((path) => xlsx.text(path) ?? "").join("");
    expect(columnNames).toContain('name="Oslo kommune"');
  }, 60_000);
});

describe("the output folder", () => {
  it("refuses a missing output folder before reading the input", async () => {
    const missing = join(folder, "nowhere", "out.xlsx");
    const broken = join(folder, "broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const { exitCode, stderr } = await runVeikart(["benchmark", broken, "-o", missing]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`veikart: the folder ${join(folder, "nowhere")} does not exist\n`);
    mkdirSync(join(folder, "nowhere"));
  });
});
