// A worker thread of the sensitivity bench: one ASEM analysis, then a message that it is done.
import { parentPort, workerData } from "node:worker_threads";
import { analyseSensitivity } from "../src/core/sensitivity";
import { asemRequest, type AsemFiles, type AsemRequestOptions } from "./sensitivity-asem";

const { files, options } = workerData as { files: AsemFiles; options: AsemRequestOptions };
const result = analyseSensitivity(asemRequest(files, options));
parentPort?.postMessage(result.runs);
