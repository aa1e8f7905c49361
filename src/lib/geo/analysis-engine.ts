/**
 * The regional analyses in one module, loaded on first use (the analysis panel opens, or the
 * browser is idle after the first map): Turf and DBSCAN stay out of the start-up JavaScript.
 * `AnalysisState` holds it once loaded; the white-spot analysis computes with it too.
 */
export { clusterInputs, findClusters } from './clusters';
export { allReach } from './reach';
export { sharedPartners } from './shared-partners';
export {
  nearestByForm,
  nearestDocumentByKind,
  nearestDocuments,
  nearestProjects,
  projectProfiles,
} from './nearest';
export { similarProjects } from './similarity';
export { communityInput, compareWithLaender } from '../graph/communities';
export { meetsCriterion, whiteSpots } from './white-spots';
export { centroid } from '@turf/turf';
