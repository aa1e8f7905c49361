/**
 * The measures a network node can be sized by ("Größe nach"), in the order the UI
 * offers them. A module of its own so the URL state can name them without loading
 * the measures' code (`metrics.ts`, graphology).
 */
export const SIZE_METRICS = ['degree', 'weightedDegree', 'betweenness', 'closeness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
