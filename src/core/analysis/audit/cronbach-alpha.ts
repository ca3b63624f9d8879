// Cronbach's alpha of a group of indicators as COINr's get_cronbach computes it: from the covariance
// matrix with pairwise complete observations, alpha = k²·σ̄ / Σσ, where Σσ is the sum of every element
// of the matrix and σ̄ the mean of its off-diagonal elements.
import { pairwiseCovariance } from "./correlation";

/** Alpha of the columns, or NaN with fewer than 2 columns or a covariance that cannot be computed. */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const count = columns.length;
  if (count < 2) return Number.NaN;
  let all = 0;
  let diagonal = 0;
  for (let row = 0; row < count; row++)
    for (let column = row; column < count; column++) {
      const covariance = pairwiseCovariance(
        columns[row] as ArrayLike<number>,
        columns[column] as ArrayLike<number>
      );
      if (row === column) diagonal += covariance;
      all += row === column ? covariance : 2 * covariance;
    }
  const offDiagonalMean = (all - diagonal) / (count * (count - 1));
  return (count * count * offDiagonalMean) / all;
}
