/**
 * Variance-based sensitivity (Sobol) indices: the Saltelli sampling design, the estimators of
 * Saltelli et al. 2010 (Computer Physics Communications 181, 259-270, Table 2) with a row bootstrap,
 * and the exact decomposition over a full grid of discrete inputs. Pure statistics: the caller runs
 * the model. docs/method.md, "Sensitivity: Sobol indices", gives the formulas and the sources.
 */
import { quantileOfSorted } from "../steps/statistics";
import { createUniformSource } from "./seeded-random";

/** An input of the design: a block of `columns` numbers uniform on [0, 1) that moves as one. */
export interface DesignInput {
  readonly name: string;
  /** 1 for a discrete input (`alternativeAt` picks its alternative), one per weight for weights noise. */
  readonly columns: number;
}

/**
 * The rows to run, `baseSamples · (inputs.length + 2)` of them: A, then B, then for each input i
 * the matrix A_B^(i) (A with input i's block from B), each `baseSamples` rows long.
 */
export interface SaltelliDesign {
  readonly inputs: readonly DesignInput[];
  /** N, the rows of each matrix. */
  readonly baseSamples: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Where each input's block starts within a row. */
  readonly firstColumns: readonly number[];
  /** Row-major, `rowCount × columnCount`. */
  readonly values: Float64Array;
}

export interface SobolIndex {
  readonly input: string;
  readonly first: number;
  readonly total: number;
  readonly firstLow: number;
  readonly firstHigh: number;
  readonly totalLow: number;
  readonly totalHigh: number;
}

export interface SobolAnalysis {
  /** The variance of the output the indices share out. */
  readonly variance: number;
  readonly indices: readonly SobolIndex[];
}

export interface BootstrapOptions {
  /** The seed of the bootstrap's resampling (its own stream, apart from the design's). */
  readonly seed: number;
  /** How many resamples; default 1,000. */
  readonly resamples?: number;
  /** The confidence of the percentile interval, in (0, 1); default 0.95. */
  readonly confidence?: number;
}

/** The uniform stream of the design; the bootstrap reads stream 1 of its own seed. */
const designStream = 0;
const bootstrapStream = 1;

/** The Saltelli design for `inputs` with N = `baseSamples`, drawn from `seed`: A row by row, then B. */
export function saltelliDesign(
  inputs: readonly DesignInput[],
  baseSamples: number,
  seed: number
): SaltelliDesign {
  if (inputs.length === 0) throw new RangeError("A Sobol design needs at least one input.");
  for (const input of inputs) {
    if (!Number.isInteger(input.columns) || input.columns < 1) {
      throw new RangeError(`Input ${input.name} needs at least one column, not ${input.columns}.`);
    }
  }
  if (!Number.isInteger(baseSamples) || baseSamples < 2) {
    throw new RangeError(`A Sobol design needs at least 2 base samples, not ${baseSamples}.`);
  }
  const firstColumns: number[] = [];
  let columnCount = 0;
  for (const input of inputs) {
    firstColumns.push(columnCount);
    columnCount += input.columns;
  }
  const rowCount = baseSamples * (inputs.length + 2);
  const values = new Float64Array(rowCount * columnCount);
  const matrixSize = baseSamples * columnCount;
  createUniformSource(seed, designStream).fill(values.subarray(0, 2 * matrixSize));
  inputs.forEach((input, inputIndex) => {
    const matrixStart = (inputIndex + 2) * matrixSize;
    values.copyWithin(matrixStart, 0, matrixSize);
    const blockStart = firstColumns[inputIndex] as number;
    for (let row = 0; row < baseSamples; row += 1) {
      const fromB = matrixSize + row * columnCount + blockStart;
      values.copyWithin(matrixStart + row * columnCount + blockStart, fromB, fromB + input.columns);
    }
  });
  return { inputs, baseSamples, rowCount, columnCount, firstColumns, values };
}

/** Row `row` of the design (a view, not a copy). */
export function designRow(design: SaltelliDesign, row: number): Float64Array {
  const start = row * design.columnCount;
  return design.values.subarray(start, start + design.columnCount);
}

/** Input `inputIndex`'s block of columns in row `row` (a view, not a copy). */
export function inputColumns(
  design: SaltelliDesign,
  row: number,
  inputIndex: number
): Float64Array {
  const start = row * design.columnCount + (design.firstColumns[inputIndex] as number);
  const input = design.inputs[inputIndex] as DesignInput;
  return design.values.subarray(start, start + input.columns);
}

/** The estimates of one set of rows: the variance of the output and each input's two indices. */
interface Estimate {
  readonly variance: number;
  readonly first: Float64Array;
  readonly total: Float64Array;
}

