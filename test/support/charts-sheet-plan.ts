// A sheet with a scatter chart (points from one table, reference lines from another, each line a
// pair of rows) and an interval chart, for the tests of both renderers.
import { generatedMarkerBlock, type SheetPlan } from "../../src/core/sheet-plan";

// Points table at A4 (header row 4, data rows 5-7), line end points at F4 (rows 5-8), interval
// table at A12 (rows 13-15).
export const chartsSheetPlan: SheetPlan = {
  name: "Analyse",
  blocks: [
    generatedMarkerBlock,
    {
      kind: "table",
      name: "Punkter",
      anchor: { row: 3, column: 0 },
      style: "TableStyleMedium2",
      columns: [{ header: "Enhet" }, { header: "Driver %" }, { header: "Press %" }],
      rows: [
        ["Oslo", 2.5, -1],
        ["Bergen", -1.5, null],
        ["Trondheim", 4, 5],
      ],
    },
    {
      kind: "table",
      name: "Linjer",
      anchor: { row: 3, column: 5 },
      style: "TableStyleLight1",
      columns: [{ header: "Linje" }, { header: "x" }, { header: "y" }],
      rows: [
        ["e = 0,8", -10, -8],
        ["e = 0,8", 10, 8],
        ["Akse", 0, -10],
        ["Akse", 0, 10],
      ],
    },
    {
      kind: "table",
      name: "Intervall",
      anchor: { row: 11, column: 0 },
      style: "TableStyleMedium2",
      columns: [{ header: "Enhet" }, { header: "Fra" }, { header: "Bredde" }],
      rows: [
        ["Oslo (1)", 1, 1],
        ["Bergen (2)", 1, 2],
        ["Trondheim (3)", 2, 1],
      ],
    },
  ],
  charts: [
    {
      kind: "scatter",
      title: "Endring",
      xAxisTitle: "Driver (%)",
      yAxisTitle: "Press (%)",
      series: [
        { name: "Enheter", table: "Punkter", xColumn: 1, yColumn: 2, style: "markers" },
        {
          name: "e = 0,8",
          table: "Linjer",
          xColumn: 1,
          yColumn: 2,
          rows: { first: 0, count: 2 },
          style: "line",
        },
        {
          name: "Akse",
          table: "Linjer",
          xColumn: 1,
          yColumn: 2,
          rows: { first: 2, count: 2 },
          style: "line",
        },
      ],
      anchor: { row: 1, column: 10 },
      widthInColumns: 8,
      heightInRows: 16,
    },
    {
      kind: "interval",
      title: "Rangintervall",
      table: "Intervall",
      categoryColumn: 0,
      lowColumn: 1,
      spanColumn: 2,
      valueAxisTitle: "Rang",
      anchor: { row: 18, column: 10 },
      widthInColumns: 8,
      heightInRows: 12,
    },
  ],
  columnWidths: [],
};
