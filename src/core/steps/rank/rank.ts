import type { Dataset } from "../../model/dataset";
import type { RankOutcome } from "../../model/pipeline-result";
import { mapScopes, scopesOf } from "../scopes";
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
  for (const id of columnIds) {
    const column = dataset.columns[dataset.columnIds.indexOf(id)];
    if (column === undefined) continue;
    overall[id] = mapScopes(column, years, descendingMinRanks);
    if (withinPeerGroups) withinPeerGroup[id] = mapScopes(column, peerScopes, descendingMinRanks);
  }
  return { overall, withinPeerGroup };
}
