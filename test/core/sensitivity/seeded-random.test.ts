import {
  alternativeAt,
  createUniformSource,
  expandSeed,
} from "../../../src/core/sensitivity/seeded-random";

describe("createUniformSource", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const first = createUniformSource(20261202).fill(new Float64Array(1000));
    const again = createUniformSource(20261202).fill(new Float64Array(1000));
    const other = createUniformSource(20261203).fill(new Float64Array(1000));
    expect(Array.from(again)).toEqual(Array.from(first));
    expect(Array.from(other)).not.toEqual(Array.from(first));
  });

  it("continues one stream whether read with next or fill", () => {
    const byNext = createUniformSource(7);
    const expected = [byNext.next(), byNext.next(), byNext.next(), byNext.next()];
    const byFill = createUniformSource(7);
    const start = byFill.next();
    expect([start, ...byFill.fill(new Float64Array(3))]).toEqual(expected);
  });

  it("is xoroshiro128+ with 53-bit doubles, so a seed gives the same numbers on every machine", () => {
    for (const seed of [0, 42, -7, 2 ** 40 + 3]) {
      const source = createUniformSource(seed);
      const drawn = Array.from({ length: 50 }, () => source.next());
      expect(drawn).toEqual(referenceUniforms(expandSeed(seed), 50));
    }
  });

  it("seeds the state with SplitMix64, so nearby seeds start far apart", () => {
    // SplitMix64's published first outputs from 0 (as in Java's SplittableRandom and the C reference).
    expect(expandSeed(0)).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n]);
    const firstDraws = Array.from({ length: 2000 }, (_, seed) => createUniformSource(seed).next());
    const counts = new Array<number>(10).fill(0);
    for (const value of firstDraws) counts[Math.floor(value * 10)]! += 1;
    // Chi-squared with 9 degrees of freedom: 27.9 is its 99.9th percentile.
    expect(chiSquaredAgainstEven(counts)).toBeLessThan(27.9);
  });

  it("gives streams of one seed that start 2^64 draws apart, as xoroshiro128+'s jump defines", () => {
    const streamTwo = createUniformSource(9, 2);
    const drawn = Array.from({ length: 20 }, () => streamTwo.next());
    expect(drawn).toEqual(referenceUniforms(jumped(jumped(expandSeed(9))), 20));
    expect(drawn).not.toEqual(Array.from({ length: 20 }, createUniformSource(9).next));
  });

  it("draws uniformly from [0, 1): mean, variance and every tenth of the interval as expected", () => {
    const values = createUniformSource(1).fill(new Float64Array(100_000));
    const counts = new Array<number>(10).fill(0);
    let sum = 0;
    let sumOfSquares = 0;
    for (const value of values) {
      counts[Math.floor(value * 10)]! += 1;
      sum += value;
      sumOfSquares += value * value;
    }
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = sum / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumOfSquares / values.length - mean * mean - 1 / 12)).toBeLessThan(0.002);
    expect(chiSquaredAgainstEven(counts)).toBeLessThan(27.9);
  });

  it("refuses a seed that is not an integer", () => {
    expect(() => createUniformSource(0.5)).toThrow(RangeError);
    expect(() => createUniformSource(Number.NaN)).toThrow(RangeError);
    expect(() => createUniformSource(1, -1)).toThrow(RangeError);
  });
});

describe("alternativeAt", () => {
  it("gives each of m alternatives an interval of length 1/m", () => {
    expect([0, 0.33, 0.34, 0.66, 0.67, 0.999999].map((u) => alternativeAt(u, 3))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect(alternativeAt(1 - 2 ** -53, 3)).toBe(2);
  });
});

function chiSquaredAgainstEven(counts: readonly number[]): number {
  const expected = counts.reduce((total, count) => total + count, 0) / counts.length;
  return counts.reduce((total, count) => total + (count - expected) ** 2 / expected, 0);
}

const mask64 = (1n << 64n) - 1n;

function rotateLeft(value: bigint, bits: bigint): bigint {
  return ((value << bits) | (value >> (64n - bits))) & mask64;
}

/**
 * One step of xoroshiro128+ as its authors publish it (Blackman and Vigna,
 * https://prng.di.unimi.it/xoroshiro128plus.c, rotations 24, 16, 37), in 64-bit BigInt
 * arithmetic: the output and the next state.
 */
function step([s0, s1]: readonly [bigint, bigint]): [bigint, readonly [bigint, bigint]] {
  const result = (s0 + s1) & mask64;
  const mixed = s1 ^ s0;
  return [
    result,
    [rotateLeft(s0, 24n) ^ mixed ^ ((mixed << 16n) & mask64), rotateLeft(mixed, 37n)],
  ];
}

/** The state 2^64 steps on, by the published jump polynomial of xoroshiro128+. */
function jumped(state: readonly [bigint, bigint]): readonly [bigint, bigint] {
  let current = state;
  let s0 = 0n;
  let s1 = 0n;
  for (const word of [0xdf900294d8f554a5n, 0x170865df4b3201fcn]) {
    for (let bit = 0n; bit < 64n; bit += 1n) {
      if ((word >> bit) & 1n) {
        s0 ^= current[0];
        s1 ^= current[1];
      }
      current = step(current)[1];
    }
  }
  return [s0, s1];
}

/**
 * The doubles of xoroshiro128+ from `state`, read as pure-rand's uniformFloat64 reads them: the
 * 26 low bits of one output and the 27 low bits of the next make k / 2^53.
 */
function referenceUniforms(state: readonly [bigint, bigint], count: number): number[] {
  let current = state;
  const nextOutput = (): bigint => {
    const [output, following] = step(current);
    current = following;
    return output;
  };
  return Array.from({ length: count }, () => {
    const high = nextOutput() & ((1n << 26n) - 1n);
    const low = nextOutput() & ((1n << 27n) - 1n);
    return Number((high << 27n) | low) / 2 ** 53;
  });
}
