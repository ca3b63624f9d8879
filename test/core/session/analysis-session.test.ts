import { analyseWorkbook, analysisSheetName, analysisSheetPlan } from "../../../src/core/analysis";
import { analysisSession, type AnalysisSession } from "../../../src/core/session";
import { templateWorkbook } from "../../../src/core/template";
import { validateWorkbook, type SheetGrid, type WorkbookGrids } from "../../../src/core/validate";

const ranAt = "2026-12-02T07:30:00.000Z";
const grids = templateWorkbook(true);

function analysed(session: AnalysisSession) {
  if (session.kind !== "analysed") throw new Error(`the session was ${session.kind}`);
  return session;
}

/** The example workbook with its first Data value replaced by text: a value_not_number error. */
function withTextValue(): WorkbookGrids {
  return grids.map((grid): SheetGrid => {
    if (grid.name !== "Data") return grid;
    const values = grid.values.map((row) => [...(row ?? [])]);
    const valueColumn = values[0]?.indexOf("Verdi") ?? -1;
    const row = values[1];
    if (row === undefined || valueColumn < 0) throw new Error("no Data value to spoil");
    row[valueColumn] = "mange";
    return { ...grid, values };
  });
}

describe("analysisSession", () => {
  it("plans the Analyse sheet of the validated content's analysis in the year asked, with the face's clock", () => {
    const session = analysed(analysisSession(grids, { language: "nb", ranAt, year: 2022 }));
    const content = validateWorkbook(grids).content;
    const analysis = analyseWorkbook(content, { year: 2022 });
    expect(session.analysis).toEqual(analysis);
    expect(session.plan).toEqual(
      analysisSheetPlan(analysis, content.framework, { language: "nb", ranAt })
    );
    expect(session.plan.name).toBe(analysisSheetName);
    expect(session.analysis.year).toBe(2022);
  });

  it("analyses the pairs a method override names instead of the Metode sheet's", () => {
    const session = analysed(
      analysisSession(grids, {
        language: "en",
        ranAt,
        methodOverrides: { "Decoupling pairs": "GHG_TOTAL/POPULATION" },
      })
    );
    expect(new Set(session.analysis.decoupling.map((row) => row.pair.driver))).toEqual(
      new Set(["POPULATION"])
    );
  });

  it("plans nothing when validation finds errors or the request does not fit the workbook", () => {
    const invalid = analysisSession(withTextValue(), { language: "en", ranAt });
    expect(invalid.kind).toBe("invalid");
    const blocked = analysisSession(grids, { language: "en", ranAt, year: 1990 });
    expect(blocked.kind).toBe("blocked");
    if (blocked.kind !== "blocked") return;
    expect(blocked.issues.map((issue) => issue.code)).toEqual(["year_without_data"]);
  });
});
