// The options `veikart import ssb` and `veikart import table` share: years, units and the output.
import { sheetOutputOf } from "../output-workbook";
import { unitCodesIn } from "../../core/benchmark";
import type { Unit } from "../../core/model";
import { fylker, kommuner, registerByCode } from "../../core/template";
import { UsageError } from "../command";
import type { ParsedArguments } from "../command-arguments";

/** "2015-2024", "2019,2021" or "2023"; in order, each once. */
export function yearsOption(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(/[,;\s]+/).filter((piece) => piece !== "")) {
    const range = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (range === null)
      throw new UsageError(`--years takes years such as 2015-2024 or 2019,2021, not "${part}"`);
    const first = Number(range[1]);
    const last = Number(range[2] ?? range[1]);
    if (last < first) throw new UsageError(`--years: ${part} ends before it starts`);
    for (let year = first; year <= last; year++) years.add(year);
  }
  if (years.size === 0) throw new UsageError("--years needs at least one year");
  return [...years].sort((a, b) => a - b);
}

/**
 * The register codes to import for: Enheter's units by default, `all` for every kommune and fylke of
 * the register, `group:<name>` for one Gruppe of Enheter, or codes of the register.
 */
export function unitsOption(text: string | undefined, units: readonly Unit[]): string[] {
  if (text === undefined) return units.map((unit) => unit.code);
  if (text === "all" || text === "alle") return [...kommuner, ...fylker].map((entry) => entry.code);
  if (text.startsWith("group:")) {
    const group = text.slice("group:".length);
    const members = units.filter((unit) => unit.peerGroup === group);
    if (members.length === 0)
      throw new UsageError(`--units: no unit of Enheter is in the group "${group}"`);
    return members.map((unit) => unit.code);
  }
  const codes = unitCodesIn(text);
  if (codes.length === 0) throw new UsageError("--units takes all, group:<name> or unit codes");
  const unknown = codes.filter((code) => registerByCode.get(code) === undefined);
  if (unknown.length > 0)
    throw new UsageError(`--units: ${unknown.join(", ")} is not a code of the 2024 register`);
  return codes;
}

export interface ImportOutput {
  readonly path: string;
  readonly inPlace: boolean;
  readonly force: boolean;
}

/** -o out.xlsx, --in-place, or by default <name>.imported.xlsx beside the input. */
export function outputOption(parsed: ParsedArguments, input: string): ImportOutput {
  const inPlace = parsed.flags.has("--in-place");
  const options = { inPlace, json: false, out: parsed.values.get("--out") };
  const path = sheetOutputOf(input, options, "imported") ?? input;
  return { path, inPlace, force: parsed.flags.has("--force") };
}
