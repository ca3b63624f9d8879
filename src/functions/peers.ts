// The peers of SCORE, NORMALISE and RANK: the numbers of a range, multiplied by the direction. A column
// filled down with =VEIKART.SCORE(B2, B$2:B$373) passes the same peers in every call, so what depends
// only on them (bounds, mean, the sorted values for ranks) is computed once and kept in a small cache,
// found by a fingerprint of the numbers and confirmed by comparing them: each call stays O(n), one pass
// when the peers are those of the call before.
import type { PeerStatistic, ScoringPeers } from "../core/steps/normalise/value-scoring";
import { isExcelError, type ExcelError, type Grid } from "./cell-values";

export class DirectedPeers implements ScoringPeers {
  private readonly statistics = new Map<string, unknown>();

  constructor(
    /** The numbers of the range, row by row, multiplied by the direction. */
    readonly numbers: Float64Array,
    readonly direction: 1 | -1
  ) {}

  /** A statistic of these peers, computed on first use and kept with them. */
  statistic<Value>(statistic: PeerStatistic<Value>): Value {
    if (!this.statistics.has(statistic.name))
      this.statistics.set(statistic.name, statistic.compute(this.numbers));
    return this.statistics.get(statistic.name) as Value;
  }
}

/** How many peer sets are kept: a sheet usually recalculates a few columns at a time. */
const cacheCapacity = 16;
const cache = new Map<string, DirectedPeers>();
/** The peers of the latest call, compared first: a fill-down passes the same ones again and again. */
let lastUsed: DirectedPeers | undefined;

// The loops below index rows and cells instead of using for...of: a fill-down runs them n times over
// n cells, and indexed loops over Excel's small row arrays are several times faster in V8.

function sameNumbers(grid: Grid, direction: 1 | -1, numbers: Float64Array): boolean {
  let index = 0;
  for (let rowIndex = 0; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex] as readonly unknown[];
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (typeof cell === "number" && cell * direction !== numbers[index++]) return false;
    }
  }
  return index === numbers.length;
}

function numbersOf(grid: Grid, direction: 1 | -1, count: number): Float64Array {
  const numbers = new Float64Array(count);
  let index = 0;
  for (let rowIndex = 0; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex] as readonly unknown[];
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (typeof cell === "number") numbers[index++] = cell * direction;
    }
  }
  return numbers;
}

/**
 * The directed numbers of a peer range, blanks, text and booleans left out (as Excel's MIN does), or the
 * first Excel error in the range, which the caller passes on.
 */
export function readPeers(grid: Grid, direction: 1 | -1): DirectedPeers | ExcelError {
  // One pass computes the fingerprint (the count, the sum and a position-weighted sum, so order matters)
  // and, on the way, compares the numbers with the peers used last: in a fill-down they are the same.
  const recent = lastUsed?.direction === direction ? lastUsed.numbers : undefined;
  let sameAsRecent = recent !== undefined;
  let count = 0;
  let sum = 0;
  let weightedSum = 0;
  for (let rowIndex = 0; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex] as readonly unknown[];
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (typeof cell === "number") {
        const directed = cell * direction;
        if (sameAsRecent && directed !== (recent as Float64Array)[count]) sameAsRecent = false;
        count++;
        sum += directed;
        weightedSum += directed * count;
      } else if (isExcelError(cell)) return cell;
    }
  }
  if (sameAsRecent && lastUsed !== undefined && count === lastUsed.numbers.length) return lastUsed;
  const key = `${count}:${direction}:${sum}:${weightedSum}`;
  const cached = cache.get(key);
  if (cached !== undefined && sameNumbers(grid, direction, cached.numbers)) {
    cache.delete(key);
    cache.set(key, cached);
    lastUsed = cached;
    return cached;
  }
  const peers = new DirectedPeers(numbersOf(grid, direction, count), direction);
  cache.delete(key);
  cache.set(key, peers);
  if (cache.size > cacheCapacity) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  lastUsed = peers;
  return peers;
}

/** Empties the cache (for tests and benchmarks that measure the first call). */
export function forgetPeers(): void {
  cache.clear();
  lastUsed = undefined;
}
