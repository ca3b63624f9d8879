// A client for Statistics Norway's PxWebApi version 2: one GET of /tables/{id}/data per query, as
// JSON-stat 2.0, spaced to stay within SSB's rate limit, retried on 429 and 5xx, timed out and
// cancellable. It takes fetch, the clock and sleep as arguments, so the same code runs in Node, in
// the task pane and in tests against a local server.

import type { SsbSelection } from "../model";
import { ssbRequestsPerMinute } from "./ssb-queries";

/** SSB's PxWebApi 2 (https://www.ssb.no/api/api-mot-statistikkbanken--brukerveiledning). */
export const ssbApiBaseUrl = "https://data.ssb.no/api/pxwebapi/v2";

/** SSB's rate limit counts requests per minute (see ssbRequestsPerMinute). */
export const ssbRateWindowMilliseconds = 60_000;

/** A request that has not answered in this long is given up and tried again. */
export const defaultRequestTimeoutMilliseconds = 30_000;
/** Attempts of one request before its failure is reported (the first and four retries). */
export const defaultMaximumAttempts = 5;
/**
 * Attempts of a request that reached no server: a browser refusing a cross-origin answer fails the
 * same way every time, so it is tried once more, not until the attempts run out.
 */
export const unreachableAttempts = 2;
/** The first retry's wait; each further retry doubles it, up to the rate window. */
export const firstRetryDelayMilliseconds = 1_000;

/** One data request: the table and, per dimension, the value codes asked for (an SsbQuery fits). */
export interface PxWebQuery {
  /** Five digits, such as "07459". */
  readonly table: string;
  readonly selections: readonly SsbSelection[];
}

/** What the client needs of a fetch Response. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** What the client needs of fetch: a GET of a URL that can be aborted. */
export type HttpFetch = (
  url: string,
  init: { readonly signal: AbortSignal }
) => Promise<HttpResponse>;

export interface Clock {
  /** Milliseconds, as Date.now. */
  readonly now: () => number;
  /** Resolves after `milliseconds`; rejects when `signal` aborts first. */
  readonly sleep: (milliseconds: number, signal: AbortSignal) => Promise<void>;
}

export interface RequestProgress {
  readonly done: number;
  readonly total: number;
}

export interface PxWebClientOptions {
  readonly fetch: HttpFetch;
  readonly clock?: Clock;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RequestProgress) => void;
  readonly baseUrl?: string;
  /** The language of labels: "no" (bokmål) or "en". */
  readonly language?: "no" | "en";
  readonly timeoutMilliseconds?: number;
  readonly maximumAttempts?: number;
  readonly requestsPerWindow?: number;
  readonly windowMilliseconds?: number;
}

/** A query and the JSON document SSB answered it with (not yet checked as JSON-stat). */
export interface PxWebResponse {
  readonly query: PxWebQuery;
  readonly url: string;
  readonly document: unknown;
}

export type PxWebFailure = "http" | "timeout" | "network" | "malformed";

/** A request that failed for good: the table, the URL and why. */
export class PxWebError extends Error {
  override readonly name = "PxWebError";
  constructor(
    readonly failure: PxWebFailure,
    readonly table: string,
    readonly url: string,
    message: string,
    readonly status?: number
  ) {
    super(message);
  }
}

/** The fetch was cancelled by its signal. */
export class PxWebCancelledError extends Error {
  override readonly name = "PxWebCancelledError";
  constructor() {
    super("The fetch from SSB was cancelled.");
  }
}

/** Date.now and setTimeout: the clock of Node and of the browser. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (milliseconds, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new PxWebCancelledError());
        return;
      }
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, milliseconds);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new PxWebCancelledError());
      };
      signal.addEventListener("abort", onAbort, { once: true });
    }),
};

/** The GET URL of a query: `/tables/{id}/data?lang=..&outputFormat=json-stat2&valueCodes[Dim]=a,b`. */
export function dataUrl(query: PxWebQuery, baseUrl = ssbApiBaseUrl, language = "no"): string {
  const parameters = new URLSearchParams({ lang: language, outputFormat: "json-stat2" });
  for (const { dimension, codes } of query.selections)
    parameters.append(`valueCodes[${dimension}]`, codes.join(","));
  return `${baseUrl.replace(/\/$/, "")}/tables/${encodeURIComponent(query.table)}/data?${parameters}`;
}

