// Excel on the web refuses a request or a response over 5 MB. Every batch src/excel sends is planned
// to stay under a budget below that limit; a read that still overflows is split and tried again.

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * read as 5,000,000 bytes, the smaller of the two meanings of 5MB.
 */
export const excelPayloadLimitBytes = 5_000_000;

/** What a batch aims for: the limit less room for the operations' own envelopes. */
export const defaultBudgetBytes = Math.floor(excelPayloadLimitBytes * 0.9);

/**
 * The bytes of a payload's JSON text, two a character: the UTF-16 strings Office.js builds and Excel
 * on the web receives. Microsoft does not say how it measures its 5MB; two bytes a character is the
 * reading under which its own example holds (9,999 one-cell writes in one sync exceed the limit, two
 * syncs of 5,000 do not: https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices),
 * and it is never less than the text's length in UTF-8 for Norwegian text.
 */
export function payloadBytes(payload: unknown): number {
  const json = JSON.stringify(payload) as string | undefined;
  return json === undefined ? 0 : 2 * json.length;
}

/**
 * An operation's share of the request besides its arguments: its action, the object path it acts on
 * and that path's Instantiate action, about 310 characters of JSON in the request Office.js builds
 * (ClientRequestBase.buildRequestMessageBodyAndRequestFlags in @microsoft/office-js), two bytes each.
 */
export const operationBytes = 640;

/** What `operations` Office.js operations add to a request, with `payloads` as their arguments. */
export function requestBytes(operations: number, ...payloads: unknown[]): number {
  return payloads.reduce<number>(
    (sum, payload) => sum + payloadBytes(payload),
    operations * operationBytes
  );
}

/** Whether an error from context.sync() is Excel refusing a payload over its limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Consecutive row spans [first, first + count) whose summed bytes each stay under the budget. */
export function rowSpans(
  rowBytes: readonly number[],
  budgetBytes: number
): { readonly first: number; readonly count: number }[] {
  const spans: { first: number; count: number }[] = [];
  let first = 0;
  let bytes = 0;
  rowBytes.forEach((size, row) => {
    if (row > first && bytes + size > budgetBytes) {
      spans.push({ first, count: row - first });
      first = row;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > first) spans.push({ first, count: rowBytes.length - first });
  return spans;
}
