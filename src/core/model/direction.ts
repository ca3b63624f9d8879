import type { Direction } from "./framework";

const directionWords: Readonly<Record<string, Direction>> = {
  "1": 1,
  "+1": 1,
  "-1": -1,
  "0": 0,
  higher: 1,
  "higher is better": 1,
  høyere: 1,
  "høyere er bedre": 1,
  lower: -1,
  "lower is better": -1,
  lavere: -1,
  "lavere er bedre": -1,
  context: 0,
  kontekst: 0,
};

/**
 * Reads a direction as users write it: 1, -1, 0, "higher"/"lower"/"context", "høyere"/"lavere"/"kontekst"
 * and the template's "høyere er bedre" / "lavere er bedre" (any case, spaces trimmed). Undefined when
 * the input is none of these.
 */
export function parseDirection(input: unknown): Direction | undefined {
  if (typeof input === "number")
    return input === 1 || input === -1 || input === 0 ? input : undefined;
  if (typeof input !== "string") return undefined;
  return directionWords[input.trim().toLowerCase().replace(/\s+/g, " ")];
}

/** The words parseDirection accepts, for messages that say what is allowed. */
export const directionWordsAccepted = "1, -1, 0, higher/lower/context, høyere/lavere/kontekst";
