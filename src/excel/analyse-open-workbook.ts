// Analysing the open workbook: read the sheets, hand them to core's analysis session, and write the
// Analyse sheet it plans (decoupling with its chart, and the audit of the indicator set).
import { analysisSheetName, type WorkbookAnalysis } from "../core/analysis";
import { analysisSession, type AnalysisRequest, type AnalysisSession } from "../core/session";
import type { ExcelHost } from "./excel-host";
import { readWorkbook, type ReadOptions } from "./read-workbook";
import { writeGeneratedSheet, type GeneratedSheetWrite } from "./write-generated-sheet";

export type { AnalysisRequest };

export type OpenWorkbookAnalysis =
  | Exclude<AnalysisSession, { readonly kind: "analysed" }>
  | {
      readonly kind: "written";
      readonly analysis: WorkbookAnalysis;
      readonly sheet: GeneratedSheetWrite;
    };

/** Syncs: two to survey the workbook, one per read chunk, one per write chunk of the Analyse sheet. */
export async function analyseOpenWorkbook(
  host: ExcelHost,
  request: AnalysisRequest,
  readOptions: ReadOptions = {}
): Promise<OpenWorkbookAnalysis> {
  const reading = await readWorkbook(host, { ...readOptions, outputSheets: [analysisSheetName] });
  const session = analysisSession(reading.grids, request);
  if (session.kind !== "analysed") return session;
  const sheet = await writeGeneratedSheet(host, session.plan, {
    survey: reading.survey,
    activate: true,
  });
  return { kind: "written", analysis: session.analysis, sheet };
}
