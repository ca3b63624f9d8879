// A local stand-in for SSB's PxWebApi 2 data endpoint, for tests that must not touch the network.
// GET /tables/{id}/data?valueCodes[Dim]=a,b&outputFormat=json-stat2 is answered from the JSON-stat
// 2.0 documents of a folder: the table's cells are gathered from every document of that table and
// cut to the selection asked for, in the order asked, as PxWebApi answers a selection. A queue of
// faults answers the next requests with a 429, a 500, no answer (a timeout) or a malformed document.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export type SsbFault = "429" | "500" | "timeout" | "malformed";

export interface SsbServer {
  readonly baseUrl: string;
  /** The path and query of every request, in order. */
  readonly requests: string[];
  /** Faults answered to the next requests, first first. */
  readonly faults: SsbFault[];
  /** The header a 429 carries ("1" asks for one second), or none. */
  retryAfter: string | undefined;
  close(): Promise<void>;
}

interface Dimension {
  readonly id: string;
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly extra: Record<string, unknown>;
}

interface Cube {
  readonly document: Record<string, unknown>;
  readonly dimensions: readonly Dimension[];
  readonly cells: ReadonlyMap<string, { value: number | null; status?: string }>;
}

function codesOf(index: unknown): string[] {
  if (Array.isArray(index)) return index.map(String);
  return Object.entries(index as Record<string, number>)
    .sort((a, b) => a[1] - b[1])
    .map(([code]) => code);
}

function atPosition<T>(container: unknown, position: number): T | undefined {
  if (container === undefined || container === null) return undefined;
  if (typeof container === "string") return container as T;
  if (Array.isArray(container))
    return (container.length === 1 ? container[0] : container[position]) as T | undefined;
  return (container as Record<string, T>)[String(position)];
}

/** A JSON-stat 2.0 dataset's cells by their codes joined with "|", in the document's dimension order. */
function cubeOf(document: Record<string, unknown>): Cube {
  const ids = document.id as string[];
  const sizes = document.size as number[];
  const dimensionEntries = document.dimension as Record<string, Record<string, unknown>>;
  const dimensions = ids.map((id) => {
    const { category, ...extra } = dimensionEntries[id] as { category: Record<string, unknown> };
    return {
      id,
      codes: codesOf(category.index ?? Object.keys(category.label as object)),
      labels: (category.label ?? {}) as Record<string, string>,
      extra,
    };
  });
  const cells = new Map<string, { value: number | null; status?: string }>();
  const total = sizes.reduce((product, size) => product * size, 1);
  for (let position = 0; position < total; position++) {
    let rest = position;
    const codes: string[] = [];
    for (let dimension = dimensions.length - 1; dimension >= 0; dimension--) {
      const size = sizes[dimension] as number;
      codes.unshift((dimensions[dimension] as Dimension).codes[rest % size] as string);
      rest = Math.floor(rest / size);
    }
    const status = atPosition<string>(document.status, position);
    cells.set(codes.join("|"), {
      value: atPosition<number | null>(document.value, position) ?? null,
      ...(status === undefined || status === null ? {} : { status }),
    });
  }
  return { document, dimensions, cells };
}

function tableOfFile(file: string, document: Record<string, unknown>): string | undefined {
  return (
    /^(\d{5})/.exec(file)?.[1] ?? /^(\d{5})/.exec(String(document.label ?? ""))?.[1] ?? undefined
  );
}

function readCubes(folder: string): Map<string, Cube[]> {
  const byTable = new Map<string, Cube[]>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const document = JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<
      string,
      unknown
    >;
    const table = tableOfFile(file, document);
    if (table === undefined) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), cubeOf(document)]);
  }
  return byTable;
}

class SelectionError extends Error {}

