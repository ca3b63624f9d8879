// What context.sync() rejects with when Excel refuses an operation: an object shaped like
// OfficeExtension.Error (name "RichApi.Error", a `code` from Excel.ErrorCodes, a message and
// debugInfo with the errorLocation), as described in "Error handling with the application-specific
// JavaScript APIs": https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling

export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }

  /** Names the operation that failed, as Excel's debugInfo.errorLocation does ("TableCollection.add"). */
  locatedAt(operation: string): this {
    this.debugInfo.errorLocation ??= operation;
    return this;
  }
}
