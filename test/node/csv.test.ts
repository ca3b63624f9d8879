// The CSV reader against Norwegian Excel's files (test/fixtures/csv), RFC 4180's cases, and csv-parse
// (an independent, well-kept parser) on generated tables.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { CsvFormatError, csvText, parseCsv, readCsvFile } from "../../src/node/csv";

const fixtures = join(__dirname, "..", "fixtures", "csv");

function formatError(text: string): string {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return error.message;
    throw error;
  }
  throw new Error("no CsvFormatError");
}

describe("parseCsv on files as Norwegian Excel writes them", () => {
  it("reads ASEM saved with a byte-order mark, semicolons, decimal commas and CRLF as the comma file", async () => {
    const norwegian = await readCsvFile(join(fixtures, "ASEM_iData_nb.csv"));
    const original = await readCsvFile(
      join(__dirname, "..", "fixtures", "coinr", "ASEM_iData.csv")
    );
    expect(norwegian.delimiter).toBe(";");
    expect(original.delimiter).toBe(",");
    expect(norwegian.header).toEqual(original.header);
    expect(norwegian.header[0]).toBe("uName");
    expect(norwegian.rows).toEqual(original.rows);
  });

  it("reads Windows-1252 without a byte-order mark: æøå, no-break spaces grouping thousands, a quoted semicolon", async () => {
    const table = await readCsvFile(join(fixtures, "kommuner-windows-1252.csv"));
    expect(table.header).toEqual(["uCode", "uName", "Areal km²", "Innbyggere"]);
    expect(table.rows).toEqual([
      ["3201", "Bærum", "192.2", "128982"],
      ["3905", "Tønsberg", "329.6", "58313"],
      ["1508", "Ålesund", "Ålesund; Giske", "-0.5"],
    ]);
  });

  it("reads decimal commas as numbers only when the delimiter is a semicolon", () => {
    expect(parseCsv("a;b;c;d\r\n1,5;-0,25;1,5E+3;12 345 678,9\r\n").rows).toEqual([
      ["1.5", "-0.25", "1.5E+3", "12345678.9"],
    ]);
    expect(parseCsv('a,b\n"1,5",2.5\n').rows).toEqual([["1,5", "2.5"]]);
  });

  it("leaves text with commas or spaces that is no number as it is, in a semicolon file", () => {
    expect(parseCsv("a;b;c;d\n1,2,3;Nord-Fron, Innlandet;12 34;1 234 5\n").rows).toEqual([
      ["1,2,3", "Nord-Fron, Innlandet", "12 34", "1 234 5"],
    ]);
  });

  it("decodes UTF-16 with a byte-order mark and UTF-8 with one", () => {
    const text = "uCode;Verdi\r\nBÆRUM;1,5\r\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    for (const bytes of [utf16, utf8])
      expect(parseCsv(csvText(bytes)).rows).toEqual([["BÆRUM", "1.5"]]);
  });

  it("takes the delimiter from the header line, counting neither kind inside quotes", () => {
    expect(parseCsv('"a;b;c",d\n1,2\n').delimiter).toBe(",");
    expect(parseCsv('"a,b,c";d\n1;2\n').delimiter).toBe(";");
    expect(parseCsv("single\nvalue\n").rows).toEqual([["value"]]);
  });
});

