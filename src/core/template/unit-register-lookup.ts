import type { RegisterEntry, RetiredCode } from "./register-entry";
import { retiredFylker } from "./retired-fylker";
import { retiredKommuneRows } from "./retired-kommuner";
import { fylker, kommuner } from "./unit-register";

/** Every kommune and fylke valid from 2024-01-01, by code. */
export const registerByCode: ReadonlyMap<string, RegisterEntry> = new Map(
  [...kommuner, ...fylker].map((entry) => [entry.code, entry])
);

/** Every kommune and fylke code retired in the 2018, 2019, 2020 and 2024 changes, by code. */
export const retiredByCode: ReadonlyMap<string, RetiredCode> = new Map(
  [
    ...retiredKommuneRows.map(
      ([code, name, retiredIn, replacedBy]): RetiredCode => ({
        code,
        name,
        retiredIn,
        replacedBy,
        level: "kommune",
      })
    ),
    ...retiredFylker,
  ].map((retired) => [retired.code, retired])
);

/** The names the register accepts for a unit: its name, SSB's full name and its parallel names. */
export function registerNames(entry: RegisterEntry): readonly string[] {
  return [entry.name, entry.fullName, ...entry.otherNames];
}
