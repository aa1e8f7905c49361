/**
 * What „In meiner Nähe“ needs to look a place up, in one chunk the panel imports on the first
 * search (`import()`): the gazetteer's loader, decoder and lookups are no start-up code.
 */
export { loadGazetteer } from './load-gazetteer';
export { kreisOfPlace } from './gazetteer';
export { resolvePlace } from './place-query';
