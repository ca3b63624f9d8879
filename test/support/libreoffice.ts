// LibreOffice for the tests that open workbooks in it: run when `soffice` is installed (Debian's
// libreoffice-calc), reported as skipped by name when it is not.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const available = hasSoffice();

/** `it` when LibreOffice is installed; otherwise a skipped test, named in a warning. */
export function itWithLibreOffice(name: string, test: () => Promise<void>, timeout: number): void {
  if (!available)
    console.warn(`skipped (soffice not found; apt-get install libreoffice-calc): ${name}`);
  (available ? it : it.skip)(name, test, timeout);
}

/**
 * Converts workbooks with LibreOffice into `outdir` (as <name>.<format>), in a user profile of its
 * own under `folder` so that runs side by side do not share one.
 */
export function convertWithLibreOffice(
  workbooks: readonly string[],
  outdir: string,
  format: string,
  folder: string
): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(folder, "profile")}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outdir,
      ...workbooks,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
}

/**
 * The value ranges of the series of the bar chart, of the line chart and of the interval chart (a
 * bar chart with stacked series) in an .ods file LibreOffice wrote (each chart is an Object
 * N/content.xml part), of the charts over `sheet` when it is given: empty when there is no such chart.
 */
export async function odsChartSeries(
  ods: string,
  sheet?: string
): Promise<{ readonly bar: string[]; readonly line: string[]; readonly interval: string[] }> {
  const spreadsheet = await JSZip.loadAsync(readFileSync(ods));
  const charts = await Promise.all(
    Object.keys(spreadsheet.files)
      .filter((path) => /^Object \d+\/content\.xml$/.test(path))
      .map(async (path) => (await spreadsheet.file(path)?.async("string")) ?? "")
  );
  const onSheet = (chart: string) =>
    sheet === undefined || chart.includes(`chart:values-cell-range-address="${sheet}.`);
  // An interval chart is a bar chart whose two series are stacked (the low end without fill).
  const stacked = (chart: string) => chart.includes('chart:stacked="true"');
  const seriesOf = (chartClass: string, isStacked = false): string[] => {
    const chart = charts.find(
      (content) =>
        content.includes(`chart:class="chart:${chartClass}"`) &&
        onSheet(content) &&
        stacked(content) === isStacked
    );
    return [
      ...(chart ?? "").matchAll(/<chart:series [^>]*chart:values-cell-range-address="([^"]+)"/g),
    ].map((match) => match[1] ?? "");
  };
  return { bar: seriesOf("bar"), line: seriesOf("line"), interval: seriesOf("bar", true) };
}
