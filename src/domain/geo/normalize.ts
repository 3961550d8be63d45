/**
 * Folds a place name (or what a user typed) to a search key: lower case, no accents,
 * apostrophes, hyphens, slashes and any other punctuation become one space.
 *
 * @example
 *   normalizeName("Forlì") // "forli"
 *   normalizeName("Sant'Angelo  Lodigiano") // "sant angelo lodigiano"
 *   normalizeName("Bolzano/Bozen") // "bolzano bozen"
 */
export function normalizeName(input: string): string {
  return (
    input
      .normalize('NFD')
      // Combining marks left by NFD: "ì" -> "i" + U+0300.
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // German names in Alto Adige; NFD does not decompose ß.
      .replace(/ß/g, 'ss')
      // Apostrophes (straight and typographic), hyphens, slashes, dots: users type them inconsistently.
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/**
 * The key without any space, so "santangelo" meets "Sant'Angelo" and "sanlazzaro" meets "San Lazzaro".
 *
 * @example
 *   compactName("sant angelo") // "santangelo"
 */
export function compactName(normalized: string): string {
  return normalized.replace(/ /g, '');
}
