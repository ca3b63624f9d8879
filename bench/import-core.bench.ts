// Importing one indicator for every kommune and fylke (372 units) and 16 years in core: reading SSB's
// JSON-stat response, mapping it to observations (with the codes of earlier years merged), and planning
// the write into Data, empty and national (~155 000 rows, where every value is then a new row).
import {
  observationsFromSsb,
  planDataImport,
  planSsbQueries,
  readJsonStat,
  readDownloadedTable,
} from "../src/core/import";
import type { SsbSource } from "../src/core/model";
import { fylker, kommuner, workbookSheetsOf } from "../src/core/template";
import type { SheetGrid } from "../src/core/validate";
import { measure, printTable } from "./measure";
import { nationalDataSet, nationalYears } from "./national-data";

const source: SsbSource = { table: "07459", contents: "Personer1", selections: [], scale: 1 };

/** SSB's response for the source: every code the planner asks for, each year, as a JSON text. */
function responseText(units: readonly string[]): string {
  const [query] = planSsbQueries(source, units, nationalYears);
  const regions = query?.selections.find((selection) => selection.dimension === "Region")?.codes;
  const years = nationalYears.map(String);
  const value = (regions ?? []).flatMap((_, region) =>
    years.map((_, year) => 1000 + region * 7 + year)
  );
  return JSON.stringify({
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning",
    updated: "2025-02-20T07:00:00Z",
    id: ["Region", "ContentsCode", "Tid"],
    size: [regions?.length ?? 0, 1, years.length],
    role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
    dimension: {
      Region: { category: { index: regions } },
      ContentsCode: { category: { index: ["Personer1"] } },
      Tid: { category: { index: years } },
    },
    value,
  });
}

export function importCoreBenchmark(): void {
  const units = [...kommuner, ...fylker].map((entry) => entry.code);
  const text = responseText(units);
  const fromSsb = () =>
    observationsFromSsb({
      indicator: "POPULATION",
      source,
      datasets: [readJsonStat(JSON.parse(text))],
      units,
      additive: true,
    });
  const { observations } = fromSsb();
  const emptyData: SheetGrid = { name: "Data", values: [] };
  const nationalData = workbookSheetsOf(nationalDataSet()).find((sheet) => sheet.name === "Data");
  const nationalGrid: SheetGrid = { name: "Data", values: nationalData?.values ?? [] };
  const wide: SheetGrid = {
    name: "Utslipp",
    values: [
      ["Kommune", ...nationalYears.map(String)],
      ...units.map((unit, row) => [unit, ...nationalYears.map((_, year) => row * 3 + year)]),
    ],
  };
  const rows = [
    ["JSON-stat read + observationsFromSsb", measure(fromSsb)],
    [
      "planDataImport into an empty Data",
      measure(() => planDataImport(emptyData, observations, { replace: false })),
    ],
    [
      `planDataImport into national Data (${nationalGrid.values.length - 1} rows)`,
      measure(() => planDataImport(nationalGrid, observations, { replace: false })),
    ],
    [
      "readDownloadedTable, wide, 372 x 16",
      measure(() =>
        readDownloadedTable(wide, { indicator: "GHG_TOTAL", source: "test", additive: true })
      ),
    ],
  ] as const;
  printTable(
    `Import of one indicator, ${units.length} units x ${nationalYears.length} years (${observations.length} values; response ${Math.round(text.length / 1024)} kB; target: well under 100 ms)`,
    ["step", "median ms", "heap MB"],
    rows.map(([step, measurement]) => [
      step,
      measurement.milliseconds.toFixed(1),
      measurement.heapMegabytes.toFixed(1),
    ])
  );
}
