// A check that bokmål prose holds no English: the common English words a bokmål text never uses.
// Quoted text («…», "…") is what a person types or reads in a cell, so it is left out of the check.

const englishWords =
  /\b(or|and|the|a|an|of|is|are|not|use|must|invalid|needs?|such|as|leave|empty|above|below|numbers?|with|from|share|score|scores|peers?|value|values|target|year|years|missing|undefined|mean|method|lower|upper|bound|whole|finite|more|than|column|cells?|row|unit|it|its|their|has|have|holds?|sheet|workbook|please|try|again)\b/i;

/** The first English word in a bokmål text outside quotes, with words to pass (names a person types). */
export function englishWordIn(
  text: string,
  passed: ReadonlySet<string> = new Set()
): string | undefined {
  const prose = text
    .replace(/«[^»]*»|"[^"]*"/g, " ")
    .split(/\s+/)
    .filter((word) => !passed.has(word.replace(/[^\w]/g, "")))
    .join(" ");
  return prose.match(englishWords)?.[0];
}
