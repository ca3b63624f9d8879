// Where a command that writes generated sheets puts its workbook: into the input itself (--in-place), or
// into another .xlsx file (-o), never both and never the input by accident.
import { resolve } from "node:path";
import { UsageError } from "./command";

/**
 * The path to write, or undefined when the command writes nothing. `output` is -o's value (or the
 * command's default); `inPlace` writes into `input`.
 */
export function outputWorkbookOf(
  input: string,
  inPlace: boolean,
  output: string | undefined
): string | undefined {
  if (inPlace && output !== undefined)
    throw new UsageError("give either -o or --in-place, not both");
  if (inPlace) return input;
  if (output === undefined) return undefined;
  if (resolve(output) === resolve(input))
    throw new UsageError(`${output} is the input workbook; use --in-place to write into it`);
  if (!output.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`${output}: the output is written as .xlsx`);
  return output;
}
