// One unit's analysis as plain data, the record `veikart profile --json` prints: its index and rank,
// every indicator's effective weight and points, its strengths and weaknesses, and every indicator's
// gap to the next rank. Numbers a JSON reader can take: null, never NaN.
import {
  contributionsOf,
  effectiveWeights,
  gapsOf,
  indexNodeOf,
  strengthsAndWeaknesses,
  type RankedIndicator,
} from "../analysis";
import { analysedYear, columnById, rowOfUnit } from "../analysis/run-rows";
import type { PipelineResult } from "../model/pipeline-result";

export interface ProfileRecord {
  readonly unit: string;
  /** null for a cross-section without years. */
  readonly year: number | null;
  readonly index: number | null;
  readonly rank: number | null;
  /** Each scored indicator's weight in the index (COINr's get_eff_weights); they sum to 1. */
  readonly effectiveWeights: Readonly<Record<string, number>>;
  /** The points each present indicator adds to the index; empty when the means give no split. */
  readonly contributions: Readonly<Record<string, number>>;
  readonly strengths: readonly { readonly code: string; readonly rank: number }[];
  readonly weaknesses: readonly { readonly code: string; readonly rank: number }[];
  readonly gaps: readonly {
    readonly code: string;
    readonly rawChange: number | null;
    readonly newValue: number | null;
    readonly reachable: boolean;
  }[];
}

const finiteOrNull = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

const ranked = (entries: readonly RankedIndicator[]) =>
  entries.map((entry) => ({ code: entry.indicatorId, rank: entry.rank }));

/** The record of one unit in a year (default the run's latest); undefined when the unit has no row. */
export function profileRecord(
  result: PipelineResult,
  unitCode: string,
  year?: number
): ProfileRecord | undefined {
  const chosenYear = analysedYear(result, year);
  const final = result.stages.aggregated;
  const row = final === undefined ? undefined : rowOfUnit(final, unitCode, chosenYear);
  if (final === undefined || row === undefined) return undefined;
  const indexId = indexNodeOf(result) ?? "";
  const contributions = contributionsOf(result, unitCode, chosenYear);
  const sides = strengthsAndWeaknesses(result, unitCode, { year: chosenYear });
  return {
    unit: unitCode,
    year: final.hasTime ? chosenYear : null,
    index: finiteOrNull(columnById(final, indexId)?.[row]),
    rank: finiteOrNull(result.ranks.overall[indexId]?.[row]),
    effectiveWeights: Object.fromEntries(effectiveWeights(result.framework).indicators),
    contributions:
      contributions.decomposition === "none" ? {} : Object.fromEntries(contributions.indicators),
    strengths: sides.ok ? ranked(sides.strengths) : [],
    weaknesses: sides.ok ? ranked(sides.weaknesses) : [],
    gaps: gapsOf(result, unitCode, { kind: "next-rank" }, { year: chosenYear }).map((gap) => ({
      code: gap.indicatorId,
      rawChange: gap.rawChange,
      newValue: gap.newValue,
      reachable: gap.reachable,
    })),
  };
}
