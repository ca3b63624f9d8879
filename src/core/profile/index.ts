// One unit's profile: what drives its score and which levers move it, and the Profil sheet that shows it.
export {
  unitProfile,
  cheapestGapCount,
  type UnitProfile,
  type UnitProfileOutcome,
  type ProfileDimension,
  type ProfileGap,
  type ProfileIndicator,
} from "./unit-profile";
export {
  profileSheetPlan,
  profileSheetName,
  profileTableNames,
  type ProfilePlanOptions,
} from "./profile-sheet-plan";
export { rankOf } from "./profile-texts";
export { profileRecord, type ProfileRecord } from "./profile-record";
export { profileSession, type ProfileRequest, type ProfileSession } from "./profile-session";
