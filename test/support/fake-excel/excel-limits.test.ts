// The fake refuses what Excel refuses, with Excel's error code (sources in excel-limits.ts).
import { fakeExcel, FakeWorkbook, type FakeExcel } from ".";
import { cellCharacters, payloadLimitBytes, printScale, seriesPerChart } from "./excel-limits";

/** Queues `batch` on a new request context and syncs it, as src/excel does inside Excel.run. */
function synced(fake: FakeExcel, batch: (context: Excel.RequestContext) => void): Promise<void> {
  return fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

function withSheet(name = "Ark1"): FakeExcel {
  const workbook = new FakeWorkbook();
  workbook.addSheetWithRows(name, [["x"]]);
  return fakeExcel(workbook);
}

const sheetOf = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Ark1");

function addLineChart(context: Excel.RequestContext, seriesCount: number): void {
  const sheet = sheetOf(context);
  const chart = sheet.charts.add(
    "Line" as Excel.ChartType,
    sheet.getRangeByIndexes(1, 0, 16, 1),
    "Columns" as Excel.ChartSeriesBy
  );
  for (let index = 1; index < seriesCount; index++) chart.series.add(`Enhet ${index}`);
}

function addTable(context: Excel.RequestContext, address: string, name?: string): void {
  const table = sheetOf(context).tables.add(sheetOf(context).getRange(address), true);
  if (name !== undefined) table.name = name;
}

describe("the fake Excel's limits", () => {
  describe("series per chart", () => {
    it(`accepts ${seriesPerChart} series in one chart`, async () => {
      const fake = withSheet();
      await synced(fake, (context) => addLineChart(context, seriesPerChart));
      expect(fake.workbook.sheet("Ark1")?.charts[0]?.series).toHaveLength(seriesPerChart);
    });

    it("refuses a 256th series with InvalidArgument", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => addLineChart(context, seriesPerChart + 1))
      ).rejects.toMatchObject({
        name: "RichApi.Error",
        code: "InvalidArgument",
        debugInfo: { errorLocation: "chart.series.add" },
      });
    });
  });

  describe("chart types and chart settings", () => {
    it("refuses a chart type that is not an Excel.ChartType with InvalidArgument", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => {
          const sheet = sheetOf(context);
          sheet.charts.add("Scatter" as Excel.ChartType, sheet.getRange("A1"));
        })
      ).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "charts.add" },
      });
    });

    it("takes XYScatterLinesNoMarkers as a series' type and refuses an unknown one", async () => {
      const fake = withSheet();
      const addWithSeriesType = (type: string) =>
        synced(fake, (context) => {
          const sheet = sheetOf(context);
          const chart = sheet.charts.add("XYScatter" as Excel.ChartType, sheet.getRange("A1"));
          chart.series.getItemAt(0).chartType = type as Excel.ChartType;
        });
      await addWithSeriesType("XYScatterLinesNoMarkers");
      expect(fake.workbook.sheet("Ark1")?.charts[0]?.series[0]?.chartType).toBe(
        "XYScatterLinesNoMarkers"
      );
      await expect(addWithSeriesType("LinesNoMarkers")).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "series.chartType" },
      });
    });

    it("refuses a tick label position and a legend position outside their enums", async () => {
      const fake = withSheet();
      const chartOf = (context: Excel.RequestContext) =>
        sheetOf(context).charts.add(
          "BarStacked" as Excel.ChartType,
          sheetOf(context).getRange("A1")
        );
      await expect(
        synced(fake, (context) => {
          chartOf(context).axes.valueAxis.tickLabelPosition =
            "Bottom" as Excel.ChartAxisTickLabelPosition;
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      await expect(
        synced(fake, (context) => {
          chartOf(context).legend.position = "Below" as Excel.ChartLegendPosition;
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  describe("sheet names", () => {
    it("accepts a name of 31 characters with an apostrophe inside", async () => {
      const fake = withSheet();
      const name = "Kommunens 'grønne' tall 2009-24";
      expect(name).toHaveLength(31);
      await synced(fake, (context) => context.workbook.worksheets.add(name));
      expect(fake.workbook.sheet(name)).toBeDefined();
    });

    it("refuses a name of 32 characters with InvalidArgument", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => context.workbook.worksheets.add("B".repeat(32)))
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.workbook.sheets).toHaveLength(1);
    });

    it.each(["[", "]", ":", "*", "?", "/", "\\"])(
      "refuses a name holding %s with InvalidArgument",
      async (character) => {
        const fake = withSheet();
        await expect(
          synced(fake, (context) => context.workbook.worksheets.add(`Ark${character}2`))
        ).rejects.toMatchObject({ code: "InvalidArgument" });
      }
    );

    it.each(["", "   ", "'Ark2", "Ark2'", "History", "HISTORY"])(
      'refuses the name "%s" (blank, apostrophe at an end, or reserved) with InvalidArgument',
      async (name) => {
        const fake = withSheet();
        await expect(
          synced(fake, (context) => context.workbook.worksheets.add(name))
        ).rejects.toMatchObject({ code: "InvalidArgument" });
      }
    );

    it("refuses a second sheet named as the first in other case with ItemAlreadyExists", async () => {
      const fake = withSheet("Benchmark");
      await expect(
        synced(fake, (context) => context.workbook.worksheets.add("BENCHMARK"))
      ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });

    it("refuses renaming a sheet to a name it may not have, and keeps the old name", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => {
          sheetOf(context).name = "Benchmark: 2024";
        })
      ).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "worksheet.name" },
      });
      expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Ark1"]);
    });
  });

  describe("cells and the grid", () => {
    it(`accepts ${cellCharacters} characters in a cell`, async () => {
      const fake = withSheet();
      await synced(fake, (context) => {
        sheetOf(context).getRange("B2").values = [["a".repeat(cellCharacters)]];
      });
      expect(fake.workbook.sheet("Ark1")?.cell(1, 1)).toHaveLength(cellCharacters);
    });

    it("refuses a cell of 32,768 characters with InvalidArgument and writes none of the range", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => {
          sheetOf(context).getRange("B2:B3").values = [["kort"], ["a".repeat(cellCharacters + 1)]];
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.workbook.sheet("Ark1")?.cell(1, 1)).toBeUndefined();
    });

    it("writes the last cell of the grid, XFD1048576", async () => {
      const fake = withSheet();
      await synced(fake, (context) => {
        sheetOf(context).getRangeByIndexes(1_048_575, 16_383, 1, 1).values = [["siste"]];
      });
      expect(fake.workbook.sheet("Ark1")?.cell(1_048_575, 16_383)).toBe("siste");
    });

    it.each([
      ["row 1,048,577", (sheet: Excel.Worksheet) => sheet.getRangeByIndexes(1_048_576, 0, 1, 1)],
      ["column 16,385", (sheet: Excel.Worksheet) => sheet.getRangeByIndexes(0, 16_384, 1, 1)],
      [
        "a range running past the last row",
        (sheet: Excel.Worksheet) => sheet.getRangeByIndexes(1_048_570, 0, 7, 1),
      ],
      ["the address XFE1", (sheet: Excel.Worksheet) => sheet.getRange("XFE1")],
      ["a range of no rows", (sheet: Excel.Worksheet) => sheet.getRangeByIndexes(0, 0, 0, 1)],
    ])("refuses %s with InvalidArgument", async (_, rangeOf) => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => {
          rangeOf(sheetOf(context)).values = [["x"]];
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });

    it("refuses to read more than five million cells with RangeExceedsLimit", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => {
          sheetOf(context).getRangeByIndexes(0, 0, 1_000_001, 5).load("values");
        })
      ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });

  describe("tables", () => {
    it.each([
      "VeikartRangering",
      "_tabell",
      "\\tabell",
      "Tabell.2024",
      "VeikartMål",
      "XFE1",
      "RC_liste",
    ])("accepts the table name %s", async (name) => {
      const fake = withSheet();
      await synced(fake, (context) => addTable(context, "A1:B3", name));
      expect(fake.workbook.tables.map((table) => table.name)).toEqual([name]);
    });

    it.each([
      "Min tabell",
      "1Tabell",
      "Tabell-1",
      "Tabell!",
      "A1",
      "xfd1048576",
      "R1C1",
      "RC",
      "R2",
      "C12",
      "r",
      "C",
    ])(
      "refuses the table name %s (a character Excel does not take, or a cell reference) with InvalidArgument",
      async (name) => {
        const fake = withSheet();
        await expect(
          synced(fake, (context) => addTable(context, "A1:B3", name))
        ).rejects.toMatchObject({
          code: "InvalidArgument",
          debugInfo: { errorLocation: "table.name" },
        });
      }
    );

    it("refuses a table name over 255 characters with InvalidArgument", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => addTable(context, "A1:B3", `T${"a".repeat(255)}`))
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });

    it("refuses a table name another table has, in other case, with InvalidArgument", async () => {
      const fake = withSheet();
      await synced(fake, (context) => addTable(context, "A1:B3", "VeikartRangering"));
      await expect(
        synced(fake, (context) => addTable(context, "D1:E3", "veikartrangering"))
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });

    it("refuses a table name that is a defined name with InvalidArgument", async () => {
      const fake = withSheet();
      fake.workbook.definedNames.push("Rangering");
      await expect(
        synced(fake, (context) => addTable(context, "A1:B3", "RANGERING"))
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });

    it("refuses a table overlapping another with InvalidArgument", async () => {
      const fake = withSheet();
      await synced(fake, (context) => addTable(context, "A1:C5"));
      await expect(synced(fake, (context) => addTable(context, "C5:D9"))).rejects.toMatchObject({
        code: "InvalidArgument",
        message: expect.stringContaining("cannot overlap") as unknown,
        debugInfo: { errorLocation: "tables.add" },
      });
      expect(fake.workbook.tables).toHaveLength(1);
    });

    it("accepts a table right beside another", async () => {
      const fake = withSheet();
      await synced(fake, (context) => addTable(context, "A1:C5"));
      await synced(fake, (context) => addTable(context, "D1:E5"));
      expect(fake.workbook.tables).toHaveLength(2);
    });
  });

  describe("page layout", () => {
    it(`accepts a print scale of ${printScale.minimum} and of ${printScale.maximum}, and pages to fit to`, async () => {
      const fake = withSheet();
      await synced(fake, (context) => {
        sheetOf(context).pageLayout.zoom = { scale: printScale.minimum };
        sheetOf(context).pageLayout.zoom = { scale: printScale.maximum };
        sheetOf(context).pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      });
      expect(fake.workbook.sheet("Ark1")?.pageZoom).toEqual({
        horizontalFitToPages: 1,
        verticalFitToPages: 0,
      });
    });

    it.each([
      { scale: printScale.minimum - 1 },
      { scale: printScale.maximum + 1 },
      { horizontalFitToPages: 1.5 },
      { verticalFitToPages: -1 },
      { scale: 100, horizontalFitToPages: 1 },
    ])("refuses the zoom %j with InvalidArgument", async (zoom) => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => {
          sheetOf(context).pageLayout.zoom = zoom;
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });

    it("refuses a print area off the grid and an orientation Excel does not have", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) =>
          sheetOf(context).pageLayout.setPrintArea(
            sheetOf(context).getRangeByIndexes(0, 0, 1, 16_385)
          )
        )
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      await expect(
        synced(fake, (context) => {
          sheetOf(context).pageLayout.orientation = "Sideways" as Excel.PageOrientation;
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  describe("the 5 MB payload of Excel on the web", () => {
    /** `count` cells of `text` in one column from A1, one values assignment. */
    function writeColumn(context: Excel.RequestContext, text: string, count: number): void {
      sheetOf(context).getRangeByIndexes(0, 0, count, 1).values = Array.from(
        { length: count },
        () => [text]
      );
    }

    it("refuses a request over the limit with RequestPayloadSizeLimitExceeded and does none of it", async () => {
      const fake = withSheet();
      const cells = Math.ceil(payloadLimitBytes / 30_000) + 1;
      await expect(
        synced(fake, (context) => writeColumn(context, "a".repeat(30_000), cells))
      ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      expect(fake.workbook.sheet("Ark1")?.grid()).toEqual([["x"]]);
      expect(fake.recorder.largestRequestBytes).toBeGreaterThan(payloadLimitBytes);
    });

    /** Microsoft's example of a request over the limit: one-cell writes, each its own range. */
    function writeCellByCell(
      context: Excel.RequestContext,
      firstRow: number,
      lastRow: number
    ): void {
      const sheet = sheetOf(context);
      for (let row = firstRow; row < lastRow; row++)
        sheet.getRangeByIndexes(row, 1, 1, 1).values = [["1"]];
    }

    it("refuses Microsoft's example, 9,999 one-cell writes in one sync, with RequestPayloadSizeLimitExceeded", async () => {
      const fake = withSheet();
      await expect(
        synced(fake, (context) => writeCellByCell(context, 1, 10_000))
      ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });

    it("accepts the same writes split as Microsoft splits them, in syncs of 5,000", async () => {
      const fake = withSheet();
      await fake.run(async (context) => {
        writeCellByCell(context, 1, 5_000);
        await context.sync();
        writeCellByCell(context, 5_001, 10_000);
        await context.sync();
      });
      expect(fake.recorder.syncCount).toBe(2);
      expect(fake.workbook.sheet("Ark1")?.cell(9_999, 1)).toBe("1");
    });

    it("refuses a response over the limit with ResponsePayloadSizeLimitExceeded", async () => {
      const workbook = new FakeWorkbook();
      workbook.addSheetWithRows(
        "Ark1",
        Array.from({ length: 200 }, () => ["a".repeat(30_000)])
      );
      const fake = fakeExcel(workbook);
      await expect(
        synced(fake, (context) => {
          sheetOf(context).getRange("A1:A200").load("values");
        })
      ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
  });
});