/**
 * The estimator of the design's outputs, for rows counted any number of times: each row once for
 * the estimate, a resample's multiplicities for the bootstrap. Outputs are kept shifted by their
 * mean (`shift`), so the sums stay accurate in one pass.
 */
function estimatorOf(
  outputs: ArrayLike<number>,
  design: Pick<SaltelliDesign, "inputs" | "baseSamples">
): (timesCounted: Float64Array) => Estimate {
  const { baseSamples: n, inputs } = design;
  const inputCount = inputs.length;
  const expected = n * (inputCount + 2);
  if (outputs.length !== expected) {
    throw new RangeError(
      `The Sobol analysis needs ${expected} outputs (${n} base samples × ${inputCount + 2} matrices), not ${outputs.length}.`
    );
  }
  for (let run = 0; run < expected; run += 1) {
    if (!Number.isFinite(outputs[run])) {
      throw new RangeError(
        `Run ${run + 1} of the Sobol design has no finite output (${outputs[run]}).`
      );
    }
  }
  let shift = 0;
  for (let run = 0; run < 2 * n; run += 1) shift += outputs[run] as number;
  shift /= 2 * n;
  const fromA = Float64Array.from({ length: n }, (_, row) => (outputs[row] as number) - shift);
  const fromB = Float64Array.from({ length: n }, (_, row) => (outputs[n + row] as number) - shift);
  // changes[row · k + i] = f(A_B^(i)) − f(A) of that row.
  const changes = new Float64Array(n * inputCount);
  for (let input = 0; input < inputCount; input += 1) {
    for (let row = 0; row < n; row += 1) {
      changes[row * inputCount + input] =
        (outputs[(input + 2) * n + row] as number) - (outputs[row] as number);
    }
  }
  const bTimesChange = new Float64Array(inputCount);
  const changeSums = new Float64Array(inputCount);
  const squaredChanges = new Float64Array(inputCount);

  return (timesCounted) => {
    let count = 0;
    let sum = 0;
    let squares = 0;
    bTimesChange.fill(0);
    changeSums.fill(0);
    squaredChanges.fill(0);
    for (let row = 0; row < n; row += 1) {
      const times = timesCounted[row] as number;
      if (times === 0) continue;
      const a = fromA[row] as number;
      const b = fromB[row] as number;
      count += times;
      sum += times * (a + b);
      squares += times * (a * a + b * b);
      for (let input = 0; input < inputCount; input += 1) {
        const change = changes[row * inputCount + input] as number;
        bTimesChange[input] = (bTimesChange[input] as number) + times * b * change;
        changeSums[input] = (changeSums[input] as number) + times * change;
        squaredChanges[input] = (squaredChanges[input] as number) + times * change * change;
      }
    }
    const meanFromShift = sum / (2 * count);
    const variance = Math.max(0, (squares - sum * meanFromShift) / (2 * count - 1));
    const first = new Float64Array(inputCount);
    const total = new Float64Array(inputCount);
    if (variance > 0) {
      for (let input = 0; input < inputCount; input += 1) {
        // Saltelli 2010 (b) with f(B) centred at the mean of A and B: the same expectation, far
        // less noise when the mean is large against the spread (Sobol' 2001).
        const firstSum =
          (bTimesChange[input] as number) - meanFromShift * (changeSums[input] as number);
        first[input] = firstSum / count / variance;
        // Jansen 1999, Saltelli 2010 (f).
        total[input] = (squaredChanges[input] as number) / (2 * count) / variance;
      }
    }
    return { variance, first, total };
  };
}

/**
 * The first-order and total Sobol index of each input of `design`, from the outputs of its rows in
 * the design's order, with percentile bootstrap intervals over resampled rows.
 */
