// The first principal component of a group of indicators as COINr's get_PCA finds it: rows with any
// missing value left out, each column centred and scaled to unit variance (stats::prcomp(center = TRUE,
// scale = TRUE)), then the singular value decomposition of that matrix. The loadings are the first
// right singular vector; its sign, arbitrary in an SVD, is chosen so that the loadings sum to a positive
// number.
import { Matrix, SingularValueDecomposition } from "ml-matrix";

export interface FirstComponent {
  /** The share of the total variance the first component explains: s₁² / Σ sᵢ². */
  readonly varianceShare: number;
  /** The first component's loading on each column, in the columns' order. */
  readonly loadings: readonly number[];
  /** The rows used: those with every column present. */
  readonly rows: number;
}

/** The rows with every column present, each column standardised; undefined when a column has no spread. */
function standardisedCompleteRows(columns: readonly ArrayLike<number>[]): Matrix | undefined {
  const length = columns[0]?.length ?? 0;
  const rows: number[][] = [];
  for (let row = 0; row < length; row++) {
    const values = columns.map((column) => column[row] as number);
    if (values.every(Number.isFinite)) rows.push(values);
  }
  if (rows.length < 2) return undefined;
  const matrix = new Matrix(rows);
  for (let column = 0; column < columns.length; column++) {
    const values = matrix.getColumn(column);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    if (squares === 0) return undefined;
    const standardDeviation = Math.sqrt(squares / (values.length - 1));
    matrix.setColumn(
      column,
      values.map((value) => (value - mean) / standardDeviation)
    );
  }
  return matrix;
}

/** The first component, or undefined with fewer than 2 columns or complete rows, or a constant column. */
export function firstPrincipalComponent(
  columns: readonly ArrayLike<number>[]
): FirstComponent | undefined {
  if (columns.length < 2) return undefined;
  const standardised = standardisedCompleteRows(columns);
  if (standardised === undefined) return undefined;
  const decomposition = new SingularValueDecomposition(standardised, { autoTranspose: true });
  const squares = decomposition.diagonal.map((value) => value * value);
  const total = squares.reduce((sum, value) => sum + value, 0);
  const loadings = decomposition.rightSingularVectors.getColumn(0);
  const sign = loadings.reduce((sum, value) => sum + value, 0) < 0 ? -1 : 1;
  return {
    varianceShare: (squares[0] ?? 0) / total,
    loadings: loadings.map((value) => sign * value + 0),
    rows: standardised.rows,
  };
}
