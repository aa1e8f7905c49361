import { format, resolveConfig } from 'prettier';

/** Small helpers shared by the data scripts. */

/** ASCII kebab-case: "Großpösna" → "grosspoesna", "Cottbus/Chóśebuz" → "cottbus-chosebuz". */
export function slug(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' und ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A sorted copy, by an id read from each item (code-point order, locale-independent). */
export function sortById<T>(items: readonly T[], id: (item: T) => string): T[] {
  return [...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/**
 * JSON formatted exactly as Prettier formats it (2-space indent, short arrays such as
 * coordinates on one line), so a rebuild produces no diff and `prettier --check` passes.
 */
export async function stableJson(value: unknown, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(value), { ...options, filepath: file, parser: 'json' });
}
