// Column statistics over the present values (NaN = missing is skipped), computed the way R computes them.

/** The number of present (non-NaN) values. */
export function presentCount(values: ArrayLike<number>): number {
  let count = 0;
  for (let index = 0; index < values.length; index++)
    if (!Number.isNaN(values[index] as number)) count++;
  return count;
}

/** The present values, in order. */
export function presentValues(values: ArrayLike<number>): Float64Array {
  const present = new Float64Array(presentCount(values));
  let next = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (!Number.isNaN(value)) present[next++] = value;
  }
  return present;
}

/** Arithmetic mean of the present values; NaN when there are none. Two passes, as R's mean(). */
export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  if (count === 0) return Number.NaN;
  const first = sum / count;
  let correction = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (!Number.isNaN(value)) correction += value - first;
  }
  return first + correction / count;
}

/**
 * Median of numbers without NaN (mean of the middle two for an even count), sorting them in place only
 * as far as the two middle positions need; NaN when there are none.
 */
export function medianInPlace(values: Float64Array): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  const middle = count >> 1;
  sortAscending(values, [middle - 1, middle]);
  return count % 2 === 1
    ? (values[middle] as number)
    : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
}

/** Median of the present values (mean of the middle two for an even count); NaN when there are none. */
export function medianOf(values: ArrayLike<number>): number {
  return medianInPlace(presentValues(values));
}

/** R's type 7 quantile of `count` values sorted ascending, each read by its position through `valueAt`. */
function typeSevenQuantile(
  count: number,
  probability: number,
  valueAt: (position: number) => number
): number {
  if (count === 0) return Number.NaN;
  const position = (count - 1) * probability;
  const [below, above] = typeSevenPositions(count, probability);
  const lower = valueAt(below);
  const upper = valueAt(above);
  return lower + (position - below) * (upper - lower);
}

/** The two positions of `count` sorted values that R's type 7 quantile at `probability` interpolates between. */
export function typeSevenPositions(count: number, probability: number): [number, number] {
  const below = Math.floor((count - 1) * probability);
  return [below, Math.min(below + 1, count - 1)];
}

/**
 * R's `quantile(x, p, type = 7)`, its default and what COINr's get_sensitivity uses (R/sensitivity.R,
 * `stats::quantile(probs = 0.05)` and `0.95`, and `stats::median`, which is type 7 at 0.5): the value
 * interpolated at position (n - 1) · p of the values sorted ascending. NaN when there are none.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, probability: number): number {
  return typeSevenQuantile(sorted.length, probability, (position) => sorted[position] as number);
}

/** Whole numbers counted rather than listed: `counts[value]` of them equal `value`, `total` in all, none below `lowest`. */
export interface WholeNumberCounts {
  readonly counts: ArrayLike<number>;
  readonly total: number;
  readonly lowest: number;
}

/** The number at `position` of the counted numbers sorted ascending; NaN past the last. */
function countedValueAt({ counts, lowest }: WholeNumberCounts, position: number): number {
  let upToValue = 0;
  for (let value = lowest; value < counts.length; value++) {
    upToValue += counts[value] as number;
    if (upToValue > position) return value;
  }
  return Number.NaN;
}

/**
 * quantileOfSorted of counted whole numbers, without listing and sorting them: the same positions, so the
 * same value to the last bit.
 */
export function quantileOfCounts(counted: WholeNumberCounts, probability: number): number {
  return typeSevenQuantile(counted.total, probability, (position) =>
    countedValueAt(counted, position)
  );
}

/** Sample standard deviation (n - 1) of the present values; NaN with fewer than two. */
export function sampleStandardDeviationOf(values: ArrayLike<number>): number {
  const present = presentValues(values);
  const count = present.length;
  if (count < 2) return Number.NaN;
  const mean = meanOf(present);
  let sumOfSquares = 0;
  for (let index = 0; index < count; index++) {
    const deviation = (present[index] as number) - mean;
    sumOfSquares += deviation * deviation;
  }
  return Math.sqrt(sumOfSquares / (count - 1));
}

/** Sums of the 2nd, 3rd and 4th powers of the deviations from the mean. */
function centralSums(present: Float64Array): { two: number; three: number; four: number } {
  const mean = meanOf(present);
  let two = 0;
  let three = 0;
  let four = 0;
  for (let index = 0; index < present.length; index++) {
    const deviation = (present[index] as number) - mean;
    const square = deviation * deviation;
    two += square;
    three += square * deviation;
    four += square * square;
  }
  return { two, three, four };
}

/**
 * Bias-corrected sample skewness (Excel's SKEW, e1071 type 2, COINr's skew()); NaN with fewer than three
 * values or when all are equal.
 */
