// Cross-document checks: those that compare one report with other reports (of the same agency, another
// year). They run on facts reduced from each report's analysis, never on the reports' text.

export { normalizeAgency, agencyNames, sameAgency } from './agency';
export {
  CARRYOVER_ID,
  workspaceCarryover,
  reportFacts,
  previousYearReports,
  carryoverFindings,
  carryoverAcross,
  type FactCell,
  type ReportFacts,
} from './carryover';

import { workspaceCarryover } from './carryover';

/** The catalogue entries of the cross-document checks (id, default severity, description). */
export const CROSS_DOCUMENT_CHECKS = [workspaceCarryover];
