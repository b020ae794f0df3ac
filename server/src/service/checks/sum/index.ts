// The checks of the `sum/` area.

import type { Check } from '../check';

export const SUM_CHECKS: Check[] = [];
