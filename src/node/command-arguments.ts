// Parsing a command's arguments: positional paths, flags, options with a value (also as --name=value),
// and options that may be repeated (--method a=b --method c=d).
import { UsageError } from "./command";

export interface ArgumentSpecification {
  readonly command: string;
  readonly flags?: readonly string[];
  readonly valued?: readonly string[];
  readonly repeated?: readonly string[];
  /** Short names: { "-o": "--out" }. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ParsedArguments {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly repeated: ReadonlyMap<string, readonly string[]>;
}

export function parseArguments(
  args: readonly string[],
  specification: ArgumentSpecification
): ParsedArguments {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const positional: string[] = [];
  const help = `see veikart ${specification.command} --help`;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index] as string;
    if (!argument.startsWith("-") || argument === "-") {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf("=");
    const written = equals > 0 ? argument.slice(0, equals) : argument;
    const name = specification.aliases?.[written] ?? written;
    if (specification.flags?.includes(name) === true && equals < 0) {
      flags.add(name);
      continue;
    }
    const takesValue =
      specification.valued?.includes(name) === true ||
      specification.repeated?.includes(name) === true;
    if (!takesValue)
      throw new UsageError(`unknown option "${written}" for ${specification.command} (${help})`);
    let value: string | undefined;
    if (equals > 0) value = argument.slice(equals + 1);
    else {
      value = args[index + 1];
      index++;
    }
    if (value === undefined || value === "" || (equals < 0 && value.startsWith("--")))
      throw new UsageError(`${name} needs a value (${help})`);
    if (specification.repeated?.includes(name) === true)
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
    else if (values.has(name)) throw new UsageError(`${name} is given twice`);
    else values.set(name, value);
  }
  return { positional, flags, values, repeated };
}

/** A whole year given as an option's value. */
export function yearOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || !Number.isInteger(year))
    throw new UsageError(`${name} takes a year such as 2023, not "${text}"`);
  return year;
}

/** `--method <setting>=<value>` options as overrides by setting name. */
export function methodOverrides(texts: readonly string[]): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const text of texts) {
    const equals = text.indexOf("=");
    if (equals <= 0 || equals === text.length - 1)
      throw new UsageError(
        `--method takes <setting>=<value>, such as Normalisering=z-skår, not "${text}"`
      );
    overrides[text.slice(0, equals).trim()] = text.slice(equals + 1).trim();
  }
  return overrides;
}
