// Timing for the tests that check work is linear in the input's size: ratios within one run only.

/** Nanoseconds per call of `run`: the best of five batches, each at least 20 ms long. */
export function timeCostOf(run: () => void): number {
  let best = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    const start = process.hrtime.bigint();
    let calls = 0;
    let elapsed = 0;
    while (elapsed < 20e6) {
      run();
      calls++;
      elapsed = Number(process.hrtime.bigint() - start);
    }
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * How many times longer `run` takes on a 100k-character input than on a 10k one: about 10 when the
 * work is linear, about 100 when it is quadratic.
 */
export function costRatioOf10kTo100k(
  run: (input: string) => void,
  make: (size: number) => string
): number {
  const small = make(10_000);
  const large = make(100_000);
  timeCostOf(() => run(small));
  return timeCostOf(() => run(large)) / timeCostOf(() => run(small));
}
