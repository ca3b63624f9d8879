/**
 * The one seeded source of randomness of the uncertainty and sensitivity analysis.
 *
 * pure-rand's xoroshiro128+ works in 32-bit integer arithmetic only, so a seed gives the same
 * sequence on every machine and JavaScript engine; `uniformFloat64` joins two draws into a double
 * on the 2^-53 grid of [0, 1), every one of the 2^53 values equally likely.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";

/** A stream of uniform numbers in [0, 1), fixed by its seed. */
export interface UniformSource {
  /** The next number of the stream, in [0, 1). */
  next(): number;
  /** Fills `target` with the next `target.length` numbers of the stream, in order, and returns it. */
  fill(target: Float64Array): Float64Array;
}

/**
 * A uniform source whose sequence depends only on `seed` (any safe integer) and `stream`. Streams of
 * one seed do not overlap: stream `n` starts n · 2^64 draws into the seed's sequence (pure-rand's
 * `jump`), so one seed can drive the sampling and, separately, the bootstrap.
 */
export function createUniformSource(seed: number, stream = 0): UniformSource {
  if (!Number.isSafeInteger(stream) || stream < 0) {
    throw new RangeError(`The stream must be a whole number, not ${stream}.`);
  }
  const [first, second] = expandSeed(seed);
  const generator = xoroshiro128plusFromState([
    ...highAndLowWords(first),
    ...highAndLowWords(second),
  ]);
  for (let jump = 0; jump < stream; jump += 1) generator.jump();
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
 * The two 64-bit state words of xoroshiro128+ for a seed: the first two outputs of SplitMix64
 * started at the seed, as the generator's authors advise (https://prng.di.unimi.it/). pure-rand's own
 * `xoroshiro128plus(seed)` fills half the state with fixed bits, which makes the first draws of
 * nearby seeds alike (seeds 1, 2, 3 and 42 all start at 0.99999...).
 */
export function expandSeed(seed: number): readonly [bigint, bigint] {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`The seed must be an integer, not ${seed}.`);
  }
  let state = BigInt.asUintN(64, BigInt(seed));
  const splitMix64 = (): bigint => {
    state = BigInt.asUintN(64, state + 0x9e3779b97f4a7c15n);
    let mixed = state;
    mixed = BigInt.asUintN(64, (mixed ^ (mixed >> 30n)) * 0xbf58476d1ce4e5b9n);
    mixed = BigInt.asUintN(64, (mixed ^ (mixed >> 27n)) * 0x94d049bb133111ebn);
    return mixed ^ (mixed >> 31n);
  };
  return [splitMix64(), splitMix64()];
}

/** pure-rand keeps each 64-bit word as two signed 32-bit halves, high first. */
function highAndLowWords(word: bigint): [number, number] {
  return [Number(BigInt.asIntN(32, word >> 32n)), Number(BigInt.asIntN(32, word))];
}

/**
 * The alternative a uniform number `u` in [0, 1) picks among `count` equally likely ones:
 * floor(u * count), so each alternative gets an interval of length 1 / count.
 */
export function alternativeAt(u: number, count: number): number {
  return Math.min(Math.floor(u * count), count - 1);
}
