// Excel on the web refuses a request or a response over 5 MB. Every batch src/excel sends is planned
// to stay under a budget below that limit; a read that still overflows is split and tried again.

export const excelPayloadLimitBytes = 5 * 1024 * 1024;

/** What a batch aims for: the limit less room for the operations' own envelopes. */
export const defaultBudgetBytes = Math.floor(excelPayloadLimitBytes * 0.9);

/** The bytes a payload adds to a request, as JSON. */
export function payloadBytes(payload: unknown): number {
  return JSON.stringify(payload)?.length ?? 0;
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
