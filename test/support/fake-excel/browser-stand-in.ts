// The e2e test's stand-in for Excel: a fake workbook installed under the one global src/excel looks
// for when the page runs outside Excel. Bundled by test/e2e/run.mjs and injected before the pane loads.
import { excelStandInGlobal } from "../../../src/excel/excel-host";
import { fakeExcel } from "./fake-excel-api";

(globalThis as Record<string, unknown>)[excelStandInGlobal] = fakeExcel();
