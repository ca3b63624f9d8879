// What a person can do about a failure Office.js reports. Excel.run rejects with an OfficeExtension.Error
// whose `code` is stable and whose `message` is not meant for end users, so the pane says what to do in
// its own language (pane-texts' failureAdvice) and keeps the raw text as a detail for support. The
// codes: "Error handling with the application-specific JavaScript APIs", Microsoft Learn,
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling

/** A failure as the pane keeps it: the raw message, and Office's error code when there is one. */
export interface Failure {
  readonly message: string;
  readonly code: string | undefined;
}

export function failureOf(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const code: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  return { message, code: typeof code === "string" ? code : undefined };
}

/** The kinds of advice the pane gives (its sentences are in pane-texts). */
export type FailureAdvice =
  | "sheetProtected"
  | "cellBeingEdited"
  | "operationRefused"
  | "requestTooLarge"
  | "itemNotFound"
  | "internalError";

/** The common codes, by Office.js's own names (OfficeExtension.ErrorCodes and Excel.ErrorCodes). */
const adviceByCode: ReadonlyMap<string, FailureAdvice> = new Map([
  ["AccessDenied", "sheetProtected"],
  ["InvalidOperationInCellEditMode", "cellBeingEdited"],
  ["InvalidOperation", "operationRefused"],
  ["RequestPayloadSizeLimitExceeded", "requestTooLarge"],
  ["ResponsePayloadSizeLimitExceeded", "requestTooLarge"],
  ["ItemNotFound", "itemNotFound"],
  ["GeneralException", "internalError"],
]);

/** What to advise about a failure; undefined for a failure without a code the pane knows. */
export function adviceFor(failure: Failure): FailureAdvice | undefined {
  return failure.code === undefined ? undefined : adviceByCode.get(failure.code);
}
