// The issue's hostile and odd files, built here and given to `veikart validate` as a process: each
// run's exit code, wall time and peak memory (GNU time's maximum resident set size).
// `npm run -s prepare && node lib/bench/hostile-files.js` (needs /usr/bin/time and mkfifo).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { workbookSheetsOf } from "../src/core/template";
import { packageOfSheets, templatePackage } from "../src/node/template-workbook";
import { XlsxPackage } from "../src/node/xlsx/xlsx-package";
import { readZipEntries, zipArchive, type ZipEntry } from "../src/node/xlsx/zip-archive";
import { nationalDataSet } from "./national-data";
import { printTable } from "./measure";

const veikart = join(__dirname, "..", "..", "bin", "veikart.js");
const dataSheet = "xl/worksheets/sheet4.xml";

/** `size` spaces deflated in pieces, with their checksum: a bomb without holding it in memory. */
async function deflatedSpaces(size: number): Promise<{ compressed: Buffer; crc: number }> {
  const piece = Buffer.alloc(1 << 20, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  let crc = 0;
  for (let written = 0; written < size; written += piece.length) {
    const part = piece.subarray(0, Math.min(piece.length, size - written));
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  await new Promise((resolve) => deflate.end(resolve));
  return { compressed: Buffer.concat(chunks), crc };
}

function smallEntries(): ZipEntry[] {
  return readZipEntries(templatePackage(true).toBuffer());
}

function withPart(entries: readonly ZipEntry[], replacement: ZipEntry): Buffer {
  return zipArchive(
    entries.map((entry) => (entry.name === replacement.name ? replacement : entry))
  );
}

function deflated(name: string, content: Buffer, declared = content.length): ZipEntry {
  return {
    name,
    storedName: Buffer.from(name),
    utf8Name: true,
    method: 8,
    crc32: crc32(content),
    uncompressedSize: declared,
    compressed: deflateRawSync(content, { level: 9 }),
  };
}

/** The pilot workbook (template with example data) with one part's text changed. */
function smallWith(partPath: string, change: (text: string) => string): Buffer {
  const xlsx = XlsxPackage.fromBuffer(templatePackage(true).toBuffer(), "pilot.xlsx");
  xlsx.setText(partPath, change(xlsx.text(partPath) ?? ""));
  return xlsx.toBuffer();
}

interface Outcome {
  readonly exitCode: number | null;
  readonly seconds: number;
  readonly peakMegabytes: number;
  readonly message: string;
}

function validate(args: readonly string[]): Outcome {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, veikart, "validate", ...args],
    {
      encoding: "utf8",
      timeout: 600_000,
      maxBuffer: 1 << 30,
    }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = run.stderr.trim().split("\n");
  const peakKilobytes = Number(lines.pop());
  const message = (lines.join(" ") || run.stdout.split("\n").slice(-3).join(" ")).slice(0, 150);
  return { exitCode: run.status, seconds, peakMegabytes: peakKilobytes / 1024, message };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "veikart-hostile-"));
  const cases: { name: string; args: string[] }[] = [];
  const add = (name: string, file: string, bytes: Buffer | undefined, extra: string[] = []) => {
    if (bytes !== undefined) writeFileSync(join(folder, file), bytes);
    cases.push({ name, args: [join(folder, file), ...extra] });
  };

  const entries = smallEntries();
  const bombSize = 4_000_000_000;
  const bomb = await deflatedSpaces(bombSize);
  const bombEntry = (declared: number): ZipEntry => ({
    name: dataSheet,
    storedName: Buffer.from(dataSheet),
    utf8Name: true,
    method: 8,
    crc32: bomb.crc,
    uncompressedSize: declared,
    compressed: bomb.compressed,
  });
  add(
    "zip bomb, 4 GB declared honestly",
    "bomb-honest.xlsx",
    withPart(entries, bombEntry(bombSize))
  );
  add(
    "zip bomb, declares 100 MB, holds 4 GB",
    "bomb-lying.xlsx",
    withPart(entries, bombEntry(100_000_000))
  );

  const rows = Array.from(
    { length: 60_000 },
    (_, row) =>
      `<row r="${row + 2}"><c r="A${row + 2}" t="inlineStr"><is><t>0301</t></is></c><c r="B${row + 2}"><v>${row % 97}</v></c></row>`
  ).join("");
  const bigSheet = Buffer.from(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`
  );
  const manySheets = XlsxPackage.fromBuffer(withPart(entries, deflated(dataSheet, bigSheet)), "x");
  manySheets.setText(
    "xl/workbook.xml",
    (manySheets.text("xl/workbook.xml") ?? "").replace(
      "</sheets>",
      `${Array.from({ length: 200 }, (_, index) => `<sheet name="Kopi${index}" sheetId="${100 + index}" r:id="rId4"/>`).join("")}</sheets>`
    )
  );
  add("200 sheet entries pointing at one part", "two-hundred.xlsx", manySheets.toBuffer());

  const merges = Array.from(
    { length: 2000 },
    (_, index) => `<mergeCell ref="A${index + 1}:A1048576"/>`
  ).join("");
  add(
    "2,000 merges over whole columns",
    "merges.xlsx",
    smallWith(dataSheet, (xml) =>
      xml.replace("</sheetData>", `</sheetData><mergeCells count="2000">${merges}</mergeCells>`)
    )
  );
  add(
    "invalid character reference",
    "reference.xlsx",
    smallWith("xl/worksheets/sheet3.xml", (xml) =>
      xml.replace('<t xml:space="preserve">', '<t xml:space="preserve">&#xFFFFFFF;')
    )
  );

  const national = packageOfSheets(workbookSheetsOf(nationalDataSet()));
  const nationalPath = join(folder, "national.xlsx");
  writeFileSync(nationalPath, national.toBuffer());
  cases.push({ name: "national workbook (reference)", args: [nationalPath] });
  const allWrong = XlsxPackage.fromBuffer(national.toBuffer(), "national");
  allWrong.setText(
    dataSheet,
    (allWrong.text(dataSheet) ?? "").replace(
      /<c r="([A-Z]+\d+)"( s="\d+")?><v>[^<]*<\/v><\/c>/g,
      '<c r="$1"$2 t="inlineStr"><is><t>x</t></is></c>'
    )
  );
  add("every number in the national Data sheet text", "all-wrong.xlsx", allWrong.toBuffer());
  cases.push({ name: "same, --json", args: [join(folder, "all-wrong.xlsx"), "--json"] });
  // Every Data cell below the header a wrong text, and the rows written twice: 1.24 M issues.
  const everyWrong = XlsxPackage.fromBuffer(national.toBuffer(), "national");
  const everyWrongXml = (everyWrong.text(dataSheet) ?? "").replace(
    /<c r="([A-Z]+)(\d+)"( s="\d+")?( t="\w+")?>(?:<v>[^<]*<\/v>|<is>.*?<\/is>)<\/c>/g,
    (whole, column: string, row: string, style: string | undefined) =>
      row === "1"
        ? whole
        : `<c r="${column}${row}"${style ?? ""} t="inlineStr"><is><t>x${row}</t></is></c>`
  );
  const rowsStart = everyWrongXml.indexOf('<row r="2"');
  const rowsEnd = everyWrongXml.indexOf("</sheetData>");
  const dataRows = everyWrongXml.slice(rowsStart, rowsEnd);
  const rowCount = (dataRows.match(/<row /g) ?? []).length;
  const shifted = dataRows.replace(
    /(<row r="|<c r="[A-Z]+)(\d+)"/g,
    (_, before: string, row: string) => `${before}${Number(row) + rowCount}"`
  );
  everyWrong.setText(
    dataSheet,
    everyWrongXml.slice(0, rowsEnd) + shifted + everyWrongXml.slice(rowsEnd)
  );
  add(
    "every Data cell wrong, rows written twice (1.24 M issues)",
    "every-wrong.xlsx",
    everyWrong.toBuffer()
  );

  execFileSync("mkfifo", [join(folder, "fifo.xlsx")]);
  add("a FIFO without a writer", "fifo.xlsx", undefined);
  cases.push({ name: "a folder", args: [folder] });
  writeFileSync(join(folder, "huge.xlsx"), "");
  truncateSync(join(folder, "huge.xlsx"), 3 * 2 ** 30);
  add("a 3 GiB file (sparse)", "huge.xlsx", undefined);

  const table = cases.map(({ name, args }) => {
    const outcome = validate(args);
    const file = args[0] ?? "";
    let size = "";
    try {
      const stats = statSync(file);
      size = stats.isFile() ? `${(stats.size / 1024).toFixed(0)} KB` : "";
    } catch {
      size = "";
    }
    return [
      name,
      size,
      String(outcome.exitCode),
      outcome.seconds.toFixed(2),
      outcome.peakMegabytes.toFixed(0),
      outcome.message,
    ];
  });
  printTable(
    "hostile and odd files, veikart validate",
    ["case", "file", "exit", "seconds", "peak MB", "message"],
    table
  );
  rmSync(folder, { recursive: true, force: true });
}

void main();
