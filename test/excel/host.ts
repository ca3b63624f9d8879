import type { ExcelHost } from "../../src/excel";
import type { FakeExcel } from "../support/fake-excel";

export function hostOf(fake: FakeExcel): ExcelHost {
  return { run: fake.run, canSuspendCalculation: true, canSetPageLayout: true };
}
