import {
  isPayloadLimitError,
  operationBytes,
  payloadBytes,
  requestBytes,
  rowSpans,
} from "../../src/excel/request-budget";
import { FakeExcelError, fakeExcel } from "../support/fake-excel";

describe("the request budget", () => {
  it("counts two bytes for each character of a payload's JSON, ø as o", () => {
    expect(payloadBytes([["1"]])).toBe(2 * '[["1"]]'.length);
    expect(payloadBytes("Tromsø")).toBe(payloadBytes("Tromso"));
    expect(payloadBytes(undefined)).toBe(0);
  });

  it("adds an operation's own share to its arguments", () => {
    expect(requestBytes(3, "VeikartRangering")).toBe(
      3 * operationBytes + payloadBytes("VeikartRangering")
    );
  });

  it("counts a one-cell write at least as the fake Excel measures it", async () => {
    const fake = fakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Ark1").getRange("A1").values = [["1"]];
      await context.sync();
    });
    const [sync] = fake.recorder.syncs;
    expect(requestBytes(2, "Ark1", [["1"]])).toBeGreaterThanOrEqual(sync?.requestBytes ?? Infinity);
  });

  it("splits rows into spans under the budget, an oversized row alone", () => {
    expect(rowSpans([40, 40, 40, 150, 10], 100)).toEqual([
      { first: 0, count: 2 },
      { first: 2, count: 1 },
      { first: 3, count: 1 },
      { first: 4, count: 1 },
    ]);
  });

  it("knows Excel's two payload refusals and nothing else", () => {
    expect(isPayloadLimitError(new FakeExcelError("RequestPayloadSizeLimitExceeded", ""))).toBe(
      true
    );
    expect(isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimitError(new FakeExcelError("InvalidArgument", ""))).toBe(false);
    expect(isPayloadLimitError(null)).toBe(false);
  });
});
