import type { IndicatorLevel, UnitLevel } from "../model";
import { headerKey } from "../template";

const indicatorLevelWords: Readonly<Record<string, IndicatorLevel>> = {
  kommune: "kommune",
  k: "kommune",
  municipality: "kommune",
  fylke: "fylke",
  fylkeskommune: "fylke",
  f: "fylke",
  county: "fylke",
  begge: "begge",
  both: "begge",
  "k,f": "begge",
};

export const unitLevelsAccepted = "kommune / fylke (municipality / county)";
export const indicatorLevelsAccepted = "kommune / fylke / begge (municipality / county / both)";

export function parseIndicatorLevel(text: string): IndicatorLevel | undefined {
  return indicatorLevelWords[headerKey(text)];
}

export function parseUnitLevel(text: string): UnitLevel | undefined {
  const level = parseIndicatorLevel(text);
  return level === "begge" ? undefined : level;
}

/** A kommunenummer has 4 digits, a fylkesnummer 2. */
export function levelOfCode(code: string): UnitLevel | undefined {
  return /^\d{4}$/.test(code) ? "kommune" : /^\d{2}$/.test(code) ? "fylke" : undefined;
}
