// The checks of the `report/` area.

import type { Check } from '../check';

export const REPORT_CHECKS: Check[] = [];
