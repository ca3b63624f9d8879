// Where a command that writes generated sheets puts its workbook: into the input itself (--in-place), or
// into another .xlsx file (-o), never both and never the input by accident.
import { basename, dirname, extname, join, resolve } from "node:path";
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

/**
 * The workbook a command writing generated sheets writes: -o's file, the input itself with
 * --in-place, nothing with --json alone, else a copy `<name>.<kind>.xlsx` beside the input.
 */
export function sheetOutputOf(
  input: string,
  options: { readonly inPlace: boolean; readonly json: boolean; readonly out: string | undefined },
  kind: string
): string | undefined {
  const extension = extname(input);
  const besideInput = join(
    dirname(input),
    `${basename(input, extension)}.${kind}${extension || ".xlsx"}`
  );
  return outputWorkbookOf(
    input,
    options.inPlace,
    options.out ?? (options.json || options.inPlace ? undefined : besideInput)
  );
}