/** The wait a Retry-After header asks for (seconds or an HTTP date), if it says one. */
export function retryAfterMilliseconds(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isRetriedStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Keeps the requests sent within the last window at most `limit`, waiting when it is reached. */
class RateLimiter {
  private readonly sent: number[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMilliseconds: number
  ) {}

  async take(signal: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && (this.sent[0] as number) <= now - this.windowMilliseconds)
        this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(now);
        return;
      }
      await this.clock.sleep((this.sent[0] as number) + this.windowMilliseconds - now, signal);
    }
  }
}

type Attempt =
  | { readonly kind: "answered"; readonly document: unknown }
  | {
      readonly kind: "retry";
      readonly failure: PxWebFailure;
      readonly message: string;
      readonly status?: number;
      readonly waitMilliseconds?: number;
    }
  | { readonly kind: "failed"; readonly error: PxWebError };

/** Fetches every query in order and returns each answer; throws PxWebError or PxWebCancelledError. */
export async function fetchPxWebQueries(
  queries: readonly PxWebQuery[],
  options: PxWebClientOptions
): Promise<PxWebResponse[]> {
  const clock = options.clock ?? systemClock;
  const signal = options.signal ?? new AbortController().signal;
  const maximumAttempts = options.maximumAttempts ?? defaultMaximumAttempts;
  const windowMilliseconds = options.windowMilliseconds ?? ssbRateWindowMilliseconds;
  const limiter = new RateLimiter(
    clock,
    options.requestsPerWindow ?? ssbRequestsPerMinute,
    windowMilliseconds
  );
  const responses: PxWebResponse[] = [];
  options.onProgress?.({ done: 0, total: queries.length });
  for (const query of queries) {
    const url = dataUrl(query, options.baseUrl, options.language);
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw new PxWebCancelledError();
      await limiter.take(signal);
      const outcome = await attemptOnce(query, url, options, clock, signal);
      if (outcome.kind === "answered") {
        responses.push({ query, url, document: outcome.document });
        break;
      }
      if (outcome.kind === "failed") throw outcome.error;
      if (
        attempt >=
        (outcome.failure === "network"
          ? Math.min(unreachableAttempts, maximumAttempts)
          : maximumAttempts)
      )
        throw new PxWebError(
          outcome.failure,
          query.table,
          url,
          `${outcome.message} (after ${attempt} attempts)`,
          outcome.status
        );
      const backoff = Math.min(
        firstRetryDelayMilliseconds * 2 ** (attempt - 1),
        windowMilliseconds
      );
      await clock.sleep(Math.max(backoff, outcome.waitMilliseconds ?? 0), signal);
    }
    options.onProgress?.({ done: responses.length, total: queries.length });
  }
  return responses;
}

async function attemptOnce(
  query: PxWebQuery,
  url: string,
  options: PxWebClientOptions,
  clock: Clock,
  signal: AbortSignal
): Promise<Attempt> {
  const attempt = new AbortController();
  const cancel = () => attempt.abort();
  signal.addEventListener("abort", cancel, { once: true });
  let timedOut = false;
  const timeout = options.timeoutMilliseconds ?? defaultRequestTimeoutMilliseconds;
  const timer = clock.sleep(timeout, attempt.signal).then(
    () => {
      timedOut = true;
      attempt.abort();
    },
    () => undefined
  );
  try {
    const response = await options.fetch(url, { signal: attempt.signal });
    const text = await response.text();
    if (isRetriedStatus(response.status))
      return {
        kind: "retry",
        failure: "http",
        status: response.status,
        message: `SSB answered ${response.status} for table ${query.table}`,
        waitMilliseconds: retryAfterMilliseconds(response.headers.get("retry-after"), clock.now()),
      };
    if (response.status < 200 || response.status >= 300)
      return {
        kind: "failed",
        error: new PxWebError(
          "http",
          query.table,
          url,
          `SSB answered ${response.status} for table ${query.table}: ${text.slice(0, 200)}`,
          response.status
        ),
      };
    try {
      return { kind: "answered", document: JSON.parse(text) };
    } catch {
      return {
        kind: "failed",
        error: new PxWebError(
          "malformed",
          query.table,
          url,
          `SSB's answer for table ${query.table} is not JSON: ${text.slice(0, 80)}`
        ),
      };
    }
  } catch (error) {
    if (signal.aborted) throw new PxWebCancelledError();
    if (timedOut)
      return {
        kind: "retry",
        failure: "timeout",
        message: `SSB did not answer for table ${query.table} within ${timeout / 1000} s`,
      };
    return {
      kind: "retry",
      failure: "network",
      message: `SSB could not be reached for table ${query.table} (${(error as Error).message})`,
    };
  } finally {
    signal.removeEventListener("abort", cancel);
    attempt.abort();
    await timer;
  }
}
