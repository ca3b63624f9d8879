/** A translated description of each function and each of its parameters, by function id. */
export type FunctionTranslations = Readonly<
  Record<
    string,
    { readonly description: string; readonly parameters: Readonly<Record<string, string>> }
  >
>;

/** functions.json with the descriptions translated, and every mismatch with the table as a problem. */
export function localiseMetadata(
  englishJson: string,
  translations: FunctionTranslations
): { json: string; problems: string[] };
