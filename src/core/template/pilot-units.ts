import type { Unit } from "../model";

/** The six pilot partners of the Veikart project, in three peer groups of two. */
export const pilotUnits: readonly Unit[] = [
  { code: "5001", name: "Trondheim", level: "kommune", peerGroup: "storby" },
  { code: "4601", name: "Bergen", level: "kommune", peerGroup: "storby" },
  { code: "5035", name: "Stjørdal", level: "kommune", peerGroup: "nabokommune" },
  { code: "4624", name: "Bjørnafjorden", level: "kommune", peerGroup: "nabokommune" },
  { code: "50", name: "Trøndelag", level: "fylke", peerGroup: "fylke" },
  { code: "46", name: "Vestland", level: "fylke", peerGroup: "fylke" },
];