describe("parseCsv on RFC 4180's cases", () => {
  it("reads quoted fields with doubled quotes, delimiters and line breaks inside, CRLF line ends", () => {
    const table = parseCsv('name,note\r\n"a ""b"" c","x, y"\r\nplain,"line 1\r\nline 2"\r\n');
    expect(table.rows).toEqual([
      ['a "b" c', "x, y"],
      ["plain", "line 1\r\nline 2"],
    ]);
    expect([table.lineOfRow(0), table.lineOfRow(1)]).toEqual([2, 3]);
  });

  it("reads a last record without a line end, empty fields, a trailing delimiter and an empty quoted field", () => {
    expect(parseCsv('a,b,c\n1,,""\n,2,').rows).toEqual([
      ["1", "", ""],
      ["", "2", ""],
    ]);
  });

  it("reads LF and lone CR line ends, and skips empty lines", () => {
    expect(parseCsv("a,b\r1,2\r\r3,4\n\n5,6").rows).toEqual([
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("reads one cell at a time: a short row's missing cells and cells past the table are undefined", () => {
    const table = parseCsv('a;b;c\n"x ""y""";1,5\n');
    expect(table.rowCount).toBe(1);
    expect([table.cell(0, 0), table.cell(0, 1), table.cell(0, 2)]).toEqual([
      'x "y"',
      "1.5",
      undefined,
    ]);
    expect([table.cell(1, 0), table.cell(-1, 0), table.cell(0, -1)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("counts lines past line breaks inside quotes", () => {
    const table = parseCsv('a,b\n"1\n2\n3",x\ny,z\n');
    expect(table.lineOfRow(1)).toBe(5);
  });
});

describe("parseCsv refuses text that is not CSV, naming line and column", () => {
  it("a quoted field never closed", () => {
    expect(formatError('a,b\n1,2\n3,"open\n4,5\n')).toBe(
      "line 3, column 2 (character 3): a quoted field is never closed"
    );
  });

  it("text after a closing quote", () => {
    expect(formatError('a,b\n1,"2"x\n')).toBe(
      'line 2, column 2 (character 6): "x" after a closing quote, where the field should end'
    );
  });

  it("a quote inside an unquoted field", () => {
    expect(formatError('a;b\n1;5" screen\n')).toMatch(
      /^line 2, column 2 \(character 4\): a quote inside a field that does not start with one/
    );
  });

  it("a row with more fields than the header, as a decimal comma in a comma file gives", () => {
    expect(formatError("uCode,Value\nAUT,1,5\n")).toBe(
      "line 2, column 3 (character 7): more fields than the header's 2"
    );
  });

  it("an empty file", () => {
    expect(formatError("\ufeff")).toBe("the file is empty (no header row)");
  });
});

describe("parseCsv agrees with csv-parse", () => {
  const character = fc.constantFrom("a", "B", " ", "ø", ",", ";", '"', "\r", "\n", "\r\n");
  const field = fc.array(character, { maxLength: 6 }).map((characters) => characters.join(""));
  const table = fc.integer({ min: 2, max: 5 }).chain((columns) =>
    fc.record({
      rows: fc.array(fc.array(field, { minLength: columns, maxLength: columns }), {
        minLength: 1,
        maxLength: 6,
      }),
      delimiter: fc.constantFrom(",", ";"),
      lineEnd: fc.constantFrom("\n", "\r\n"),
      byteOrderMark: fc.boolean(),
      finalLineEnd: fc.boolean(),
    })
  );

  it("on generated tables with quotes, both delimiters and line breaks inside fields", () => {
    fc.assert(
      fc.property(table, ({ rows, delimiter, lineEnd, byteOrderMark, finalLineEnd }) => {
        const quoted = (value: string) =>
          /[,;"\r\n]/.test(value) || value === "" ? `"${value.replace(/"/g, '""')}"` : value;
        const text =
          (byteOrderMark ? "\ufeff" : "") +
          rows.map((row) => row.map(quoted).join(delimiter)).join(lineEnd) +
          (finalLineEnd ? lineEnd : "");
        const reference = parse(text, { bom: true, delimiter, record_delimiter: lineEnd });
        const own = parseCsv(text);
        expect(own.delimiter).toBe(delimiter);
        expect([own.header, ...own.rows]).toEqual(reference);
        expect([own.header, ...own.rows]).toEqual(rows);
      }),
      { numRuns: 300 }
    );
  });

  it("on the ASEM files, record for record", () => {
    for (const name of ["ASEM_iData.csv", "ASEM_iData_p.csv", "ASEM_iMeta.csv"]) {
      const text = readFileSync(join(__dirname, "..", "fixtures", "coinr", name), "utf8");
      const own = parseCsv(text);
      expect([own.header, ...own.rows]).toEqual(parse(text, { bom: true }));
    }
  });
});
