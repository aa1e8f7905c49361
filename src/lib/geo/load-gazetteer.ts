/**
 * Fetches and decodes `data/gazetteer.json` on first use (shipped ~640 KiB, 235 KiB gzipped): nothing
 * fetches it until a feature asks for it (import geocoding, „in meiner Nähe“, the Gemeinde
 * labels on the map). See `lazyFile` for caching and retries.
 */
import gazetteerUrl from '../../../data/gazetteer.json?url';
import { lazyFile } from '../data/lazy-file';
import { decodeGazetteer } from './gazetteer';

export const GAZETTEER_FILE = 'data/gazetteer.json';

export const loadGazetteer = lazyFile(gazetteerUrl, GAZETTEER_FILE, decodeGazetteer);
