// The pressure/driver pairs the decoupling analysis runs on, as the Metode sheet writes them:
// `PRESSURE/DRIVER`, pairs separated by `;` or `,`.

export interface DecouplingPair {
  /** The emissions indicator (a total, such as GHG_TOTAL). */
  readonly pressure: string;
  /** The activity indicator (employment, gross product, population). */
  readonly driver: string;
}

/**
 * Total emissions against employment by place of work (every unit) and against gross product (fylker
 * only, since SSB publishes gross product by fylke only).
 */
export const defaultDecouplingPairs = "GHG_TOTAL/EMPLOYMENT_WORKPLACE; GHG_TOTAL/GROSS_PRODUCT";

const indicatorId = /^[A-Za-z0-9_.-]+$/;

/** The pairs of a text, or undefined when any part is not `ID/ID` (an empty text has no pairs). */
export function decouplingPairsOf(text: string): DecouplingPair[] | undefined {
  const parts = text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const pairs: DecouplingPair[] = [];
  for (const part of parts) {
    const [pressure, driver, ...rest] = part.split("/").map((side) => side.trim());
    if (rest.length > 0 || pressure === undefined || driver === undefined) return undefined;
    if (!indicatorId.test(pressure) || !indicatorId.test(driver)) return undefined;
    pairs.push({ pressure, driver });
  }
  return pairs;
}

/** The pairs as the Metode sheet writes them. */
export function decouplingPairsText(pairs: readonly DecouplingPair[]): string {
  return pairs.map(({ pressure, driver }) => `${pressure}/${driver}`).join("; ");
}
