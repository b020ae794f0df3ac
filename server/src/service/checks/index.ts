// The list of every check, by area. Each area's index lists its own modules.

import type { Check } from './check';
import { SECTION_CHECKS } from './section';
import { REPORT_CHECKS } from './report';
import { TABLE_CHECKS } from './table';
import { SUM_CHECKS } from './sum';
import { PLAUSIBILITY_CHECKS } from './plausibility';
import { NARRATIVE_CHECKS } from './narrative';
import { SECTION6_CHECKS } from './section6';

export const ALL_CHECKS: Check[] = [
  ...SECTION_CHECKS,
  ...REPORT_CHECKS,
  ...TABLE_CHECKS,
  ...SUM_CHECKS,
  ...PLAUSIBILITY_CHECKS,
  ...NARRATIVE_CHECKS,
  ...SECTION6_CHECKS,
];
