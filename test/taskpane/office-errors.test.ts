import { adviceFor, failureOf } from "../../src/taskpane/office-errors";
import { paneTexts } from "../../src/taskpane/pane-texts";

/** What Excel.run rejects with: an OfficeExtension.Error, an Error with a stable code. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("Office.js failures", () => {
  it("keep Excel's message and code as they came", () => {
    expect(
      failureOf(officeError("AccessDenied", "You cannot perform the requested operation."))
    ).toEqual({
      message: "You cannot perform the requested operation.",
      code: "AccessDenied",
    });
    expect(failureOf(new Error("plain"))).toEqual({ message: "plain", code: undefined });
    expect(failureOf("text thrown")).toEqual({ message: "text thrown", code: undefined });
    expect(failureOf(Object.assign(new Error("numbered"), { code: 5001 })).code).toBeUndefined();
  });

  it.each([
    ["AccessDenied", "sheetProtected", /beskyttet/, /protected/],
    ["InvalidOperationInCellEditMode", "cellBeingEdited", /redigerer/, /editing/],
    ["InvalidOperation", "operationRefused", /Enter eller Esc/, /Enter or Esc/],
    ["RequestPayloadSizeLimitExceeded", "requestTooLarge", /5 MB/, /5 MB/],
    ["ResponsePayloadSizeLimitExceeded", "requestTooLarge", /5 MB/, /5 MB/],
    ["ItemNotFound", "itemNotFound", /finnes ikke lenger/, /no longer there/],
    ["GeneralException", "internalError", /intern feil/, /internal error/],
  ] as const)("%s is advised as %s, in bokmål and English", (code, advice, bokmål, english) => {
    const failure = failureOf(officeError(code, "raw"));
    expect(adviceFor(failure)).toBe(advice);
    expect(paneTexts.nb.failureAdvice[advice]).toMatch(bokmål);
    expect(paneTexts.en.failureAdvice[advice]).toMatch(english);
  });

  it("gives no advice for a code it does not know or a failure without a code", () => {
    expect(adviceFor({ message: "x", code: "FormulaLengthExceedsLimit" })).toBeUndefined();
    expect(adviceFor({ message: "x", code: "toString" })).toBeUndefined();
    expect(adviceFor({ message: "x", code: undefined })).toBeUndefined();
  });
});
