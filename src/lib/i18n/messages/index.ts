/**
 * Every UI string lives in one of these bundles, one per feature area, so
 * features can add strings without touching each other's tables.
 *
 * The import dialog's bundles (about 47 KB of text) are not in the start-up JavaScript: they
 * load with the dialog ({@link loadMessages}, see features.ts). Their keys are part of
 * {@link MessageKey} all the same, so every use is type-checked.
 */
import { core } from './core';
import { explore } from './explore';
import { map } from './map';
import { graph } from './graph';
import { analysis } from './analysis';
import { workshop } from './workshop';
import type { importing } from './import';
import type { importIssues } from './import-issues';
import { datasets } from './datasets';
import { mapKeyboard } from './map-keyboard';
import { admin } from './admin';
import { network } from './network';
import { documents } from './documents';
import { exportMenu } from './exports';
import { maplibre } from './maplibre';
import { storage } from './storage';
import { provenance } from './provenance';

export const bundles = {
  core,
  explore,
  map,
  graph,
  analysis,
  workshop,
  datasets,
  mapKeyboard,
  admin,
  network,
  documents,
  exportMenu,
  maplibre,
  storage,
  provenance,
} as const;

/** Bundles that load on first use: name → loader. */
export const lazyBundles = {
  importing: async () => (await import('./import')).importing,
  importIssues: async () => (await import('./import-issues')).importIssues,
} as const;
export type LazyBundle = keyof typeof lazyBundles;

type AllBundles = typeof bundles & {
  importing: typeof importing;
  importIssues: typeof importIssues;
};
type Keys<B> = B extends { de: Record<infer K, string> } ? K : never;
export type MessageKey = {
  [N in keyof AllBundles]: Keys<AllBundles[N]>;
}[keyof AllBundles];

export const de = Object.fromEntries(
  Object.values(bundles).flatMap((b) => Object.entries(b.de)),
) as Record<MessageKey, string>;
export const en = Object.fromEntries(
  Object.values(bundles).flatMap((b) => Object.entries(b.en)),
) as Record<MessageKey, string>;

const loaded = new Map<LazyBundle, Promise<void>>();

/**
 * Loads the bundles `names` into the tables (once each); until then `translate` returns
 * their keys. The feature that shows them awaits this before it renders.
 */
export function loadMessages(...names: LazyBundle[]): Promise<void> {
  return Promise.all(
    names.map((name) => {
      let p = loaded.get(name);
      if (!p) {
        p = lazyBundles[name]().then((b) => {
          Object.assign(de, b.de);
          Object.assign(en, b.en);
        });
        p.catch(() => loaded.delete(name));
        loaded.set(name, p);
      }
      return p;
    }),
  ).then(() => undefined);
}
