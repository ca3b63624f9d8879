// One unit's profile, whichever face asks: from the workbook's grids and a request to the benchmark
// run (as benchmarkSession makes it), the unit's profile and the Profil sheet's plan.
import type { Issue } from "../issues";
import type { SheetPlan } from "../sheet-plan";
import {
  benchmarkSession,
  measuresScenario,
  type BenchmarkRequest,
  type BenchmarkSession,
} from "../session";
import { readMeasures } from "../analysis";
import type { BenchmarkRun } from "../benchmark";
import { profileSheetPlan } from "./profile-sheet-plan";
import { unitProfile, type UnitProfile } from "./unit-profile";

export interface ProfileRequest extends BenchmarkRequest {
  readonly unitCode: string;
}

export type ProfileSession =
  | Exclude<BenchmarkSession, { readonly kind: "scored" }>
  /** The run scored, but the unit has no row in the year (not in Enheter, or outside the peer set). */
  | { readonly kind: "no unit"; readonly run: BenchmarkRun; readonly reason: Issue }
  | {
      readonly kind: "profiled";
      readonly run: BenchmarkRun;
      readonly profile: UnitProfile;
      readonly plan: SheetPlan;
    };

/** Validates and scores the grids as the benchmark does, then plans the Profil sheet of the unit. */
export function profileSession(
  grids: Parameters<typeof benchmarkSession>[0],
  request: ProfileRequest
): ProfileSession {
  const session = benchmarkSession(grids, request);
  if (session.kind !== "scored") return session;
  const { run, validation } = session;
  const outcome = unitProfile(run, request.unitCode);
  if (!outcome.ok) return { kind: "no unit", run, reason: outcome.reason };
  const own = readMeasures(grids, validation.content).measures.filter(
    (measure) => measure.unitCode === request.unitCode
  );
  const scenario = measuresScenario(run, validation.content.observations, own);
  const standing = scenario?.units.find((unit) => unit.unitCode === request.unitCode);
  return {
    kind: "profiled",
    run,
    profile: outcome.profile,
    plan: profileSheetPlan(run, outcome.profile, {
      language: request.language,
      ...(standing === undefined ? {} : { measures: { measures: own, standing } }),
    }),
  };
}
