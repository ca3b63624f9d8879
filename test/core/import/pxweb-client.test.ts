import { join } from "node:path";
import {
  dataUrl,
  fetchPxWebQueries,
  PxWebCancelledError,
  PxWebError,
  retryAfterMilliseconds,
  systemClock,
  type Clock,
  type PxWebQuery,
} from "../../../src/core/import/pxweb-client";
import { startSsbServer, type SsbServer } from "../../support/ssb-server";

const reformFolder = join(__dirname, "../../fixtures/ssb/reform");
const timeout = 30_000;

/** Waits pass at once and are recorded; a wait as long as the request timeout never passes on its own. */
function testClock(): Clock & { readonly waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: (milliseconds, signal) =>
      new Promise((resolve, reject) => {
        if (milliseconds === timeout) {
          signal.addEventListener("abort", () => reject(new PxWebCancelledError()), { once: true });
          return;
        }
        waits.push(milliseconds);
        now += milliseconds;
        resolve();
      }),
  };
}

const query = (region: string[], years = ["2020", "2021"]): PxWebQuery => ({
  table: "12345",
  selections: [
    { dimension: "Region", codes: region },
    { dimension: "ContentsCode", codes: ["Antall"] },
    { dimension: "Tid", codes: years },
  ],
});

describe("the PxWebApi 2 client", () => {
  let server: SsbServer;
  beforeEach(async () => {
    server = await startSsbServer(reformFolder);
  });
  afterEach(() => server.close());

  const options = (clock: Clock = testClock()) => ({
    fetch: (url: string, init: { signal: AbortSignal }) => fetch(url, init),
    clock,
    baseUrl: server.baseUrl,
    timeoutMilliseconds: timeout,
  });

  it("asks for the data endpoint with valueCodes per dimension, JSON-stat 2.0 and a language", () => {
    const url = new URL(
      dataUrl(query(["5001", "4601"]), "https://data.ssb.no/api/pxwebapi/v2/", "en")
    );
    expect(url.origin + url.pathname).toBe("https://data.ssb.no/api/pxwebapi/v2/tables/12345/data");
    expect(url.searchParams.get("lang")).toBe("en");
    expect(url.searchParams.get("outputFormat")).toBe("json-stat2");
    expect(url.searchParams.get("valueCodes[Region]")).toBe("5001,4601");
    expect(url.searchParams.get("valueCodes[Tid]")).toBe("2020,2021");
  });

  it("fetches each query in turn and reports requests done of total", async () => {
    const progress: string[] = [];
    const responses = await fetchPxWebQueries([query(["5001"]), query(["4601", "4627"])], {
      ...options(),
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(["0/2", "1/2", "2/2"]);
    expect(server.requests).toHaveLength(2);
    const second = responses[1]?.document as { size: number[]; value: number[] };
    expect(second.size).toEqual([2, 1, 2]);
    expect(second.value).toEqual([3102, 3103, 302, 303]);
  });

  it("waits as long as a 429's Retry-After asks, then tries again", async () => {
    const clock = testClock();
    server.faults.push("429");
    server.retryAfter = "3";
    const [response] = await fetchPxWebQueries([query(["5001"])], options(clock));
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toEqual([3000]);
    expect((response?.document as { value: number[] }).value).toEqual([2002, 2003]);
  });

  it("backs off exponentially on 5xx and gives up after the last attempt, naming the table", async () => {
    const clock = testClock();
    server.faults.push("500", "500", "500", "500", "500");
    await expect(fetchPxWebQueries([query(["5001"])], options(clock))).rejects.toMatchObject({
      failure: "http",
      status: 500,
      table: "12345",
    });
    expect(clock.waits).toEqual([1000, 2000, 4000, 8000]);
    expect(server.requests).toHaveLength(5);
  });

  it("gives up on a request that does not answer in time and tries it again", async () => {
    server.faults.push("timeout");
    const responses = await fetchPxWebQueries([query(["5001"])], {
      ...options(systemClock),
      timeoutMilliseconds: 300,
    });
    expect(server.requests).toHaveLength(2);
    expect(responses).toHaveLength(1);
  });

  it("reports a malformed document without retrying it", async () => {
    server.faults.push("malformed");
    const failure = fetchPxWebQueries([query(["5001"])], options());
    await expect(failure).rejects.toBeInstanceOf(PxWebError);
    await expect(failure).rejects.toMatchObject({ failure: "malformed", table: "12345" });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a selection the table does not have, without retrying", async () => {
    await expect(fetchPxWebQueries([query(["9999"])], options())).rejects.toMatchObject({
      failure: "http",
      status: 400,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("spaces requests so that no more than the limit go out within a window", async () => {
    const clock = testClock();
    const queries = ["5001", "4601", "4627", "5001", "4601"].map((code) => query([code]));
    await fetchPxWebQueries(queries, {
      ...options(clock),
      requestsPerWindow: 2,
      windowMilliseconds: 60_000,
    });
    expect(server.requests).toHaveLength(5);
    expect(clock.waits).toEqual([60_000, 60_000]);
  });

  it("stops at once when cancelled, even while a request is waiting for its answer", async () => {
    server.faults.push("timeout");
    const controller = new AbortController();
    const fetching = fetchPxWebQueries([query(["5001"]), query(["4601"])], {
      ...options(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(fetching).rejects.toBeInstanceOf(PxWebCancelledError);
    expect(server.requests).toHaveLength(1);
  });

  it("tries a request that reaches no server only twice", async () => {
    const clock = testClock();
    await expect(
      fetchPxWebQueries([query(["5001"])], { ...options(clock), baseUrl: "http://127.0.0.1:9" })
    ).rejects.toMatchObject({ failure: "network", table: "12345" });
    expect(clock.waits).toEqual([1000]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMilliseconds("2", 0)).toBe(2000);
    expect(retryAfterMilliseconds("Thu, 01 Jan 1970 00:00:05 GMT", 1000)).toBe(4000);
    expect(retryAfterMilliseconds(null, 0)).toBeUndefined();
    expect(retryAfterMilliseconds("soon", 0)).toBeUndefined();
  });
});
