// Column statistics over the present values (NaN = missing is skipped), computed the way R computes them.

/** The present values, in order. */
export function presentValues(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let index = 0; index < values.length; index++)
    if (!Number.isNaN(values[index] as number)) count++;
  const present = new Float64Array(count);
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

/** Median of the present values (mean of the middle two for an even count); NaN when there are none. */
export function medianOf(values: ArrayLike<number>): number {
  const present = presentValues(values).sort();
  const count = present.length;
  if (count === 0) return Number.NaN;
  const middle = count >> 1;
  return count % 2 === 1
    ? (present[middle] as number)
    : ((present[middle - 1] as number) + (present[middle] as number)) / 2;
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

/**
 * Ascending ranks with ties given the minimum rank (R's rank(ties.method = "min", na.last = "keep")):
 * the smallest value gets 1; missing stays NaN.
 */
export function ascendingMinRanks(values: ArrayLike<number>): Float64Array {
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  const order: number[] = [];
  for (let index = 0; index < values.length; index++)
    if (!Number.isNaN(values[index] as number)) order.push(index);
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  let rank = 1;
  for (let position = 0; position < order.length; position++) {
    const index = order[position] as number;
    if (
      position > 0 &&
      (values[index] as number) !== (values[order[position - 1] as number] as number)
    )
      rank = position + 1;
    ranks[index] = rank;
  }
  return ranks;
}

/** Result ranks: 1 = the highest value, ties share the minimum rank, missing stays NaN. */
export function descendingMinRanks(values: ArrayLike<number>): Float64Array {
  const negated = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) negated[index] = -(values[index] as number);
  return ascendingMinRanks(negated);
}
