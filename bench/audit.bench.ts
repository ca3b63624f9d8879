// The audit of the indicator set on the national synthetic set (372 units, the catalogue's scored
// indicators in 6 dimensions): correlations, Cronbach's alpha and the first principal component of each
// dimension for one year, after the default pipeline. Target < 100 ms.
import { auditRun } from "../src/core/analysis/audit/audit";
import { datasetFromObservations } from "../src/core/data/observations";
import { runPipeline } from "../src/core/pipeline/run-pipeline";
import { defaultMethodValues } from "../src/core/template";
import { measure, printTable } from "./measure";
import { nationalDataSet, nationalYears } from "./national-data";

export function auditBenchmark(): void {
  const national = nationalDataSet();
  const dataset = datasetFromObservations(
    national.framework,
    national.units,
    national.observations
  ).value;
  const result = runPipeline({ framework: national.framework, dataset });
  const year = nationalYears[nationalYears.length - 1];
  const thresholds = {
    highCorrelation: defaultMethodValues.auditHighCorrelation,
    weakCorrelation: defaultMethodValues.auditWeakCorrelation,
    minimumAlpha: defaultMethodValues.auditMinimumAlpha,
    minimumFirstComponentShare: defaultMethodValues.auditMinimumFirstComponentShare,
  };
  const audit = auditRun(result, year, thresholds);
  const timing = measure(() => auditRun(result, year, thresholds), 15);
  // CPU time as well: on a shared machine the wall time includes waiting for a core.
  const cpuTimes: number[] = [];
  for (let repetition = 0; repetition < 15; repetition++) {
    const before = process.cpuUsage();
    auditRun(result, year, thresholds);
    const used = process.cpuUsage(before);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  cpuTimes.sort((a, b) => a - b);
  printTable(
    "Audit of the national set for one year (correlations, alpha, PCA per dimension, flags); target < 100 ms",
    ["units", "indicators", "dimensions", "pairs", "flags", "audit ms", "cpu ms", "heap MB"],
    [
      [
        String(national.units.length),
        String(audit?.cronbach.reduce((sum, group) => sum + group.k, 0) ?? 0),
        String(audit?.cronbach.length ?? 0),
        String(audit?.correlations.length ?? 0),
        String(audit?.flags.length ?? 0),
        timing.milliseconds.toFixed(1),
        (cpuTimes[7] ?? Number.NaN).toFixed(1),
        timing.heapMegabytes.toFixed(1),
      ],
    ]
  );
}
