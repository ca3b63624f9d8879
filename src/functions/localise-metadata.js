// Builds a localised functions.json (such as functions.nb.json) from the English one that
// custom-functions-metadata generates from the JSDoc, and a table of translated descriptions kept next
// to the functions. Ids, names, types and parameters come from the English file, so the two cannot
// drift; every function and parameter must have a translation and the table nothing else.
// Plain CommonJS so that webpack.config.js can use it at build time; a test runs it too.

/**
 * @param {string} englishJson functions.json as generated
 * @param {Record<string, { description: string, parameters: Record<string, string> }>} translations
 * @returns {{ json: string, problems: string[] }}
 */
function localiseMetadata(englishJson, translations) {
  const metadata = JSON.parse(englishJson);
  const problems = [];
  const ids = new Set();
  const functions = metadata.functions.map((entry) => {
    ids.add(entry.id);
    const translation = translations[entry.id];
    if (translation === undefined) {
      problems.push(`${entry.id}: no translation`);
      return entry;
    }
    if (typeof translation.description !== "string" || translation.description.trim() === "")
      problems.push(`${entry.id}: no translated description`);
    const parameterNames = new Set(entry.parameters.map((parameter) => parameter.name));
    for (const name of Object.keys(translation.parameters ?? {}))
      if (!parameterNames.has(name))
        problems.push(`${entry.id}: translation of unknown parameter ${name}`);
    const parameters = entry.parameters.map((parameter) => {
      const description = (translation.parameters ?? {})[parameter.name];
      if (typeof description !== "string" || description.trim() === "") {
        problems.push(`${entry.id}: no translation for parameter ${parameter.name}`);
        return parameter;
      }
      return { ...parameter, description };
    });
    return { ...entry, description: translation.description, parameters };
  });
  for (const id of Object.keys(translations))
    if (!ids.has(id)) problems.push(`${id}: translation of a function that does not exist`);
  return { json: JSON.stringify({ ...metadata, functions }, null, 2), problems };
}

module.exports = { localiseMetadata };
