// The units a benchmark compares: every unit, one peer group, or chosen unit codes.
import type { Language } from "../language";
import type { Issue, Unit } from "../model";
import { peerGroupsOf } from "../model/units";
import { allPeersWords } from "../template";
import { reportBenchmarkIssue as report } from "./benchmark-issues";

export type PeerSet =
  | { readonly kind: "all" }
  | { readonly kind: "group"; readonly group: string }
  | { readonly kind: "units"; readonly unitCodes: readonly string[] };

const groupPrefix = /^(group|gruppe):/i;

/** The unit codes in a typed list: separated by commas, semicolons or spaces ("0301, 4601;5001"). */
export function unitCodesIn(text: string): string[] {
  return text.split(/[,;\s]+/).filter((code) => code !== "");
}

/** Reads `all` (or `alle`), `group:<name>` (or `gruppe:<name>`) or unit codes (`<code>,<code>,...`). */
export function parsePeerSet(text: string): { peers?: PeerSet; issues: Issue[] } {
  const trimmed = text.trim();
  if (allPeersWords.some((word) => word === trimmed.toLowerCase()))
    return { peers: { kind: "all" }, issues: [] };
  if (groupPrefix.test(trimmed)) {
    const group = trimmed.replace(groupPrefix, "").trim();
    if (group !== "") return { peers: { kind: "group", group }, issues: [] };
  } else {
    const unitCodes = unitCodesIn(trimmed);
    if (unitCodes.length > 0) return { peers: { kind: "units", unitCodes }, issues: [] };
  }
  return { issues: [report("peers_invalid", { text }, { value: text })] };
}

/** The peer set a Metode peer-group value stands for: "alle" is every unit. */
export function peerSetOfGroup(group: string): PeerSet {
  return allPeersWords.includes(group) ? { kind: "all" } : { kind: "group", group };
}

/** The units of the peer set, in register order; an unknown group or unit code is an issue. */
export function selectPeers(
  units: readonly Unit[],
  peers: PeerSet
): { units: readonly Unit[]; issues: Issue[] } {
  const issues: Issue[] = [];
  let selected: readonly Unit[] = units;
  if (peers.kind === "group") {
    selected = units.filter((unit) => unit.peerGroup === peers.group);
    if (selected.length === 0) {
      const groups = [...peerGroupsOf(units)];
      issues.push(report("peer_group_unknown", { group: peers.group, groups }));
    }
  } else if (peers.kind === "units") {
    const chosen = new Set(peers.unitCodes);
    const known = new Set(units.map((unit) => unit.code));
    for (const unitCode of chosen)
      if (!known.has(unitCode))
        issues.push(report("peer_unit_unknown", { unitCode }, { unit: unitCode }));
    selected = units.filter((unit) => chosen.has(unit.code));
  }
  if (issues.length === 0 && selected.length < 2)
    issues.push(report("too_few_peers", { count: selected.length }));
  return { units: selected, issues };
}

/**
 * The units to highlight, each once in the order asked for; a code that is not a unit of the register,
 * or not one of the peer set's units, is an issue naming it.
 */
export function selectHighlighted(
  units: readonly Unit[],
  peerUnits: readonly Unit[],
  peers: PeerSet,
  unitCodes: readonly string[]
): { unitCodes: readonly string[]; issues: Issue[] } {
  const known = new Set(units.map((unit) => unit.code));
  const inPeerSet = new Set(peerUnits.map((unit) => unit.code));
  const issues: Issue[] = [];
  const chosen = [...new Set(unitCodes)];
  for (const unitCode of chosen)
    if (!known.has(unitCode))
      issues.push(report("highlight_unit_unknown", { unitCode }, { unit: unitCode }));
    else if (!inPeerSet.has(unitCode))
      issues.push(
        report(
          "highlight_outside_peers",
          {
            unitCode,
            peers: { nb: describePeerSet(peers, "nb"), en: describePeerSet(peers, "en") },
          },
          { unit: unitCode }
        )
      );
  return { unitCodes: chosen.filter((unitCode) => inPeerSet.has(unitCode)), issues };
}

/** The peer set as a person reads it: "alle enheter", "gruppe storby", "5001, 4601". */
export function describePeerSet(peers: PeerSet, language: Language): string {
  switch (peers.kind) {
    case "all":
      return language === "nb" ? "alle enheter" : "all units";
    case "group":
      return `${language === "nb" ? "gruppe" : "group"} ${peers.group}`;
    case "units":
      return peers.unitCodes.join(", ");
  }
}
