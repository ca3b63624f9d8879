// The peers of SCORE, NORMALISE and RANK: the numbers of a range, multiplied by the direction. A column
// filled down with =VEIKART.SCORE(B2, B$2:B$373) passes the same peers in every call, so what depends
// only on them (bounds, mean, the sorted values for ranks) is computed once and kept in a small cache,
// found by a fingerprint of the numbers and confirmed by comparing them: each call stays O(n).
import { isExcelError, type ExcelError, type Grid } from "./cell-values";

/** Something computed from the directed peer numbers alone, such as their bounds or sorted values. */
export interface PeerStatistic<Value> {
  readonly name: string;
  readonly compute: (directedNumbers: Float64Array) => Value;
}

export class DirectedPeers {
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

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/** FNV-1a over the two 32-bit words of each directed number: cheap, and confirmed on every hit. */
function mix(hash: number, directed: number): number {
  scratch[0] = directed;
  hash = Math.imul(hash ^ (scratchWords[0] as number), 0x01000193);
  return Math.imul(hash ^ (scratchWords[1] as number), 0x01000193);
}

function sameNumbers(grid: Grid, direction: 1 | -1, numbers: Float64Array): boolean {
  let index = 0;
  for (const row of grid)
    for (const cell of row)
      if (typeof cell === "number" && cell * direction !== numbers[index++]) return false;
  return index === numbers.length;
}

function numbersOf(grid: Grid, direction: 1 | -1, count: number): Float64Array {
  const numbers = new Float64Array(count);
  let index = 0;
  for (const row of grid)
    for (const cell of row) if (typeof cell === "number") numbers[index++] = cell * direction;
  return numbers;
}

/**
 * The directed numbers of a peer range, blanks, text and booleans left out (as Excel's MIN does), or the
 * first Excel error in the range, which the caller passes on.
 */
export function readPeers(grid: Grid, direction: 1 | -1): DirectedPeers | ExcelError {
  let count = 0;
  let hash = 0x811c9dc5 ^ direction;
  for (const row of grid)
    for (const cell of row) {
      if (typeof cell === "number") {
        hash = mix(hash, cell * direction);
        count++;
      } else if (isExcelError(cell)) return cell;
    }
  const key = `${count}:${direction}:${hash >>> 0}`;
  const cached = cache.get(key);
  if (cached !== undefined && sameNumbers(grid, direction, cached.numbers)) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const peers = new DirectedPeers(numbersOf(grid, direction, count), direction);
  cache.delete(key);
  cache.set(key, peers);
  if (cache.size > cacheCapacity) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return peers;
}

/** Empties the cache (for tests and benchmarks that measure the first call). */
export function forgetPeers(): void {
  cache.clear();
}
