// References the add-in reads back: a reference split into sheet and address. Cell addresses
// themselves are core's.

/** A reference split into its sheet and its address on that sheet; undefined when it has no "!". */
export function splitReference(
  reference: string
): { readonly sheet: string; readonly address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(reference);
  if (match === null) return undefined;
  const sheet = match[1] === undefined ? (match[2] ?? "") : match[1].replace(/''/g, "'");
  return { sheet, address: match[3] ?? "A1" };
}
