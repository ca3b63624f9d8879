// What `veikart benchmark` and `veikart demo` share: a benchmark session that did not score turned
// into the command line's refusal, and the session's plans written into the workbook.
import { messageIn, type Language } from "../core/issues";
import type { BenchmarkSession } from "../core/session";
import { cellTextLimit, type CutText, type SheetPlan } from "../core/sheet-plan";
import { UsageError } from "./command";
import { writeSheetPlans } from "./xlsx/write-sheet-plans";
import type { XlsxPackage } from "./xlsx/xlsx-package";

export type ScoredSession = Extract<BenchmarkSession, { readonly kind: "scored" }>;

/** The scored session, or a UsageError naming the first issue that stopped it (peers, year, method, an error in the workbook). */
export function scoredOrRefuse(session: BenchmarkSession, language: Language): ScoredSession {
  if (session.kind === "scored") return session;
  // A blocked run has only issues that stop it; an invalid workbook has warnings beside its errors.
  const [first, ...more] =
    session.kind === "blocked"
      ? session.issues
      : session.issues.filter((issue) => issue.severity === "error");
  const andMore = more.length > 0 ? ` (and ${more.length} more)` : "";
  throw new UsageError(
    `${first === undefined ? session.kind : messageIn(first, language)}${andMore}`
  );
}

/**
 * Writes the session's sheets (Benchmark and Validering), and any further generated sheets (Analyse),
 * into the workbook in one change, never over a user's sheet; returns the texts cut to a cell's limit.
 */
export function writeSessionSheets(
  xlsx: XlsxPackage,
  session: ScoredSession,
  furtherPlans: readonly SheetPlan[] = []
): readonly CutText[] {
  return writeSheetPlans(xlsx, [...session.plans, ...furtherPlans]);
}

/** The warning for texts cut to a cell's limit, one line per cell; "" when none was cut. */
export function cutTextWarnings(cut: readonly CutText[], language: Language): string {
  return cut
    .map((text) =>
      language === "nb"
        ? `veikart: advarsel: ${text.cell} hadde ${text.length} tegn; en Excel-celle rommer ${cellTextLimit}, så teksten er kuttet\n`
        : `veikart: warning: ${text.cell} held ${text.length} characters; an Excel cell holds ${cellTextLimit}, so the text was cut\n`
    )
    .join("");
}
