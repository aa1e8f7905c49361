/**
 * The order the views show a package's nodes in (`Dataset.nodes`), computed where the package
 * is checked (a worker), so the main thread never sorts the names. Pure: no DOM.
 */
import type { DataPackage } from './types';

/**
 * Projects by name, then actors by name (German collation), as indexes into
 * `projects.features` and `actors.features`.
 */
export interface NodeOrder {
  projects: Uint32Array;
  actors: Uint32Array;
}

/** {@link NodeOrder} of a package (stable: equal names keep their file order). */
export function nodeOrder(pkg: DataPackage): NodeOrder {
  const collator = new Intl.Collator('de');
  const order = (names: readonly string[]): Uint32Array => {
    const idx = Array.from(names, (_, i) => i);
    idx.sort((a, b) => collator.compare(names[a], names[b]) || a - b);
    return Uint32Array.from(idx);
  };
  return {
    projects: order(pkg.projects.features.map((f) => f.properties.name)),
    actors: order(pkg.actors.features.map((f) => f.properties.name)),
  };
}