/** The JSON-stat document of the selection: every dimension of the table, cut to the codes asked for. */
function answer(cubes: readonly Cube[], selection: ReadonlyMap<string, string[]>): unknown {
  const first = cubes[0] as Cube;
  const dimensions = first.dimensions.map((dimension) => {
    const known = new Set(
      cubes.flatMap((cube) => cube.dimensions.find((d) => d.id === dimension.id)?.codes ?? [])
    );
    const asked = selection.get(dimension.id);
    if (asked === undefined) {
      if (known.size !== 1)
        throw new SelectionError(`valueCodes[${dimension.id}] is required for this table`);
      return { ...dimension, codes: [...known] };
    }
    const codes = asked.includes("*") ? [...known] : asked;
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw new SelectionError(`Non-existent value(s) ${unknown.join(",")} for ${dimension.id}`);
    return { ...dimension, codes };
  });
  for (const id of selection.keys())
    if (!first.dimensions.some((dimension) => dimension.id === id))
      throw new SelectionError(`Non-existent variable ${id}`);
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  const visit = (depth: number, codes: string[]) => {
    if (depth === dimensions.length) {
      const key = codes.join("|");
      const cell = cubes.map((cube) => cube.cells.get(key)).find((found) => found !== undefined);
      if (cell?.status !== undefined) status[String(value.length)] = cell.status;
      value.push(cell?.value ?? null);
      return;
    }
    for (const code of (dimensions[depth] as Dimension).codes) visit(depth + 1, [...codes, code]);
  };
  visit(0, []);
  const rest = Object.fromEntries(
    Object.entries(first.document).filter(([key]) => key !== "value" && key !== "status")
  );
  return {
    ...rest,
    id: dimensions.map((dimension) => dimension.id),
    size: dimensions.map((dimension) => dimension.codes.length),
    dimension: Object.fromEntries(
      dimensions.map((dimension) => [
        dimension.id,
        {
          ...dimension.extra,
          category: {
            index: Object.fromEntries(dimension.codes.map((code, position) => [code, position])),
            label: Object.fromEntries(
              dimension.codes.map((code) => [code, dimension.labels[code] ?? code])
            ),
          },
        },
      ])
    ),
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
  };
}

function selectionOf(url: URL): Map<string, string[]> {
  const selection = new Map<string, string[]>();
  for (const [key, value] of url.searchParams) {
    const dimension = /^valueCodes\[(.+)\]$/i.exec(key)?.[1];
    if (dimension !== undefined) selection.set(dimension, value.split(","));
  }
  return selection;
}

/** Starts the server on a free port of 127.0.0.1, serving the documents of `folder`. */
export async function startSsbServer(folder: string): Promise<SsbServer> {
  const cubes = readCubes(folder);
  const requests: string[] = [];
  const faults: SsbFault[] = [];
  const held = new Set<ServerResponse>();
  const state = { retryAfter: "1" as string | undefined };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.url ?? "");
    response.setHeader("Access-Control-Allow-Origin", "*");
    const fault = faults.shift();
    if (fault === "timeout") {
      held.add(response);
      return;
    }
    if (fault === "429" || fault === "500") {
      if (fault === "429" && state.retryAfter !== undefined)
        response.setHeader("Retry-After", state.retryAfter);
      response.writeHead(Number(fault), { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({ title: fault === "429" ? "Too Many Requests" : "Server error" })
      );
      return;
    }
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const table = /^\/tables\/(\d{5})\/data$/.exec(url.pathname)?.[1];
    const tableCubes = table === undefined ? undefined : cubes.get(table);
    if (tableCubes === undefined) {
      response.writeHead(404, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ title: `No table at ${url.pathname}` }));
      return;
    }
    try {
      const body = JSON.stringify(answer(tableCubes, selectionOf(url)));
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
      response.end(fault === "malformed" ? body.slice(0, Math.floor(body.length / 2)) : body);
    } catch (error) {
      if (!(error instanceof SelectionError)) throw error;
      response.writeHead(400, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ title: error.message }));
    }
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    faults,
    get retryAfter() {
      return state.retryAfter;
    },
    set retryAfter(value) {
      state.retryAfter = value;
    },
    close: async () => {
      for (const response of held) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
