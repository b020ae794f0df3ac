// What analyses keep for later ones, gathered in one object that a language service owns (and passes down
// to the parser and the checks); the core keeps nothing at module level, so two services never share state.

import { LineCutCache } from './parse/flatten';
import { LabelCache } from './parse/lexicon';
import { RegionCache } from './parse/regions';

export interface AnalysisCaches {
  /** The tables of the regions the incremental analyses of this service's documents have read. */
  regions: RegionCache;
  /** How the lines of the service's drafts were cut (flattened copies), by their text. */
  lineCuts: LineCutCache;
  /** The answers of label matching, by cell text. */
  labels: LabelCache;
}

export function createCaches(): AnalysisCaches {
  return { regions: new RegionCache(), lineCuts: new LineCutCache(), labels: new LabelCache() };
}

/** Empties every cache; what is computed afterwards is computed from nothing. */
export function clearCaches(caches: AnalysisCaches): void {
  caches.regions.clear();
  caches.lineCuts.clear();
  caches.labels.clear();
}
