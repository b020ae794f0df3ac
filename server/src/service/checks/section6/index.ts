// The checks of the `section6/` area.

import type { Check } from '../check';

export const SECTION6_CHECKS: Check[] = [];
