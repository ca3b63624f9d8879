// One indicator's normalised scores again, with one unit's raw value changed: every step between the
// start stage and the normalised stage re-run for that column (each is column by column), or, when
// none of them alters values, only the normalisation kernel on the unit's scope.
import type { Dataset } from "../model/dataset";
import { selectRows } from "../model/dataset";
import type { Framework, Indicator } from "../model/framework";
import { stageNames, type PipelineSettings, type StageName } from "../model/methods";
import type { PipelineResult } from "../model/pipeline-result";
import { denominate } from "../steps/denominate/denominate";
import { impute } from "../steps/impute/impute";
import { defaultNormalisation, normalise } from "../steps/normalise/normalise";
import { normalisationMethodOf } from "../steps/normalise/methods";
import { gather, scopesOf, unitSeriesOf, type Scope } from "../steps/scopes";
import { treat } from "../steps/treat/treat";
import { columnById, rowOfUnit } from "./run-rows";

/** The scores of the rows that can change (rows of the normalised stage) for a raw value of the unit. */
export interface ColumnRescorer {
  readonly rows: Int32Array;
  readonly scoresWith: (rawValue: number) => Float64Array;
}

const stageIndex = (stage: StageName) => stageNames.indexOf(stage);

/** True when the steps after `start` and before normalising leave this indicator's values as typed. */
function valuesPassUnchanged(settings: PipelineSettings, indicator: Indicator): boolean {
  const denominates = settings.denominate === true && indicator.denominator !== undefined;
  const imputes = settings.impute !== undefined && settings.impute.method !== "none";
  const treats = settings.treat !== undefined && settings.treat.method !== "none";
  return !denominates && !imputes && !treats;
}

const sameScores = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length &&
  a.every((value, index) => Object.is(value, b[index]) || value === b[index]);

function infinitiesAsMissing(scores: Float64Array): Float64Array {
  for (let index = 0; index < scores.length; index++)
    if (!Number.isFinite(scores[index] as number) && !Number.isNaN(scores[index] as number))
      scores[index] = Number.NaN;
  return scores;
}

/** Each dataset's scopes (by scope options, or its unit series): built once, shared by every gap. */
const scopeCache = new WeakMap<Dataset, Map<string, readonly Scope[]>>();

function cachedScopes(
  dataset: Dataset,
  key: string,
  build: () => readonly Scope[]
): readonly Scope[] {
  let byKey = scopeCache.get(dataset);
  if (byKey === undefined) scopeCache.set(dataset, (byKey = new Map()));
  let scopes = byKey.get(key);
  if (scopes === undefined) byKey.set(key, (scopes = build()));
  return scopes;
}

/** Only the kernel: the unit's scope (its year, peer group, or its series) scored again. */
function kernelRescorer(
  result: PipelineResult,
  indicator: Indicator,
  unitCode: string,
  year: number
): ColumnRescorer | undefined {
  const input = result.stages.treated;
  const normalised = result.stages.normalised;
  if (input === undefined || normalised === undefined) return undefined;
  const source = columnById(input, indicator.id);
  const row = rowOfUnit(input, unitCode, year);
  if (source === undefined || row === undefined) return undefined;
  const normalisation = result.settings.normalise ?? defaultNormalisation;
  const settings = normalisation.byIndicator?.[indicator.id] ?? normalisation.method;
  const method = normalisationMethodOf(settings);
  const direction = indicator.direction === -1 ? -1 : 1;
  const scored = { indicator, direction } as const;
  const scopes =
    method.kind === "cross-section"
      ? cachedScopes(input, JSON.stringify(normalisation.scope ?? {}), () =>
          scopesOf(input, normalisation.scope)
        )
      : cachedScopes(input, "series", () => unitSeriesOf(input));
  const scope = scopes.find((candidate) => candidate.rows.includes(row));
  if (scope === undefined) return undefined;
  const directed = gather(source, scope.rows).map((value) => direction * value);
  const position = scope.rows.indexOf(row);
  const years = Int32Array.from(scope.rows, (scopeRow) => input.rowYear[scopeRow] as number);
  const rescorer: ColumnRescorer = {
    rows: scope.rows,
    scoresWith: (rawValue) => {
      directed[position] = direction * rawValue;
      const output =
        method.kind === "cross-section"
          ? method.scoreColumn(directed, settings, scored)
          : method.scoreSeries(directed, years, settings, scored);
      // Kernels return fresh arrays (mapScopes relies on it too), so this one can be changed in place.
      return infinitiesAsMissing(output.scores);
    },
  };
  // Used only where it gives the stage's own scores at the unit's own value (parameters, needs, overflow).
  const stageScores = gather(
    columnById(normalised, indicator.id) ?? new Float64Array(),
    scope.rows
  );
  return sameScores(rescorer.scoresWith(source[row] as number), stageScores) ? rescorer : undefined;
}

