// The custom functions' benchmark: a column of n =VEIKART.SCORE(B2, B$2:B$n+1) formulas is n calls, each
// given the whole peer range; the spilled =VEIKART.SCORE(B2:B(n+1), B2:B(n+1)) is one call. Both through
// the same declared functions functions.ts hands Excel's arguments to (a CustomFunctions stand-in in Node).
import { rankFunction } from "../src/functions/rank";
import { scoreFunction } from "../src/functions/score";
import { forgetPeers } from "../src/functions/peers";
import { installCustomFunctionsGlobal } from "../test/support/custom-functions-global";
import { measure, printTable } from "./measure";

type CellFunction = (...argumentsGiven: unknown[]) => unknown[][];

/** A column as Excel passes a range: one row per cell; every 25th cell blank, one text cell. */
function column(rows: number): unknown[][] {
  let state = 20240607;
  return Array.from({ length: rows }, (_, index) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    if (index % 25 === 24) return [""];
    if (index === 3) return [".."];
    return [(state / 2 ** 32) * 1000];
  });
}

const fillDown = (call: CellFunction, peers: unknown[][], coldCache: boolean) => () => {
  for (const row of peers) {
    if (coldCache) forgetPeers();
    // Excel gives every call a fresh copy of the range; the peer cache compares numbers, never array
    // identity (test/functions/peers.test.ts), so passing the same array measures the same work
    // without timing the copying.
    call([row], peers);
  }
};
const spilled = (call: CellFunction, peers: unknown[][]) => () => {
  forgetPeers();
  call(peers, peers);
};

const milliseconds = (value: number) => value.toFixed(value < 10 ? 2 : 1);

export function functionsBenchmark(): void {
  installCustomFunctionsGlobal();
  const functions: readonly [string, CellFunction][] = [
    ["SCORE (minmax)", scoreFunction.call as CellFunction],
    ["RANK", rankFunction.call as CellFunction],
  ];
  const rows: string[][] = [];
  for (const size of [372, 5000]) {
    const peers = column(size);
    const repetitions = size > 1000 ? 3 : 7;
    for (const [name, call] of functions) {
      const filled = measure(fillDown(call, peers, false), repetitions);
      const cold = measure(fillDown(call, peers, true), repetitions);
      const spill = measure(spilled(call, peers), repetitions);
      rows.push([
        String(size),
        name,
        milliseconds(filled.milliseconds),
        ((filled.milliseconds * 1000) / size).toFixed(1),
        milliseconds(cold.milliseconds),
        milliseconds(spill.milliseconds),
        (filled.milliseconds / spill.milliseconds).toFixed(0),
      ]);
    }
  }
  printTable(
    "Custom functions: n fill-down calls (each with the whole column) against one spilled call",
    [
      "rows",
      "function",
      "fill-down ms",
      "µs/call",
      "fill-down, no cache ms",
      "spilled ms",
      "fill/spill",
    ],
    rows
  );
}
