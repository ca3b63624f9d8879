import type { Dataset } from "../../model/dataset";
import type { RankOutcome } from "../../model/pipeline-result";
import { coversAllRowsInOrder, gather, scatter, scopesOf } from "../scopes";
import { descendingMinRanks } from "../statistics";

/**
 * Ranks of the given columns: 1 = the highest score, ties share the minimum rank, missing stays missing
 * (NaN inside the engine). Ranked within each year, among all units and within each peer group.
 */
export function rank(
  dataset: Dataset,
  columnIds: readonly string[],
  withinPeerGroups = true
): RankOutcome {
  const overall: Record<string, Float64Array> = {};
  const withinPeerGroup: Record<string, Float64Array> = {};
  const years = scopesOf(dataset, {});
  const peerScopes = withinPeerGroups ? scopesOf(dataset, { byPeerGroup: true }) : [];
  const rankIn = (column: Float64Array, scopes: ReturnType<typeof scopesOf>): Float64Array => {
    const only = scopes[0];
    if (scopes.length === 1 && only !== undefined && coversAllRowsInOrder(only, column.length))
      return descendingMinRanks(column);
    const ranks = new Float64Array(column.length).fill(Number.NaN);
    for (const scope of scopes)
      scatter(ranks, scope.rows, descendingMinRanks(gather(column, scope.rows)));
    return ranks;
  };
  for (const id of columnIds) {
    const column = dataset.columns[dataset.columnIds.indexOf(id)];
    if (column === undefined) continue;
    overall[id] = rankIn(column, years);
    if (withinPeerGroups) withinPeerGroup[id] = rankIn(column, peerScopes);
  }
  return { overall, withinPeerGroup };
}
