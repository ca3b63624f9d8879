// The ASEM example as an analysis request, for the sensitivity bench and its worker threads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { datasetFromCoinrData } from "../src/core/data/coinr-data";
import { frameworkFromCoinrMeta } from "../src/core/data/coinr-meta";
import type { SensitivityRequest } from "../src/core/sensitivity";
import { readVariedInputs } from "../src/core/validate";
import { parseCsv } from "../src/node/csv";

export interface AsemFiles {
  readonly data: string;
  readonly meta: string;
}

/** What varies (as the Metode setting writes it), how many runs, and the seed. */
export interface AsemRequestOptions {
  readonly vary: string;
  readonly samples: number;
  readonly seed?: number;
}

export function asemFiles(root: string): AsemFiles {
  const folder = join(root, "test", "fixtures", "coinr");
  return { data: join(folder, "ASEM_iData.csv"), meta: join(folder, "ASEM_iMeta.csv") };
}

/** COINr's default pipeline on ASEM (min-max, arithmetic mean), as `veikart sensitivity --data` runs it. */
export function asemRequest(files: AsemFiles, options: AsemRequestOptions): SensitivityRequest {
  const meta = frameworkFromCoinrMeta(parseCsv(readFileSync(files.meta, "utf8"))).value;
  const dataset = datasetFromCoinrData(
    parseCsv(readFileSync(files.data, "utf8")),
    meta.framework,
    meta
  ).value;
  const inputs = readVariedInputs(options.vary).inputs;
  return {
    framework: meta.framework,
    dataset,
    settings: { aggregate: { coverageBasis: "count" }, treat: { method: "none" } },
    inputs,
    samples: options.samples,
    seed: options.seed ?? 20261202,
    sobol: inputs.length >= 2,
  };
}