export function sobolIndices(
  outputs: ArrayLike<number>,
  design: Pick<SaltelliDesign, "inputs" | "baseSamples">,
  options: BootstrapOptions
): SobolAnalysis {
  const resamples = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`The bootstrap needs at least one resample, not ${resamples}.`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`The confidence must lie strictly between 0 and 1, not ${confidence}.`);
  }
  const estimate = estimatorOf(outputs, design);
  const n = design.baseSamples;
  const estimated = estimate(new Float64Array(n).fill(1));

  const inputCount = design.inputs.length;
  const firstDraws = Array.from({ length: inputCount }, () => new Float64Array(resamples));
  const totalDraws = Array.from({ length: inputCount }, () => new Float64Array(resamples));
  const source = createUniformSource(options.seed, bootstrapStream);
  const timesDrawn = new Float64Array(n);
  // Looked up once: a global per draw costs 4x the draw itself in sandboxed runtimes (jest's vm).
  const floor = Math.floor;
  for (let resample = 0; resample < resamples; resample += 1) {
    timesDrawn.fill(0);
    for (let draw = 0; draw < n; draw += 1) {
      const row = floor(source.next() * n);
      timesDrawn[row] = (timesDrawn[row] as number) + 1;
    }
    const { first, total } = estimate(timesDrawn);
    for (let input = 0; input < inputCount; input += 1) {
      (firstDraws[input] as Float64Array)[resample] = first[input] as number;
      (totalDraws[input] as Float64Array)[resample] = total[input] as number;
    }
  }
  const lowProbability = (1 - confidence) / 2;
  const highProbability = (1 + confidence) / 2;
  const indices = design.inputs.map((input, index) => {
    const firstSorted = (firstDraws[index] as Float64Array).sort();
    const totalSorted = (totalDraws[index] as Float64Array).sort();
    return {
      input: input.name,
      first: estimated.first[index] as number,
      total: estimated.total[index] as number,
      firstLow: quantileOfSorted(firstSorted, lowProbability),
      firstHigh: quantileOfSorted(firstSorted, highProbability),
      totalLow: quantileOfSorted(totalSorted, lowProbability),
      totalHigh: quantileOfSorted(totalSorted, highProbability),
    };
  });
  return { variance: estimated.variance, indices };
}

/** A discrete input of a full grid: its name and how many alternatives it has. */
export interface GridInput {
  readonly name: string;
  readonly levels: number;
}

/** The number of combinations of a full grid. */
export function gridSize(inputs: readonly GridInput[]): number {
  return inputs.reduce((size, input) => size * input.levels, 1);
}

/** The alternative of each input in combination `position`, numbered with the last input fastest. */
export function gridCombination(inputs: readonly GridInput[], position: number): number[] {
  const combination = new Array<number>(inputs.length);
  let rest = position;
  for (let index = inputs.length - 1; index >= 0; index -= 1) {
    const levels = (inputs[index] as GridInput).levels;
    combination[index] = rest % levels;
    rest = Math.floor(rest / levels);
  }
  return combination;
}

/**
 * The exact Sobol indices over a full grid run once per combination (`outputs` in `gridCombination`
 * order), each combination equally likely: first order Var(E[Y | X_i]) / Var(Y), total
 * E[Var(Y | X_~i)] / Var(Y), population variances over the grid. No sampling, so the intervals are
 * the values.
 */
export function gridIndices(
  inputs: readonly GridInput[],
  outputs: ArrayLike<number>
): SobolAnalysis {
  for (const input of inputs) {
    if (!Number.isInteger(input.levels) || input.levels < 1) {
      throw new RangeError(`Input ${input.name} needs at least one level, not ${input.levels}.`);
    }
  }
  const size = gridSize(inputs);
  if (outputs.length !== size) {
    throw new RangeError(
      `A grid of ${size} combinations needs ${size} outputs, not ${outputs.length}.`
    );
  }
  const values = Float64Array.from(outputs);
  const run = values.findIndex((value) => !Number.isFinite(value));
  if (run >= 0) {
    throw new RangeError(
      `Combination ${run + 1} of the grid has no finite output (${values[run]}).`
    );
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / size;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / size;

  let stride = size;
  const indices = inputs.map((input) => {
    const { levels } = input;
    stride /= levels;
    // Combination p has level floor(p / stride) % levels of this input; the other inputs fixed,
    // the `levels` combinations along this input are stride apart.
    const levelSums = new Float64Array(levels);
    let withinSquares = 0;
    for (let start = 0; start < size; start += 1) {
      const level = Math.floor(start / stride) % levels;
      levelSums[level] = (levelSums[level] as number) + (values[start] as number);
      if (level !== 0) continue;
      let lineSum = 0;
      for (let step = 0; step < levels; step += 1)
        lineSum += values[start + step * stride] as number;
      const lineMean = lineSum / levels;
      for (let step = 0; step < levels; step += 1) {
        withinSquares += ((values[start + step * stride] as number) - lineMean) ** 2;
      }
    }
    const perLevel = size / levels;
    let betweenSquares = 0;
    for (const levelSum of levelSums) betweenSquares += (levelSum / perLevel - mean) ** 2;
    const first = variance > 0 ? betweenSquares / levels / variance : 0;
    const total = variance > 0 ? withinSquares / size / variance : 0;
    return {
      input: input.name,
      first,
      total,
      firstLow: first,
      firstHigh: first,
      totalLow: total,
      totalHigh: total,
    };
  });
  return { variance, indices };
}
