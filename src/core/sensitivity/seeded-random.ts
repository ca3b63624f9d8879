/**
 * The one seeded source of randomness of the uncertainty and sensitivity analysis.
 *
 * pure-rand's xoroshiro128+ works in 32-bit integer arithmetic only, so a seed gives the same
 * sequence on every machine and JavaScript engine; `uniformFloat64` joins two draws into a double
 * on the 2^-53 grid of [0, 1), every one of the 2^53 values equally likely.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A stream of uniform numbers in [0, 1), fixed by its seed. */
export interface UniformSource {
  /** The next number of the stream, in [0, 1). */
  next(): number;
  /** Fills `target` with the next `target.length` numbers of the stream, in order, and returns it. */
  fill(target: Float64Array): Float64Array;
}

/** A uniform source whose sequence depends only on `seed` (an integer; only its low 32 bits count). */
export function createUniformSource(seed: number): UniformSource {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`The seed must be an integer, not ${seed}.`);
  }
  const generator = xoroshiro128plus(seed);
  const next = (): number => uniformFloat64(generator);
  return {
    next,
    fill(target) {
      for (let position = 0; position < target.length; position += 1) {
        target[position] = next();
      }
      return target;
    },
  };
}

/**
 * The alternative a uniform number `u` in [0, 1) picks among `count` equally likely ones:
 * floor(u * count), so each alternative gets an interval of length 1 / count.
 */
export function alternativeAt(u: number, count: number): number {
  return Math.min(Math.floor(u * count), count - 1);
}
