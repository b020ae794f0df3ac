// The checks of the `plausibility/` area.

import type { Check } from '../check';

export const PLAUSIBILITY_CHECKS: Check[] = [];