/** Every step from the start stage to normalising, on the one column (all rows, every year). */
function stepsRescorer(
  result: PipelineResult,
  indicator: Indicator,
  unitCode: string,
  year: number
): ColumnRescorer | undefined {
  const settings = result.settings;
  const start: StageName = settings.start ?? "raw";
  const startStage = result.stages[start];
  const normalised = result.stages.normalised ?? result.stages.aggregated;
  if (startStage === undefined || normalised === undefined) return undefined;
  const source = columnById(startStage, indicator.id);
  const row = rowOfUnit(startStage, unitCode, year);
  if (source === undefined || row === undefined) return undefined;
  const framework: Framework = { indicators: [indicator], aggregates: [] };
  const runs = (stage: StageName) => stageIndex(start) < stageIndex(stage);
  // The rows screening kept, in the normalised stage's order, as rows of the start stage.
  const startRows = new Map<string, number>();
  for (let index = 0; index < startStage.rowUnit.length; index++)
    startRows.set(`${startStage.rowUnit[index]}\u0000${startStage.rowYear[index]}`, index);
  const keptRows = Int32Array.from(normalised.rowUnit, (unit, index) => {
    return startRows.get(`${unit}\u0000${normalised.rowYear[index]}`) ?? -1;
  });
  if (keptRows.includes(-1)) return undefined;
  const rows = Int32Array.from(normalised.rowUnit.keys());
  const column = Float64Array.from(source);
  return {
    rows,
    scoresWith: (rawValue) => {
      column[row] = rawValue;
      let dataset: Dataset = { ...startStage, columnIds: [indicator.id], columns: [column] };
      if (runs("denominated") && settings.denominate === true)
        dataset = denominate(dataset, framework).dataset;
      if (runs("imputed") && settings.impute !== undefined && settings.impute.method !== "none")
        dataset = impute(dataset, settings.impute).dataset;
      dataset = selectRows(dataset, keptRows);
      if (runs("treated") && settings.treat !== undefined && settings.treat.method !== "none")
        dataset = treat(dataset, framework, settings.treat, settings.normalise?.scope).dataset;
      if (runs("normalised"))
        dataset = normalise(dataset, framework, settings.normalise ?? defaultNormalisation).dataset;
      return Float64Array.from(dataset.columns[0] ?? new Float64Array(rows.length));
    },
  };
}

/**
 * How the indicator's scores follow the unit's raw value in a year: by the normalisation kernel alone
 * when nothing before it alters the values (and it reproduces the run's scores), else by re-running
 * the steps for the column.
 */
export function columnRescorer(
  result: PipelineResult,
  indicator: Indicator,
  unitCode: string,
  year: number
): ColumnRescorer | undefined {
  const fast = valuesPassUnchanged(result.settings, indicator)
    ? kernelRescorer(result, indicator, unitCode, year)
    : undefined;
  return fast ?? stepsRescorer(result, indicator, unitCode, year);
}
