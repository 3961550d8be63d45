/**
 * A URL-safe short name from a free text name.
 *
 * @example slugify('Sportello di Forlì') // 'sportello-di-forli'; slugify(title, 80) for a longer address
 */
export function slugify(name: string, maxLength = 60): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}
