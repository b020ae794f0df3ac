// What analyses keep for later ones, gathered in one object that a language service owns (and passes down
// to the parser and the checks); the core keeps nothing at module level, so two services never share state.

import { createTemplateIndexes, type TemplateIndexes } from './parse';
import { RegionCache } from './parse/regions';

export interface AnalysisCaches {
  /** The tables of the regions the incremental analyses of this service's documents have read. */
  regions: RegionCache;
  /** The lexicon and the label index of each template set, with the answers and line cuts they keep. */
  indexes: TemplateIndexes;
}

export function createCaches(): AnalysisCaches {
  return { regions: new RegionCache(), indexes: createTemplateIndexes() };
}

/** Empties every cache; what is computed afterwards is computed from nothing. */
export function clearCaches(caches: AnalysisCaches): void {
  caches.regions.clear();
  caches.indexes = createTemplateIndexes();
}
