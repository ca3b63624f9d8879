// What every step's registry declares about a method besides its arithmetic: its name in messages, the
// words a user may write for it, and the numbers it takes. The Metode sheet, the custom functions,
// `veikart coin` and the docs' tables of methods are derived from these declarations.
import type { Bilingual } from "../language";

/** The words a user may write for a method in the Metode sheet; the first bokmål word is the one shown. */
export interface MethodWords {
  readonly nb: readonly [string, ...string[]];
  readonly en: readonly string[];
}

/** A number a method takes, with what it means and its default (absent: the number is required). */
export interface MethodParameter {
  /** Its name in the method's settings. */
  readonly setting: string;
  /** What it means, for messages and the docs ("the score of the weakest peer"). */
  readonly meaning: Bilingual;
  readonly default?: number;
}

/** What a registry declares of each method. */
export interface MethodDeclaration {
  /** Its name in messages. */
  readonly label: Bilingual;
  readonly words: MethodWords;
}

/**
 * The registry name a text names: the name itself or one of the method's words, in any case. The command
 * line and the functions read methods this way; the Metode sheet also ignores spaces, as in headers.
 */
export function methodNamed<Name extends string>(
  registry: { readonly [Key in Name]: MethodDeclaration },
  text: string
): Name | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(registry) as Name[]).find((name) => {
    const { words } = registry[name];
    return [name, ...words.nb, ...words.en].some((word) => word.toLowerCase() === wanted);
  });
}
