import type { TimeResult } from "../../../src/core/time/time-result";
import { messageIn } from "../../../src/core/issues";

/** The value of a result that must have succeeded (the test fails with the reason's message otherwise). */
export function valueOf<Value>(result: TimeResult<Value>): Value {
  if (!result.ok)
    throw new Error(
      `expected a value, got ${result.issues[0].code}: ${messageIn(result.issues[0], "en")}`
    );
  return result.value;
}

/** The reason code of a result that must have failed. */
export function reasonOf<Value>(result: TimeResult<Value>): string {
  if (result.ok) throw new Error(`expected a reason, got ${JSON.stringify(result.value)}`);
  return result.issues[0].code;
}

/** A series from year-value pairs; null is a missing value. */
export function seriesOf(pairs: Readonly<Record<number, number | null>>): {
  years: number[];
  values: (number | null)[];
} {
  const years = Object.keys(pairs).map(Number);
  return { years, values: years.map((year) => pairs[year] ?? null) };
}
