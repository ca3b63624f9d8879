// A short fingerprint of what a run read: catalogue, units and observations. Two workbooks with the same
// content have the same fingerprint whatever the order of their rows, so a result can be matched to its data.
import type { Framework, Observation, Unit } from "../model";

/** cyrb53: a fast 53-bit string hash (not cryptographic), as two 32-bit halves. */
function hashOf(text: string): [number, number] {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first =
    Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second =
    Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return [first >>> 0, second >>> 0];
}

/** Adds the hashes of the records (order-independent), mixed with the name of the collection. */
function collectionHash(name: string, records: Iterable<string>): [number, number] {
  let first = 0;
  let second = 0;
  let count = 0;
  for (const record of records) {
    const [a, b] = hashOf(record);
    first = (first + a) >>> 0;
    second = (second + b) >>> 0;
    count++;
  }
  return hashOf(`${name}|${count}|${first}|${second}`);
}

function* observationRecords(observations: readonly Observation[]): Generator<string> {
  for (const observation of observations)
    yield `${observation.unitCode}|${observation.year}|${observation.indicatorId}|${observation.value}`;
}

/** 16 hex digits over the framework, the units and the observations' keys and values. */
export function dataFingerprint(content: {
  readonly framework: Framework;
  readonly units: readonly Unit[];
  readonly observations: readonly Observation[];
}): string {
  const parts = [
    collectionHash(
      "indicators",
      content.framework.indicators.map(
        (indicator) =>
          `${indicator.id}|${indicator.parentId}|${indicator.direction}|${indicator.weight}|${indicator.target}|${indicator.goalposts?.lower}|${indicator.goalposts?.upper}`
      )
    ),
    collectionHash(
      "aggregates",
      content.framework.aggregates.map(
        (aggregate) => `${aggregate.id}|${aggregate.parentId}|${aggregate.weight}`
      )
    ),
    collectionHash(
      "units",
      content.units.map((unit) => `${unit.code}|${unit.peerGroup}|${unit.level}`)
    ),
    collectionHash("observations", observationRecords(content.observations)),
  ];
  const [first, second] = hashOf(parts.map(([a, b]) => `${a}.${b}`).join("|"));
  return `${first.toString(16).padStart(8, "0")}${second.toString(16).padStart(8, "0")}`;
}
