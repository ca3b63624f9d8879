import type { Dataset } from "../../model/dataset";
import { selectRows } from "../../model/dataset";
import type { Issue } from "../../model/issue";
import type { ScreeningSettings } from "../../model/methods";
import { reportEngineIssue } from "../engine-issues";
import type { StepOutput } from "../step-output";

/** The share of present values in each row, over the given columns. */
export function presentShares(columns: readonly Float64Array[], rows: number): Float64Array {
  const shares = new Float64Array(rows);
  if (columns.length === 0) return shares;
  for (const column of columns)
    for (let row = 0; row < rows; row++)
      if (!Number.isNaN(column[row] as number)) shares[row] = (shares[row] as number) + 1;
  for (let row = 0; row < rows; row++) shares[row] = (shares[row] as number) / columns.length;
  return shares;
}

/**
 * Screen (COINr's Screen, unit_screen = "byNA"): keep the unit-years whose share of present indicators is
 * at least `minimumShare`; each one removed is reported.
 */
export function screen(
  dataset: Dataset,
  settings: ScreeningSettings
): StepOutput<{ step: "screen"; removed: { unitCode: string; year?: number }[] }> {
  const issues: Issue[] = [];
  const rows = dataset.rowUnit.length;
  if (!(settings.minimumShare >= 0 && settings.minimumShare <= 1)) {
    issues.push(
      reportEngineIssue("invalid_parameter", {
        name: "screen",
        value: String(settings.minimumShare),
        expected: { nb: "en andel fra 0 til 1", en: "a share from 0 to 1" },
      })
    );
    return { dataset, issues, details: { step: "screen", removed: [] }, settings };
  }
  const shares = presentShares(dataset.columns, rows);
  const kept: number[] = [];
  const removed: { unitCode: string; year?: number }[] = [];
  for (let row = 0; row < rows; row++) {
    const share = shares[row] as number;
    if (share >= settings.minimumShare) {
      kept.push(row);
      continue;
    }
    const unitCode = dataset.units[dataset.rowUnit[row] as number]?.code ?? "";
    const year = dataset.hasTime ? (dataset.rowYear[row] as number) : undefined;
    removed.push(year === undefined ? { unitCode } : { unitCode, year });
    issues.push(
      reportEngineIssue(
        "unit_screened_out",
        { unitCode, share, minimumShare: settings.minimumShare },
        year === undefined ? { unit: unitCode } : { unit: unitCode, year }
      )
    );
  }
  return {
    dataset: kept.length === rows ? dataset : selectRows(dataset, Int32Array.from(kept)),
    issues,
    details: { step: "screen", removed },
    settings: { minimumShare: settings.minimumShare },
  };
}
