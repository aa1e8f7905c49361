/**
 * Every UI string lives in one of these bundles, one per feature area, so
 * features can add strings without touching each other's tables.
 */
import { core } from './core';
import { explore } from './explore';
import { map } from './map';
import { graph } from './graph';
import { analysis } from './analysis';
import { workshop } from './workshop';
import { importing } from './import';
import { importIssues } from './import-issues';
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
  importing,
  importIssues,
  mapKeyboard,
  admin,
  network,
  documents,
  exportMenu,
  maplibre,
  storage,
  provenance,
} as const;

type Keys<B> = B extends { de: Record<infer K, string> } ? K : never;
export type MessageKey = {
  [N in keyof typeof bundles]: Keys<(typeof bundles)[N]>;
}[keyof typeof bundles];

export const de = Object.fromEntries(
  Object.values(bundles).flatMap((b) => Object.entries(b.de)),
) as Record<MessageKey, string>;
export const en = Object.fromEntries(
  Object.values(bundles).flatMap((b) => Object.entries(b.en)),
) as Record<MessageKey, string>;