export function skewnessOf(values: ArrayLike<number>): number {
  const present = presentValues(values);
  const count = present.length;
  if (count < 3) return Number.NaN;
  const { two, three } = centralSums(present);
  if (two === 0) return Number.NaN;
  const skew = (Math.sqrt(count) * three) / Math.pow(two, 3 / 2);
  return (skew * Math.sqrt(count * (count - 1))) / (count - 2);
}

/**
 * Bias-corrected sample excess kurtosis (Excel's KURT, e1071 type 2, COINr's kurt()); NaN with fewer than
 * four values or when all are equal.
 */
export function kurtosisOf(values: ArrayLike<number>): number {
  const present = presentValues(values);
  const count = present.length;
  if (count < 4) return Number.NaN;
  const { two, four } = centralSums(present);
  if (two === 0) return Number.NaN;
  const ratio = (count * four) / (two * two);
  return (((count + 1) * (ratio - 3) + 6) * (count - 1)) / ((count - 2) * (count - 3));
}

/** Whether any of the positions lies from `low` to `high`. */
function anyWithin(positions: ArrayLike<number>, low: number, high: number): boolean {
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index] as number;
    if (position >= low && position <= high) return true;
  }
  return false;
}

/**
 * Sorts numbers ascending in place: a three-way quicksort (ties gathered once, so columns with many equal
 * values stay fast) with insertion sort for short runs. V8's built-in typed-array sort boxes every value
 * and is several times slower. No NaN may be present. Given `only`, it sorts no further than puts the
 * sorted value at each of those positions, leaving the stretches between them unsorted (quantiles of
 * 1,000 values read 8 positions).
 */
export function sortAscending(values: Float64Array, only?: ArrayLike<number>): Float64Array {
  const stack: number[] = [0, values.length - 1];
  while (stack.length > 0) {
    const high = stack.pop() as number;
    const low = stack.pop() as number;
    if (only !== undefined && !anyWithin(only, low, high)) continue;
    if (high - low < 16) {
      for (let index = low + 1; index <= high; index++) {
        const value = values[index] as number;
        let position = index - 1;
        while (position >= low && (values[position] as number) > value) {
          values[position + 1] = values[position] as number;
          position--;
        }
        values[position + 1] = value;
      }
      continue;
    }
    const first = values[low] as number;
    const middle = values[(low + high) >>> 1] as number;
    const last = values[high] as number;
    const pivot =
      first < middle
        ? middle < last
          ? middle
          : first < last
            ? last
            : first
        : first < last
          ? first
          : middle < last
            ? last
            : middle;
    // Partition into < pivot | == pivot | > pivot.
    let lessEnd = low;
    let greaterStart = high;
    let index = low;
    while (index <= greaterStart) {
      const value = values[index] as number;
      if (value < pivot) {
        values[index] = values[lessEnd] as number;
        values[lessEnd] = value;
        lessEnd++;
        index++;
      } else if (value > pivot) {
        values[index] = values[greaterStart] as number;
        values[greaterStart] = value;
        greaterStart--;
      } else index++;
    }
    stack.push(low, lessEnd - 1, greaterStart + 1, high);
  }
  return values;
}

/** The first position in an ascending array whose value is not below `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The present values sorted ascending: what ranks among peers are read from. */
export function sortedPresentValues(values: ArrayLike<number>): Float64Array {
  return sortAscending(presentValues(values));
}

/** The ascending rank (ties at the minimum) a value takes among sorted values: 1 + how many are below it. */
export function ascendingMinRankIn(sorted: Float64Array, value: number): number {
  return lowerBound(sorted, value) + 1;
}

/** The descending rank (1 = highest, ties at the minimum) a value takes among sorted values. */
export function descendingMinRankIn(sorted: Float64Array, value: number): number {
  return sorted.length - upperBound(sorted, value) + 1;
}

/** Each present value's rank among the present values, by `rankIn`; missing stays NaN. */
function minRanks(
  values: ArrayLike<number>,
  rankIn: (sorted: Float64Array, value: number) => number
): Float64Array {
  const sorted = sortedPresentValues(values);
  const ranks = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    ranks[index] = Number.isNaN(value) ? Number.NaN : rankIn(sorted, value);
  }
  return ranks;
}

/**
 * Ascending ranks with ties given the minimum rank (R's rank(ties.method = "min", na.last = "keep")):
 * the smallest value gets 1; missing stays NaN. A value's rank is one more than the number of values below
 * it, found by binary search in a sorted copy (a typed-array sort, much faster than sorting indexes).
 */
export function ascendingMinRanks(values: ArrayLike<number>): Float64Array {
  return minRanks(values, ascendingMinRankIn);
}

/** The first position in an ascending array whose value is above `value`. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Result ranks: 1 = the highest value, ties share the minimum rank, missing stays NaN. */
export function descendingMinRanks(values: ArrayLike<number>): Float64Array {
  return minRanks(values, descendingMinRankIn);
}
