/**
 * Moved to `src/lib/palette.ts`, which the map and the network view both import
 * (the graph must not depend on `map/`). This re-export keeps imports in
 * branches written before the move working; new code imports `../palette`.
 * @deprecated import from `src/lib/palette.ts`.
 */
export * from '../palette';
