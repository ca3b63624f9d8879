// SSB's responses as files: `--save-responses` writes each as <table>-<n>.json, `--from-responses`
// reads every .json file of a folder as a JSON-stat dataset of the table its name or label starts with.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { JsonStatError, readJsonStat, type JsonStatDataset } from "../../core/import";
import type { PxWebResponse } from "../../core/import/pxweb-client";
import { tableOfResponse } from "../../core/import/ssb-import-scope";
import { UsageError } from "../command";

export type DatasetsByTable = Map<string, JsonStatDataset[]>;

function addTo(byTable: DatasetsByTable, table: string, dataset: JsonStatDataset): void {
  byTable.set(table, [...(byTable.get(table) ?? []), dataset]);
}

/** Reads a response document, naming the file or request it came from when it is not JSON-stat. */
export function datasetOf(document: unknown, origin: string): JsonStatDataset {
  try {
    return readJsonStat(document);
  } catch (error) {
    if (error instanceof JsonStatError)
      throw new UsageError(`${origin} is not a JSON-stat 2.0 dataset: ${error.message}`);
    throw error;
  }
}

/** The datasets of every .json file in `folder`, by table. */
export async function readSavedResponses(folder: string): Promise<DatasetsByTable> {
  let files: string[];
  try {
    files = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith(".json")).sort();
  } catch {
    throw new UsageError(`--from-responses: ${folder} is not a folder that can be read`);
  }
  const byTable: DatasetsByTable = new Map();
  for (const file of files) {
    const path = join(folder, file);
    let document: unknown;
    try {
      document = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      throw new UsageError(`${path} is not JSON (${(error as Error).message})`);
    }
    const dataset = datasetOf(document, path);
    const table = tableOfResponse(file, dataset);
    if (table === undefined)
      throw new UsageError(
        `${path}: neither its name nor its label starts with a five-digit table number`
      );
    addTo(byTable, table, dataset);
  }
  if (files.length === 0) throw new UsageError(`--from-responses: ${folder} has no .json files`);
  return byTable;
}

/** The datasets of fetched responses, by table. */
export function datasetsOfResponses(responses: readonly PxWebResponse[]): DatasetsByTable {
  const byTable: DatasetsByTable = new Map();
  for (const response of responses)
    addTo(byTable, response.query.table, datasetOf(response.document, response.url));
  return byTable;
}

/** Writes each response as <table>-<n>.json, n counting the table's responses from 1. */
export async function saveResponses(
  folder: string,
  responses: readonly PxWebResponse[]
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const counts = new Map<string, number>();
  for (const response of responses) {
    const number = (counts.get(response.query.table) ?? 0) + 1;
    counts.set(response.query.table, number);
    await writeFile(
      join(folder, `${response.query.table}-${number}.json`),
      `${JSON.stringify(response.document)}\n`
    );
  }
}
