// The bytes an operation adds to the request Office.js sends at context.sync(), and a loaded value to
// the response, counted as Office.js writes them: ClientRequestBase.buildRequestMessageBodyAndRequestFlags
// in @microsoft/office-js serialises { Actions, ObjectPaths } with JSON.stringify. Performance
// optimization using the Excel JavaScript API names the parts: "The payload size of a request is a
// combination of ... the number of API calls, the number of objects, such as a Range object, [and]
// the length of value to be set"
// (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
// Each character counts two bytes, as src/excel/request-budget.ts explains: the only reading under
// which that page's example of 9,999 one-cell writes in one sync exceeds 5MB.
import { payloadBytes } from "../../../src/excel/request-budget";

/** An id as large as a long batch's (Office.js numbers every action and object path). */
const id = 99_999;

/**
 * One operation's share of the request besides its arguments: its action, the object path it acts on
 * (such as GetRangeByIndexes with four arguments) and that path's Instantiate action. An object shared
 * by several operations is counted with each, which overstates a little and never understates.
 */
function envelopeBytes(name: string): number {
  const action = {
    Id: id,
    ActionType: 4,
    Name: name,
    ObjectPathId: id,
    ArgumentInfo: { Arguments: [] },
  };
  const objectPath = {
    [id]: {
      Id: id,
      ObjectPathType: 3,
      Name: name,
      ParentObjectPathId: id,
      ArgumentInfo: { Arguments: [id, id, id, id] },
    },
  };
  const instantiate = { Id: id, ActionType: 1, Name: "", ObjectPathId: id };
  return payloadBytes([action, objectPath, instantiate]);
}

const envelopes = new Map<string, number>();

export function requestBytesOf(operation: string, payload: unknown): number {
  let envelope = envelopes.get(operation);
  if (envelope === undefined) {
    envelope = envelopeBytes(operation);
    envelopes.set(operation, envelope);
  }
  return envelope + (payload === undefined ? 0 : payloadBytes(payload));
}

/** A loaded value's share of the response: its result entry, { ActionId, Value }. */
export function responseBytesOf(value: unknown): number {
  return payloadBytes({ ActionId: id, Value: value });
}
