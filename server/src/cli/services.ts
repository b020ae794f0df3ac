// The CLI's language services: one per distinct set of options (a configuration file may set other
// severities or another year for some folders), made on first use and kept for the run, so the core's
// caches serve every file checked with the same options.

import { createLanguageService, type LanguageService, type LanguageServiceOptions } from '../service';

const services = new Map<string, LanguageService>();

/** The language service for these options. */
export function serviceFor(options: LanguageServiceOptions): LanguageService {
  const key = JSON.stringify(options);
  let service = services.get(key);
  if (!service) services.set(key, (service = createLanguageService(options)));
  return service;
}
