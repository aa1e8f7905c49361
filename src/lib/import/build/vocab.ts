/**
 * The field's words for the app's vocabularies: actor types, project kinds, programme
 * categories, relation kinds, in German and English as people write them. Lookups go through
 * `Map`s, so a cell spelled `constructor` or `__proto__` matches nothing.
 */
import { normalizeHttpUrl } from '../../data/url';
import { normalizePlaceName } from '../../geo/gazetteer';
import {
  ACTOR_TYPES,
  ACTOR_TYPE_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  type ActorType,
  type Category,
  type RelationKind,
} from '../../data/vocab';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';

const norm = (s: string) => normalizePlaceName(s);

function vocabulary<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, { de: string; en: string }>>,
  extra: Record<string, T>,
): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const v of values) for (const w of [v, labels[v].de, labels[v].en]) map.set(norm(w), v);
  for (const [w, v] of Object.entries(extra)) map.set(w, v);
  return map;
}

const TYPES = vocabulary(ACTOR_TYPES, ACTOR_TYPE_LABELS, {
  gemeinde: 'Kommune',
  stadt: 'Kommune',
  city: 'Kommune',
  town: 'Kommune',
  municipality: 'Kommune',
  markt: 'Kommune',
  kreis: 'Landkreis',
  'kreisfreie stadt': 'Kommune',
  district: 'Landkreis',
  university: 'Hochschule',
  universitaet: 'Hochschule',
  fachhochschule: 'Hochschule',
  forschung: 'Hochschule',
  company: 'Unternehmen',
  firma: 'Unternehmen',
  organization: 'Sonstige',
  organisation: 'Sonstige',
  association: 'Verein',
  zweckverband: 'Verband',
  other: 'Sonstige',
});

const CATEGORY_WORDS = vocabulary(CATEGORIES, CATEGORY_LABELS, {
  grossstadt: 'Großstadt',
  'large city': 'Großstadt',
  kleinstadt: 'Kleinstadt/Landgemeinde',
  landgemeinde: 'Kleinstadt/Landgemeinde',
  'interkommunale kooperation': 'Interkommunale Kooperation/Landkreis',
  landkreis: 'Interkommunale Kooperation/Landkreis',
  ik: 'Interkommunale Kooperation/Landkreis',
});

const PROJECT_KINDS = new Set([
  'project',
  'projekt',
  'modellprojekt',
  'model project',
  'vorhaben',
  'programm projekt',
]);

const RELATION_WORDS = new Map<string, RelationKind>([
  ['member', 'member'],
  ['mitglied', 'member'],
  ['mitgliedschaft', 'member'],
  ['partner', 'partner'],
  ['partnerschaft', 'partner'],
  ['kooperation', 'partner'],
  ['network', 'network'],
  ['netzwerk', 'network'],
  ['solution', 'solution'],
  ['loesung', 'solution'],
  ['geteilte loesung', 'solution'],
  ['shared solution', 'solution'],
]);

/** An actor type from a cell („Universität“ → Hochschule), or undefined. */
export const matchActorType = (value: string): ActorType | undefined => TYPES.get(norm(value));

/** An MPSC programme category from a cell, or undefined (then the text is kept as it is). */
export const matchCategory = (value: string): Category | undefined =>
  CATEGORY_WORDS.get(norm(value));

/** Whether a kind or type cell says „project“. */
export const isProjectWord = (value: string | undefined): boolean =>
  value !== undefined && PROJECT_KINDS.has(norm(value));

/** A relation kind from a cell, or undefined. */
export const matchRelationKind = (value: string): RelationKind | undefined =>
  RELATION_WORDS.get(norm(value));

/**
 * Links of a cell (separated by spaces or `|`): the http(s) ones, by the one link rule of
 * `data/url.ts`; others are reported as a warning and left out.
 */
export function urls(
  raw: string | undefined,
  ref: SourceRef,
  field: string,
): { urls: string[]; issues: ImportIssue[] } {
  const out: string[] = [];
  const issues: ImportIssue[] = [];
  if (!raw) return { urls: out, issues };
  for (const part of raw.split(/[\s|]+/).filter(Boolean)) {
    const url = normalizeHttpUrl(part);
    if (url) out.push(url);
    // `seed`: the atlas' own source mark for the 2022 workshop deck (its exports carry it).
    else if (part === 'seed') out.push(part);
    else
      issues.push(
        issue(
          'invalid-url',
          ref,
          field,
          { key: 'issue.url.invalid', params: { value: quote(part) } },
          { key: 'hint.url.invalid' },
          'warning',
        ),
      );
  }
  return { urls: out, issues };
}
