// A unit's profile of the open workbook: read the sheets, hand them to core's profile session, and
// write the Profil sheet it plans, as the benchmark writes its sheets.
import {
  profileSession,
  profileSheetName,
  type ProfileRequest,
  type ProfileSession,
  type UnitProfile,
} from "../core/profile";
import type { ExcelHost } from "./excel-host";
import { readWorkbook, type ReadOptions } from "./read-workbook";
import { writeGeneratedSheet, type GeneratedSheetWrite } from "./write-generated-sheet";

export type { ProfileRequest };

export type OpenWorkbookProfile =
  | Exclude<ProfileSession, { readonly kind: "profiled" }>
  | {
      readonly kind: "written";
      readonly profile: UnitProfile;
      readonly sheet: GeneratedSheetWrite;
    };

/** Syncs: two to survey the workbook, one per read chunk, one per write chunk of the Profil sheet. */
export async function profileOpenWorkbook(
  host: ExcelHost,
  request: ProfileRequest,
  readOptions: ReadOptions = {}
): Promise<OpenWorkbookProfile> {
  const reading = await readWorkbook(host, { ...readOptions, outputSheets: [profileSheetName] });
  const session = profileSession(reading.grids, request);
  if (session.kind !== "profiled") return session;
  const sheet = await writeGeneratedSheet(host, session.plan, {
    survey: reading.survey,
    activate: true,
  });
  return { kind: "written", profile: session.profile, sheet };
}
