// The county codes retired in the 2018, 2020 and 2024 reforms (SSB KLASS 104, "Fylkesinndeling"),
// written by hand (successor after 2024 for each; a few kommuner changed county on the way):
// ../shared/data/units has only the municipality change records.
import type { RetiredCode } from "./register-entry";

const fylke = (
  code: string,
  name: string,
  retiredIn: number,
  replacedBy: readonly string[]
): RetiredCode => ({ code, name, retiredIn, replacedBy, level: "fylke" });

export const retiredFylker: readonly RetiredCode[] = [
  fylke("16", "Sør-Trøndelag", 2018, ["50"]),
  fylke("17", "Nord-Trøndelag", 2018, ["50"]),
  fylke("01", "Østfold", 2020, ["31"]),
  fylke("02", "Akershus", 2020, ["32"]),
  fylke("04", "Hedmark", 2020, ["34"]),
  fylke("05", "Oppland", 2020, ["34"]),
  fylke("06", "Buskerud", 2020, ["33"]),
  fylke("07", "Vestfold", 2020, ["39"]),
  fylke("08", "Telemark", 2020, ["40"]),
  fylke("09", "Aust-Agder", 2020, ["42"]),
  fylke("10", "Vest-Agder", 2020, ["42"]),
  fylke("12", "Hordaland", 2020, ["46"]),
  fylke("14", "Sogn og Fjordane", 2020, ["46"]),
  fylke("19", "Troms", 2020, ["55"]),
  fylke("20", "Finnmark", 2020, ["56"]),
  fylke("30", "Viken", 2024, ["31", "32", "33"]),
  fylke("38", "Vestfold og Telemark", 2024, ["39", "40"]),
  fylke("54", "Troms og Finnmark", 2024, ["55", "56"]),
];
