/**
 * The official areas, fetched on first need, never at start (see `lazyFile`):
 * `data/admin/kreise.topo.json` (shipped ~120 KiB, 36 KiB gzipped) when the map reaches regional zoom
 * or the white-spot analysis opens; `data/admin/gemeinden.topo.json` (shipped ~1.9 MB,
 * 533 KiB gzipped) when the map zooms in further, a project is selected (its area), or an analysis
 * needs Gemeinden.
 */
import gemeindenUrl from '../../../data/admin/gemeinden.topo.json?url';
import kreiseUrl from '../../../data/admin/kreise.topo.json?url';
import { lazyFile } from '../data/lazy-file';
import { decodeGemeinden, decodeKreise } from './admin-areas';

export const GEMEINDEN_FILE = 'data/admin/gemeinden.topo.json';
export const KREISE_FILE = 'data/admin/kreise.topo.json';

export const loadGemeinden = lazyFile(gemeindenUrl, GEMEINDEN_FILE, decodeGemeinden);
export const loadKreise = lazyFile(kreiseUrl, KREISE_FILE, decodeKreise);
